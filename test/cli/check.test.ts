// `kefu check` end to end: the bundled sample is clean, every quirky fixture is reported where it is wrong.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';

const FIXTURES = 'test/fixtures/quirky';
const expected: Record<string, { exit: number; codes: string[]; lines: string[] }> =
  JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

async function check(...args: string[]): Promise<{ exit: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(['check', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

describe('kefu check', () => {
  it('passes the bundled sample data with exit 0', async () => {
    const result = await check('data/sample');
    expect(result.out).toBe('');
    expect(result.exit).toBe(0);
    expect(result.err).toMatch(/No issues: 7 files checked/);
  });

  for (const [file, want] of Object.entries(expected)) {
    it(`reports ${file} with exit ${want.exit} and its issues in place`, async () => {
      const result = await check(join(FIXTURES, file), '--json');
      const report = JSON.parse(result.out) as { exit: number; issues: { code: string }[]; unusable: { code: string }[] };
      expect(result.exit).toBe(want.exit);
      const codes = [...report.unusable, ...report.issues].map((i) => i.code);
      for (const code of want.codes) expect(codes).toContain(code);
      const text = await check(join(FIXTURES, file));
      for (const place of want.lines) expect(text.out).toContain(`${join(FIXTURES, place)}`);
    });
  }

  it('speaks Chinese with --lang zh', async () => {
    const result = await check(join(FIXTURES, 'duplicate-ids-customers.csv'), '--lang', 'zh');
    expect(result.out).toMatch(/不能重复/);
    expect(result.err).toMatch(/发现 \d+ 个问题/);
  });

  it('finds a broken reference across files of one folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-check-'));
    cpSync('data/sample', dir, { recursive: true });
    const calls = readFileSync(join(dir, 'calls.csv'), 'utf8').split('\r\n');
    const cells = calls[1]!.split(',');
    cells[1] = 'C9999';
    calls[1] = cells.join(',');
    writeFileSync(join(dir, 'calls.csv'), calls.join('\r\n'));
    const result = await check(dir);
    expect(result.exit).toBe(1);
    expect(result.out).toContain(`${join(dir, 'calls.csv')}:2:2: Customer ID (客户编号) "C9999" is not in the Customers sheet (客户档案)`);
  });

  it('exits 2 for a missing path and for no path, without a stack trace', async () => {
    expect((await check('no/such/folder')).exit).toBe(2);
    expect((await check()).exit).toBe(2);
    const run = spawnSync('node', ['bin/kefu.js', 'check', 'no/such/file.csv'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('no/such/file.csv: no such file or folder');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says in --help which file name maps to which sheet', () => {
    const help = execFileSync('node', ['bin/kefu.js', '--help'], { encoding: 'utf8' });
    expect(help).toContain('customers.csv');
    expect(help).toContain('回访记录.csv');
    expect(help).toMatch(/Exit 0: no problems · 1: problems found · 2: input unusable/);
  });
});
