// Months of the data, a month's range and "now", and the 12-month trail.
import { describe, it, expect } from 'vitest';
import { callMonths, callPositionsInMonth, dataMonths, isByMonthEnd, monthEnd, monthRange, trailingMonths } from '../../../shared/report/months';
import { createCallTable, type Calls } from '../../../shared/sheet/call-table';
import type { Call } from '../../../shared/schema/calls';
import { audit, call, complaint, data, result } from './fixtures';

describe('dataMonths', () => {
  it('collects call, complaint, audit and training months, sorted and distinct; customers alone add none', () => {
    const d = data({
      calls: [call('C1', '2026-11-03T10:00:00'), call('C1', '2026-09-30T23:59:00')],
      complaints: [complaint('P1', '2026-11-20T08:00:00', { closedAt: '2027-02-01T00:00:00' })],
      qaAudits: [audit('Wang', '2026-08-15', 0)],
      training: [result('Li', 'typing', '2027-01-05', 90)],
      customers: [{ id: 'C1', name: 'x', phone: '1', lastVisit: '2025-01-01' }],
    });
    expect(dataMonths(d)).toEqual(['2026-08', '2026-09', '2026-11', '2027-01']);
  });
  it('is empty for no data', () => expect(dataMonths(data())).toEqual([]));
});

describe('monthRange and monthEnd', () => {
  const cases = [
    { input: '2026-11', expected: { from: '2026-11-01', to: '2026-11-30' } },
    { input: '2026-12', expected: { from: '2026-12-01', to: '2026-12-31' } },
    { input: '2028-02', expected: { from: '2028-02-01', to: '2028-02-29' } },
    { input: '2027-02', expected: { from: '2027-02-01', to: '2027-02-28' } },
  ];
  it.each(cases)('$input', ({ input, expected }) => {
    expect(monthRange(input)).toEqual(expected);
    expect(monthEnd(input)).toBe(`${expected.to}T23:59:59`);
  });
  it('isByMonthEnd compares calendar days', () => {
    expect(isByMonthEnd('2026-11-30T23:59:00', '2026-11')).toBe(true);
    expect(isByMonthEnd('2026-12-01', '2026-11')).toBe(false);
  });
});

describe('trailingMonths', () => {
  it('12 months ending at the month, across a year', () => {
    expect(trailingMonths('2026-03')).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
  });
  it('takes a count', () => expect(trailingMonths('2026-01', 2)).toEqual(['2025-12', '2026-01']));
});

describe('callPositionsInMonth and callMonths', () => {
  // A time in the reader's form is filed by its number; any other text under its first 7 characters (monthOf), none under ''.
  const rows: Call[] = [call('C', '2026-11-02T09:00:00'), call('C', ''), call('C', '2026-11-03T09:00:00'), call('C', '2026-1'),
    call('C', '2026-10-05T09:00:00'), call('C', '2026-11-04T09:00:00'), call('C', '2026-11-05'),
    { ...call('C', ''), at: undefined } as unknown as Call, call('C', '0999-01-01T00:00:00')];
  const table = createCallTable();
  rows.forEach((row, i) => table.add(row, i + 2));
  const cases = [
    { description: 'rows', input: (): Calls => rows },
    { description: 'a table the reader filled', input: (): Calls => table.finish() },
  ];
  it.each(cases)('files months back and forth, a date alone with its month, blank and missing times under \'\', from $description', ({ input }) => {
    const calls = input();
    const months = ['2026-11', '', '2026-1', '2026-10', '0999-01'];
    expect({ months: callMonths(calls), positions: months.map((m) => callPositionsInMonth(calls, m)), none: callPositionsInMonth(calls, '2026-12') })
      .toEqual({ months, positions: [[0, 2, 5, 6], [1, 7], [3], [4], [8]], none: [] });
  });
});
