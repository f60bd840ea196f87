// Issue 13: the report model reads each sheet a fixed number of times — grouped once, carried across the months — never once more per month.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput, type ReportInput } from '../../../shared/report/report-input';
import { buildReportModel } from '../../../shared/report/report-model';
import type { ReportData } from '../../../shared/report/types';

const SAMPLE = 'data/sample';
const workbook = loadWorkbook([SAMPLE]);
const input = assembleReportInput(SAMPLE, [{ folder: SAMPLE, workbook }], readReportEnv({ KEFU_TODAY: '2026-11-30' }), () => 'one-pass-test-key');

type Sheet = keyof ReportData;
const SHEETS: readonly Sheet[] = ['customers', 'calls', 'complaints', 'qaAudits', 'training', 'points'];
/** The sheets that grow with the shop's trade (QA audits and training results grow with its staff, a few rows a month). */
const GROWING: readonly Sheet[] = ['customers', 'calls', 'complaints', 'points'];

/** Fresh copies of every sheet (the report's memos are per array) behind proxies that count each row read. */
function countingData(data: ReportData): { data: ReportData; reads: Record<Sheet, number> } {
  const reads = Object.fromEntries(SHEETS.map((s) => [s, 0])) as Record<Sheet, number>;
  const counted = <T extends object>(sheet: Sheet, rows: readonly T[]): T[] => new Proxy([...rows], {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads[sheet]++;
      return Reflect.get(target, key, receiver);
    },
  });
  const copy = Object.fromEntries(SHEETS.map((s) => [s, counted(s, data[s] as object[])])) as unknown as ReportData;
  return { data: copy, reads };
}

function readsBuilding(months: readonly string[]): Record<Sheet, number> {
  const { data, reads } = countingData(input.data);
  const only: ReportInput = { ...input, data, months: [...months], stores: [] };
  buildReportModel(only);
  return reads;
}

describe('buildReportModel reads each sheet the same number of times however many months it reports', () => {
  it('the sample has twelve months with data', () => {
    expect(input.months).toHaveLength(12);
  });

  // One month's report still draws its 12-month trends, so every index is built; the other eleven pages may only reuse them.
  it.each(GROWING)('%s: reads for all twelve month pages = reads for the first month page alone', (sheet) => {
    const one = readsBuilding(input.months.slice(0, 1))[sheet];
    const all = readsBuilding(input.months)[sheet];
    expect(all).toBe(one);
  });
});
