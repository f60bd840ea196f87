// Issue 13: a call's customer is looked up by id once per build (report/call-numbers); every section reads the number after that.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { numberedData } from '../../../shared/report/call-numbers';
import { summariseFollowUps } from '../../../shared/report/follow-ups';
import { readReportEnv } from '../../../shared/report/report-env';
import { assembleReportInput } from '../../../shared/report/report-input';
import { summariseSatisfaction } from '../../../shared/report/satisfaction';
import type { Call } from '../../../shared/schema/calls';
import { asCallTable } from '../../../shared/sheet/call-table';
import { callRows } from './call-rows';

const SAMPLE = 'data/sample';
const input = assembleReportInput(SAMPLE, [{ folder: SAMPLE, workbook: loadWorkbook([SAMPLE]) }], readReportEnv({ KEFU_TODAY: '2026-11-30' }), () => 'call-numbers-key');
const rows = callRows(input.data.calls);

describe('numberedData', () => {
  it('numbers each call\'s customer as the archive does, −1 for a customer missing from it', () => {
    const { customers } = input.data;
    const n = numberedData({ customers, calls: rows });
    const known = new Set(customers.map((c) => c.id));
    const wrong = rows.filter((call, i) => {
      const key = n.calls.customer[i]!;
      return known.has(call.customerId) ? customers[n.customers.keyAt.indexOf(key)]?.id !== call.customerId : key !== -1;
    });
    expect(wrong).toEqual([]);
  });

  it('reads the calls as a table (as the loader hands them) to the same numbers as rows', () => {
    const fromRows = numberedData({ customers: input.data.customers, calls: rows }).calls;
    const table = numberedData({ customers: input.data.customers, calls: asCallTable([...rows]) }).calls;
    expect({ customer: [...table.customer], day: [...table.day], what: [...table.what] }).toEqual({ customer: [...fromRows.customer], day: [...fromRows.day], what: [...fromRows.what] });
  });

  // Follow-ups (their timeline, the missed customers' agents) and satisfaction (answers by tier) all need each call's customer.
  it('every month\'s follow-ups and satisfaction read each call\'s customer id once', () => {
    const perCall = new Map<Call, number>();
    const calls = rows.map((c) => new Proxy(c, {
      get(target, key, receiver) {
        if (key === 'customerId') perCall.set(c, (perCall.get(c) ?? 0) + 1);
        return Reflect.get(target, key, receiver);
      },
    }));
    const data = { ...input.data, calls, customers: [...input.data.customers] };
    for (const month of input.months) {
      summariseFollowUps(data, month, input.settings, input.options);
      summariseSatisfaction(data, month, input.settings, input.options);
    }
    expect(Math.max(...perCall.values())).toBe(1);
  });
});
