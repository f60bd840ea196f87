// The pseudonym key: made once in the user's config folder (0700/0600, XDG_CONFIG_HOME respected) or taken from KEFU_PSEUDONYM_KEY.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPseudonymKey } from '../../load/pseudonym-key';

const made: string[] = [];
const scratch = () => { const d = mkdtempSync(join(tmpdir(), 'kefu-key-')); made.push(d); return d; };
afterEach(() => { for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true }); });
const mode = (path: string) => statSync(path).mode & 0o777;

describe('readPseudonymKey', () => {
  it('the first time writes 32 random bytes as hex to ~/.config/kefu/pseudonym-key, file 0600 in a 0700 folder', () => {
    const home = scratch();
    const first = readPseudonymKey({}, home);
    const file = join(home, '.config', 'kefu', 'pseudonym-key');
    expect(first).toEqual({ key: expect.stringMatching(/^[0-9a-f]{64}$/), source: 'created', file });
    expect(readFileSync(file, 'utf8').trim()).toBe(first.key);
    expect(mode(file)).toBe(0o600);
    expect(mode(join(home, '.config', 'kefu'))).toBe(0o700);
  });

  it('afterwards reads the same key, so pseudonyms stay the same month after month', () => {
    const home = scratch();
    const first = readPseudonymKey({}, home);
    expect(readPseudonymKey({}, home)).toEqual({ key: first.key, source: 'file', file: first.file });
  });

  it('two homes get two different keys', () => {
    expect(readPseudonymKey({}, scratch()).key).not.toBe(readPseudonymKey({}, scratch()).key);
  });

  it('respects XDG_CONFIG_HOME', () => {
    const home = scratch();
    const xdg = scratch();
    expect(readPseudonymKey({ XDG_CONFIG_HOME: xdg }, home).file).toBe(join(xdg, 'kefu', 'pseudonym-key'));
  });

  it('tightens a config folder left at 755 and a key file left at 644', () => {
    const home = scratch();
    const dir = join(home, '.config', 'kefu');
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    writeFileSync(join(dir, 'pseudonym-key'), 'an-old-key-of-enough-length\n', { mode: 0o644 });
    expect(readPseudonymKey({}, home).key).toBe('an-old-key-of-enough-length');
    expect([mode(dir), mode(join(dir, 'pseudonym-key'))]).toEqual([0o700, 0o600]);
  });

  const given = [
    { description: 'KEFU_PSEUDONYM_KEY wins and nothing is written', input: 'a-shop-secret-from-ci-0001', expected: 'a-shop-secret-from-ci-0001' },
    { description: 'surrounding spaces are not part of the key', input: '  a-shop-secret-from-ci-0001 \n', expected: 'a-shop-secret-from-ci-0001' },
  ];
  it.each(given)('$description', ({ input, expected }) => {
    const home = scratch();
    expect(readPseudonymKey({ KEFU_PSEUDONYM_KEY: input }, home)).toEqual({ key: expected, source: 'env' });
    expect(() => statSync(join(home, '.config'))).toThrow();
  });

  it('stops with a message at a key file that is a link to nothing, rather than writing through it', () => {
    const home = scratch();
    const dir = join(home, '.config', 'kefu');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    symlinkSync(join(home, 'elsewhere', 'key'), join(dir, 'pseudonym-key'));
    expect(() => readPseudonymKey({}, home)).toThrow(/link to nothing/);
  });

  it('refuses a key short enough to guess', () => {
    expect(() => readPseudonymKey({ KEFU_PSEUDONYM_KEY: 'short' }, scratch())).toThrow(/at least 16 characters/);
  });
});
