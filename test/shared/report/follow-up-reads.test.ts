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

  // A follow-up figure needs eight fields of a call (customer, time, agent, purpose, reached, service date, stage, promised
  // answer date). Read in a sweep for what is owed and one for the months' tables, that is at most 2 × 8 = 16 reads a call,
  // whatever the number of months or obligations; looking through a customer's calls once per obligation reads far more.
  it('at most 16 field reads a call on average, over every month and its trend', () => {
    const { calls, reads } = countingCalls(callRows(input.data.calls));
    const data = { ...input.data, calls, customers: [...input.data.customers] };
    for (const month of input.months) summariseFollowUps(data, month, input.settings, input.options);
    expect(reads() / calls.length).toBeLessThanOrEqual(16);
  });
});
