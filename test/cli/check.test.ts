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
  it('passes the bundled sample data with exit 0 (warnings only, if any)', async () => {
    const result = await check('data/sample');
    for (const line of result.out.split('\n').filter(Boolean)) expect(line).toMatch(/^data\/sample\/[\w.-]+:\d+:\d+: warning: /);
    expect(result.exit).toBe(0);
    expect(result.err).toMatch(/No issues: 8 files checked/);
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

  it('reports a phone call in quiet hours as a warning that keeps exit 0, in both languages and in --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-check-quiet-'));
    const file = join(dir, 'calls.csv');
    writeFileSync(file, ['回访编号,客户编号,回访时间,客服,方式,回访目的,接通情况',
      'HF1,C1,2026-10-03 12:30,张敏,电话,服务后回访,已接通', 'HF2,C1,2026-10-03 14:00,张敏,电话,服务后回访,已接通'].join('\r\n'));
    const en = await check(file);
    expect(en.exit).toBe(0);
    expect(en.out).toBe(`${file}:2:3: warning: Date and time (回访时间) 2026-10-03 12:30 is inside the quiet hours 12:00-14:00 (Settings): outbound calls should not disturb customers while they rest`);
    expect(en.err).toContain('calls.csv (Follow-up calls): 2 rows, 0 issues, 1 warning');
    expect(en.err).toMatch(/No issues: 1 file checked; 1 warning \(above; they do not fail the check\)$/);
    const zh = await check(file, '--lang', 'zh');
    expect(zh.out).toContain(`${file}:2:3: 提醒：回访时间（Date and time） 2026-10-03 12:30 在客户休息时间 12:00-14:00（设置）内`);
    expect(zh.err).toMatch(/没有问题：已检查 1 个文件；另有 1 条提醒/);
    const json = JSON.parse((await check(file, '--json')).out) as { exit: number; issues: unknown[]; warnings: { code: string; line: number; level: string }[] };
    expect(json.exit).toBe(0);
    expect(json.issues).toEqual([]);
    expect(json.warnings.map((w) => `${w.level}:${w.code}@${w.line}`)).toEqual(['warning:quiet-hours-call@2']);
  });

  it('exits 2 for a missing path and for no path, without a stack trace', async () => {
    expect((await check('no/such/folder')).exit).toBe(2);
    expect((await check()).exit).toBe(2);
    const run = spawnSync('node', ['bin/kefu.js', 'check', 'no/such/file.csv'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).toContain('no/such/file.csv: no such file or folder');
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('says in kefu check --help which file name maps to which sheet', () => {
    const help = execFileSync('node', ['bin/kefu.js', 'check', '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(help).toContain('customers.csv');
    expect(help).toContain('回访记录.csv');
    expect(help).toMatch(/Exit 0: no problems · 1: problems found · 2: input unusable/);
  });
});
