// Builds from data with problems: two broken cells stop the build with kefu check's list; KEFU_LEAVE_OUT=1 leaves their rows out and says so on every page.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, scratchFolder, type BuildResult } from './build-site';
import { allFiles } from './site-pages';

/** Replaces one cell of a simple (unquoted) CSV line; line and column are 1-based, as issues count them. */
function breakCell(file: string, line: number, column: number, value: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const cells = lines[line - 1]!.split(',');
  if (lines[line - 1]!.includes('"') || cells.length < column) throw new Error(`${file}:${line} is not a simple CSV line`);
  cells[column - 1] = value;
  lines[line - 1] = cells.join(',');
  writeFileSync(file, lines.join('\n'));
}

let scratch: string;
let broken: BuildResult;
let leftOut: BuildResult;
let leftOutSite: string;

beforeAll(async () => {
  scratch = scratchFolder('bad-data-');
  const bad = join(scratch, 'bad');
  cpSync('data/sample', bad, { recursive: true });
  breakCell(join(bad, 'customers.csv'), 2, 3, '12345');
  breakCell(join(bad, 'calls.csv'), 2, 3, '2025-13-45 09:42');
  leftOutSite = join(scratch, 'left-out-site');
  [broken, leftOut] = await Promise.all([
    buildSite(bad, join(scratch, 'broken-site')),
    buildSite(bad, leftOutSite, { KEFU_LEAVE_OUT: '1' }),
  ]);
}, 180_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('building from data with problems', () => {
  it('stops, listing each problem as file:line:column the way kefu check does, with a hint', () => {
    expect(broken.exitCode).not.toBe(0);
    expect(broken.output).toMatch(/customers\.csv:2:3: Phone \(联系电话\): "12345"/);
    expect(broken.output).toMatch(/calls\.csv:2:3: Date and time \(回访时间\): "2025-13-45 09:42"/);
    expect(broken.output).toContain('KEFU_LEAVE_OUT=1');
  });

  it('ends after the list and its hint: exit 1, no stack trace', () => {
    expect(broken.exitCode).toBe(1);
    expect(broken.output).not.toMatch(/Stack trace|^\s+at .+:\d+:\d+\)?$/m);
    expect(broken.output.trimEnd().split('\n').at(-1)).toMatch(/KEFU_LEAVE_OUT=1/);
  });

  it('with KEFU_LEAVE_OUT=1 builds without those rows, and the overview says how many were left out and why', () => {
    expect(leftOut.exitCode, leftOut.output.slice(-2000)).toBe(0);
    const en = readFileSync(join(leftOutSite, 'en', 'index.html'), 'utf8');
    const zh = readFileSync(join(leftOutSite, 'index.html'), 'utf8');
    expect(en).toContain('2 rows left out');
    expect(en).toContain('1 with a phone number that is not valid');
    expect(en).toContain('1 with a date and time that is not valid');
    expect(zh).toContain('有 2 行数据有问题，已略去');
    expect(zh).toContain('电话号码无效 1 行');
  });

  it('says so on every page', () => {
    const pages = allFiles(leftOutSite).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(16);
    expect(pages.filter((f) => !readFileSync(f, 'utf8').includes('data-left-out="2"'))).toEqual([]);
  });

});
