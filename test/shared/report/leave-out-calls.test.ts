// KEFU_LEAVE_OUT=1 with the calls streamed into a table: the model equals the one built from the files with those rows deleted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput } from '../../../shared/report/report-input';
import { buildReportModel } from '../../../shared/report/report-model';

const scratch = mkdtempSync(join(tmpdir(), 'kefu-leave-out-calls-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The sample with its calls file changed by `edit` (its lines, header first). */
function sampleWith(name: string, edit: (lines: string[]) => string[]): string {
  const folder = join(scratch, name);
  cpSync('data/sample', folder, { recursive: true });
  const file = join(folder, 'calls.csv');
  writeFileSync(file, edit(readFileSync(file, 'utf8').split('\n')).join('\n'));
  return folder;
}

const modelOf = (folder: string, env: Record<string, string> = {}) => buildReportModel(assembleReportInput(folder,
  [{ folder, workbook: loadWorkbook([folder], { callTable: true }) }], readReportEnv({ KEFU_TODAY: '2026-11-30', ...env }), () => 'leave-out-key'));

/** Lines 100 and 2000 of calls.csv (1 is the header): a time that is no date, and an answer that is not in the list. */
const BROKEN = [100, 2000];
const broken = sampleWith('broken', (lines) => lines.map((line, i) => {
  if (i + 1 === BROKEN[0]) return line.replace(/,(\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?),/, ',2025-13-45 09:42,');
  if (i + 1 === BROKEN[1]) return line.replace(/,(已接通|无人接听|稍后回电|号码错误),/, ',接通了吗,');
  return line;
}));
const deleted = sampleWith('deleted', (lines) => lines.filter((_, i) => !BROKEN.includes(i + 1)));

describe('leaving calls out of the table', () => {
  it('the broken copy has exactly those two problems, one on each line', () => {
    const issues = loadWorkbook([broken], { callTable: true }).issues;
    expect(issues.map((i) => [i.file.endsWith('calls.csv'), i.line])).toEqual([[true, BROKEN[0]], [true, BROKEN[1]]]);
  });

  it('gives the model of the files without those rows, and says two rows were left out', () => {
    const { leftOut, ...left } = modelOf(broken, { KEFU_LEAVE_OUT: '1' });
    const { leftOut: none, ...clean } = modelOf(deleted);
    expect(none.rows).toBe(0);
    expect(leftOut.rows).toBe(2);
    expect(left).toEqual(clean);
  });
});
