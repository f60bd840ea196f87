// Issue 13: every month's follow-ups come from one sweep of the calls sheet, so a call's fields are read a fixed few times, not once per obligation or month.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { summariseFollowUps } from '../../../shared/report/follow-ups';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput } from '../../../shared/report/report-input';
import type { Call } from '../../../shared/schema/calls';
import { callRows } from './call-rows';

const SAMPLE = 'data/sample';
const input = assembleReportInput(SAMPLE, [{ folder: SAMPLE, workbook: loadWorkbook([SAMPLE]) }], readReportEnv({ KEFU_TODAY: '2026-11-30' }), () => 'follow-up-reads-key');

/** The sample's calls behind proxies that count every field read. */
function countingCalls(calls: readonly Call[]): { calls: Call[]; reads: () => number } {
  let reads = 0;
  const counted = calls.map((c) => new Proxy(c, { get(target, key, receiver) { reads++; return Reflect.get(target, key, receiver); } }));
  return { calls: counted, reads: () => reads };
}

describe('summariseFollowUps reads each call a fixed few times for all twelve months', () => {
  it('the sample has twelve months and calls with obligations', () => {
    expect(input.months).toHaveLength(12);
    expect(input.data.calls.length).toBeGreaterThan(1000);
  });

  // Rows are read once, into the calls table (asCallTable): its time and its ten tabled texts (customer, agent, channel,
  // purpose, service date, stage, reached, satisfaction, promised answer date, complaint) — 11 reads a call, whatever the
  // number of months or obligations; every figure then reads the table. (Before the table: up to 16, two sweeps of 8.)
  it('11 field reads a call, over every month and its trend', () => {
    const { calls, reads } = countingCalls(callRows(input.data.calls));
    const data = { ...input.data, calls, customers: [...input.data.customers] };
    for (const month of input.months) summariseFollowUps(data, month, input.settings, input.options);
    expect(reads() / calls.length).toBe(11);
  });
});
