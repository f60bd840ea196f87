// `kefu check` on big and hostile input: issues capped per file with a count of the rest, JSON always whole, too-large files refused unread, wide headers summarised.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportWorkbook } from '../../cli/check';
import { loadWorkbook, type LoadedWorkbook } from '../../load/load-workbook';
import { main } from '../../cli/main';
import { INPUT_LIMITS } from '../../shared/sheet/input-limits';

const dir = mkdtempSync(join(tmpdir(), 'kefu-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function check(...args: string[]): Promise<{ exit: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(['check', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

const CALLS_HEADER = '回访编号,客户编号,回访时间,客服,方式,回访目的,接通情况\n';

/** A calls file of `rows` rows, each with one bad date: written in chunks so the test holds no giant string. */
function badCallsFile(name: string, rows: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, CALLS_HEADER);
  const chunk = 10_000;
  for (let from = 0; from < rows; from += chunk) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(rows, from + chunk); i++) lines.push(`HF${i},C1,bad,张敏,电话,服务后回访,已接通\n`);
    writeSync(fd, lines.join(''));
  }
  closeSync(fd);
  return path;
}

describe('1,000,000 bad rows', () => {
  const path = badCallsFile('calls.csv', 1_000_000);
  const cap = INPUT_LIMITS.issuesPerFile;
  // Read once (≈ 4 s), reported both ways, as `kefu check` reports it.
  let workbook: LoadedWorkbook;
  beforeAll(() => {
    workbook = loadWorkbook([path]);
  }, 60_000);
  const report = (json: boolean): { exit: number; out: string; err: string } => {
    const out: string[] = [];
    const err: string[] = [];
    const exit = reportWorkbook(workbook, { json, lang: 'en' }, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { exit, out: out.join('\n'), err: err.join('\n') };
  };

  it('--json is well-formed: the first issues, the count of the rest, the true totals', () => {
    const result = report(true);
    expect(result.exit).toBe(1);
    const parsed = JSON.parse(result.out) as {
      exit: number; files: { file: string; issues: number }[]; issues: { line: number }[]; omitted: { file: string; issues: number; warnings: number }[];
    };
    expect(parsed.exit).toBe(1);
    expect(parsed.files).toEqual([expect.objectContaining({ file: path, issues: 1_000_000 })]);
    expect(parsed.issues).toHaveLength(cap);
    expect(parsed.issues[0]!.line).toBe(2);
    expect(parsed.omitted).toEqual([{ file: path, issues: 1_000_000 - cap, warnings: 0 }]);
  });

  it('text prints the first issues and "… and N more", not a million lines', () => {
    const result = report(false);
    const lines = result.out.split('\n');
    expect(lines).toHaveLength(cap + 1);
    expect(lines[cap]).toBe(`${path}: … and ${(1_000_000 - cap).toLocaleString('en-US')} more issues (the first ${cap} are listed)`);
    expect(result.err).toMatch(/1,?000,?000 issues in 1 file/);
  });
});

describe('limits in both languages', () => {
  it('says the rest in Chinese with --lang zh', async () => {
    const path = badCallsFile('calls-zh.csv', INPUT_LIMITS.issuesPerFile + 3);
    const result = await check(path, '--lang', 'zh');
    expect(result.out.split('\n').at(-1)).toBe(`${path}：……另有 3 个问题未列出（只列出前 ${INPUT_LIMITS.issuesPerFile} 个）`);
  });

  it('lists everything when a file has no more than the cap', async () => {
    const path = badCallsFile('calls-few.csv', INPUT_LIMITS.issuesPerFile);
    const result = await check(path, '--json');
    const report = JSON.parse(result.out) as { issues: unknown[]; omitted: unknown[] };
    expect(report.issues).toHaveLength(INPUT_LIMITS.issuesPerFile);
    expect(report.omitted).toEqual([]);
  });
});

describe('a file over the size limit', () => {
  it('exits 2 "too large" naming the limit, from the file size alone', async () => {
    const path = join(dir, 'customers.csv');
    const fd = openSync(path, 'w');
    // A sparse file: its size is over the limit without writing (or reading) those bytes.
    writeSync(fd, 'x', INPUT_LIMITS.fileMegabytes * 2 ** 20);
    closeSync(fd);
    const en = await check(path);
    expect(en.exit).toBe(2);
    expect(en.out).toContain(`${path}: the file is too large (200.0 MB); Kefu reads files of up to ${INPUT_LIMITS.fileMegabytes} MB`);
    const zh = await check(path, '--lang', 'zh');
    expect(zh.out).toContain(`文件太大（200.0 MB）；Kefu 最多读取 ${INPUT_LIMITS.fileMegabytes} MB 的文件`);
    const json = JSON.parse((await check(path, '--json')).out) as { unusable: { code: string }[] };
    expect(json.unusable.map((i) => i.code)).toEqual(['too-large']);
  });
});

describe('a very wide header', () => {
  it('summarises 100,000 unknown columns in one issue instead of 100,003 lines', async () => {
    const path = join(mkdtempSync(join(dir, 'wide-')), 'customers.csv');
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i + 1}`);
    writeFileSync(path, `客户编号,客户姓名,联系电话,${extra.join(',')}\nC001,王明,13812345678\n`);
    const result = await check(path, '--json');
    const report = JSON.parse(result.out) as { issues: { code: string; line: number; column: number; message: string; messageZh: string }[] };
    const unknown = report.issues.filter((i) => i.code === 'unknown-column');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ line: 1, column: 4 });
    const listed = extra.slice(0, INPUT_LIMITS.unknownColumnsListed).map((x) => `"${x}"`).join(', ');
    expect(unknown[0]!.message).toContain(`The header has 100,003 columns; 100,000 are not columns of Customers (客户档案), so their values are not read: ${listed} and 99,980 more.`);
    expect(unknown[0]!.messageZh).toContain('表头有 100,003 列，其中 100,000 列不是“客户档案”表的列');
    const text = await check(path);
    expect(text.out.split('\n').length).toBeLessThan(10);
  });

  it('still names each unknown column when there are few', async () => {
    const path = join(mkdtempSync(join(dir, 'few-')), 'customers.csv');
    writeFileSync(path, '客户编号,客户姓名,联系电话,备注1,备注2\nC001,王明,13812345678,,\n');
    const report = JSON.parse((await check(path, '--json')).out) as { issues: { code: string; column: number }[] };
    expect(report.issues.filter((i) => i.code === 'unknown-column').map((i) => i.column)).toEqual([4, 5]);
  });
});
