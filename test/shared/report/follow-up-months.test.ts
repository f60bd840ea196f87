// Issue 13: what is owed each month and member coverage read the calls as the table the loader hands (shared/sheet/call-table) to the same figures as rows.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { owedIn } from '../../../shared/report/follow-up-months';
import { coverageOf } from '../../../shared/report/member-coverage';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput } from '../../../shared/report/report-input';
import { createCallTable } from '../../../shared/sheet/call-table';
import { callRows } from './call-rows';

const SAMPLE = 'data/sample';
const input = assembleReportInput(SAMPLE, [{ folder: SAMPLE, workbook: loadWorkbook([SAMPLE]) }], readReportEnv({ KEFU_TODAY: '2026-11-30' }), () => 'follow-up-months-key');
const asRows = { ...input.data, calls: callRows(input.data.calls) };
const builder = createCallTable();
asRows.calls.forEach((call, i) => builder.add(call, i + 2));
const asTable = { ...input.data, calls: builder.finish() };

describe('owedIn and coverageOf from the calls as a table', () => {
  it('the sample owes follow-ups that were kept by agents, in every month', () => {
    const owed = owedIn(asRows, input.settings);
    expect(owed.doneBy.filter((agent) => agent !== undefined).length).toBeGreaterThan(100);
    expect(input.months.every((m) => owed.ending.has(m))).toBe(true);
  });

  it('the same obligations, customers, completing agents and month buckets as from rows', () => {
    expect(owedIn(asTable, input.settings)).toEqual(owedIn(asRows, input.settings));
  });

  it('the same member coverage every month', () => {
    const coverage = (data: typeof input.data) => input.months.map((m) => coverageOf(data, m, input.settings, input.options.minGroupSize));
    expect(coverage(asRows).every((c) => c.covered > 0)).toBe(true);
    expect(coverage(asTable)).toEqual(coverage(asRows));
  });
});
