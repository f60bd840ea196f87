// Secrets stay secret: a credentials file that is not JSON is never echoed, the token lands only in an absolute config folder, 0700 before it is written, 0600 from birth.
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCredentials } from '../../../cli/export/credentials';
import { readClientFile } from '../../../cli/export/oauth-desktop';
import { defaultConfigDir } from '../../../load/config-dir';
import { readToken, saveToken, tokenPath } from '../../../cli/export/token-store';
import { scratch } from './helpers';

/** Looks like a key, and must never reach the terminal. */
const SECRET = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7';

function secretFile(): string {
  const path = join(scratch(), 'key.json');
  writeFileSync(path, SECRET);
  return path;
}

const messageOf = async (action: () => unknown): Promise<{ en: string; zh: string }> => {
  try {
    await action();
  } catch (error) {
    return { en: (error as Error).message, zh: (error as { zh?: string }).zh ?? '' };
  }
  throw new Error('expected a failure');
};

describe('a credentials file that is not JSON', () => {
  const cases = [
    { description: 'GOOGLE_APPLICATION_CREDENTIALS', run: (path: string) => resolveCredentials({ env: { GOOGLE_APPLICATION_CREDENTIALS: path }, home: scratch(), platform: 'linux', signIn: { configDir: scratch(), showUrl: () => {} } }) },
    { description: '--oauth-client', run: (path: string) => readClientFile(path) },
    { description: 'the saved sign-in', run: (path: string) => readToken(path, 'client-id') },
  ];
  for (const { description, run } of cases) {
    it(`${description}: names the file and says it is not JSON, echoing nothing of it`, async () => {
      const path = secretFile();
      const { en, zh } = await messageOf(() => run(path));
      expect(en).toContain(path);
      expect(en).toContain('is not JSON');
      expect(zh).toContain(path);
      expect(zh).toContain('不是 JSON');
      for (const text of [en, zh]) {
        for (const piece of ['BEGIN', 'PRIVATE', 'MIIE', '---']) expect(text).not.toContain(piece);
      }
    });
  }
});

describe('defaultConfigDir', () => {
  const cases = [
    { description: 'an absolute XDG_CONFIG_HOME is used', input: { XDG_CONFIG_HOME: '/srv/config' }, expected: '/srv/config/kefu' },
    { description: 'a relative XDG_CONFIG_HOME is ignored (the XDG spec calls it invalid)', input: { XDG_CONFIG_HOME: 'config' }, expected: '/home/shop/.config/kefu' },
    { description: 'a dot-relative XDG_CONFIG_HOME is ignored', input: { XDG_CONFIG_HOME: './cfg' }, expected: '/home/shop/.config/kefu' },
    { description: 'no XDG_CONFIG_HOME: ~/.config', input: {}, expected: '/home/shop/.config/kefu' },
  ];
  for (const { description, input, expected } of cases) it(description, () => expect(defaultConfigDir(input, '/home/shop')).toBe(expected));
});

describe('saveToken', () => {
  it('tightens an existing config folder at 0755 to 0700 and writes the token 0600 by rename, leaving no temp file', () => {
    const configDir = join(scratch(), 'kefu');
    mkdirSync(configDir, { mode: 0o755 });
    chmodSync(configDir, 0o755);
    saveToken(tokenPath(configDir), configDir, 'client-id', { refresh_token: 'r' });
    expect(statSync(configDir).mode & 0o777).toBe(0o700);
    expect(statSync(tokenPath(configDir)).mode & 0o777).toBe(0o600);
    expect(readdirSync(configDir)).toEqual(['oauth-token.json']);
    expect(readToken(tokenPath(configDir), 'client-id')).toEqual({ refresh_token: 'r' });
  });

  it('never writes the new token into an older, wider file: a new 0600 file is renamed over it', () => {
    const configDir = join(scratch(), 'kefu');
    mkdirSync(configDir);
    writeFileSync(tokenPath(configDir), '{}', { mode: 0o644 });
    chmodSync(tokenPath(configDir), 0o644);
    const before = statSync(tokenPath(configDir)).ino;
    saveToken(tokenPath(configDir), configDir, 'client-id', { refresh_token: 'new' });
    expect(statSync(tokenPath(configDir)).ino).not.toBe(before);
    expect(statSync(tokenPath(configDir)).mode & 0o777).toBe(0o600);
    expect(readToken(tokenPath(configDir), 'client-id')).toEqual({ refresh_token: 'new' });
  });
});
