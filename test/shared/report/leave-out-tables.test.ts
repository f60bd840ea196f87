// KEFU_LEAVE_OUT=1 with the calls and the points ledger streamed into tables: the model equals the one built from the files with those rows deleted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput } from '../../../shared/report/report-input';
import { buildReportModel } from '../../../shared/report/report-model';

const scratch = mkdtempSync(join(tmpdir(), 'kefu-leave-out-tables-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The sample with its calls and points files changed by the edits (each file's lines, header first). */
function sampleWith(name: string, edits: Record<'calls.csv' | 'points.csv', (lines: string[]) => string[]>): string {
  const folder = join(scratch, name);
  cpSync('data/sample', folder, { recursive: true });
  for (const [name, edit] of Object.entries(edits)) {
    const file = join(folder, name);
    writeFileSync(file, edit(readFileSync(file, 'utf8').split('\n')).join('\n'));
  }
  return folder;
}

const modelOf = (folder: string, env: Record<string, string> = {}) => buildReportModel(assembleReportInput(folder,
  [{ folder, workbook: loadWorkbook([folder], { tables: true }) }], readReportEnv({ KEFU_TODAY: '2026-11-30', ...env }), () => 'leave-out-key'));

/** Lines 100 and 2000 of calls.csv (1 is the header): a time that is no date, and an answer that is not in the list. */
const BROKEN = [100, 2000];
/**
 * Points: three rows added at the end, each 0 points (the balances stay right): a spend and an adjustment whose ids repeat
 * the first two entries' (whole entries with a problem: the spend would make C0001 a recent buyer), and a spend on a day
 * that is no date (not a whole entry).
 */
const ADDED_POINTS = ['JF00001,C0001,2026-10-30,消费积分,0,,', 'JF00002,C0002,2026-10-30,调整,0,,', 'JF99999,C0001,2026-02-30,消费积分,0,,'];
const pointLines = readFileSync('data/sample/points.csv', 'utf8').trimEnd().split('\n').length;
const BROKEN_POINTS = ADDED_POINTS.map((_, i) => pointLines + 1 + i);
const broken = sampleWith('broken', {
  'calls.csv': (lines) => lines.map((line, i) => {
    if (i + 1 === BROKEN[0]) return line.replace(/,(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?),/, ',2025-13-45 09:42,');
    if (i + 1 === BROKEN[1]) return line.replace(/,(已接通|无人接听|稍后回电|号码错误),/, ',接通了吗,');
    return line;
  }),
  // The sample's lines end \r\n (split at \n, each keeps its \r): so do the added ones.
  'points.csv': (lines) => [...lines.slice(0, pointLines), ...ADDED_POINTS.map((line) => `${line}\r`), ''],
});
const deleted = sampleWith('deleted', {
  'calls.csv': (lines) => lines.filter((_, i) => !BROKEN.includes(i + 1)),
  'points.csv': (lines) => lines,
});

describe('leaving rows out of the tables', () => {
  it('the broken copy has exactly those five problems, one on each line', () => {
    const issues = loadWorkbook([broken], { tables: true }).issues;
    expect(issues.map((i) => [i.file.slice(-10), i.line])).toEqual([
      ['/calls.csv', BROKEN[0]], ['/calls.csv', BROKEN[1]], ...BROKEN_POINTS.map((line) => ['points.csv', line])]);
  });

  it('gives the model of the files without those rows, and says five rows were left out', () => {
    const { leftOut, ...left } = modelOf(broken, { KEFU_LEAVE_OUT: '1' });
    const { leftOut: none, ...clean } = modelOf(deleted);
    expect(none.rows).toBe(0);
    expect(leftOut.rows).toBe(5);
    expect(left).toEqual(clean);
  });
});
