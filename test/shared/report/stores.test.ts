// combineStores: several stores' rows as one ReportData, ids and references prefixed by store so repeated ids stay apart.
import { describe, expect, it } from 'vitest';
import { buildMonthReport } from '../../../shared/report/month-report';
import { combineStores } from '../../../shared/report/stores';
import type { ReportData } from '../../../shared/report/types';
import { defaultSettings } from '../../../shared/settings';
import { asCallTable } from '../../../shared/sheet/call-table';
import { valueOf } from '../../../shared/sheet/interned';
import { asSpendTable, entryCount } from '../../../shared/sheet/spend-table';
import { callRows } from './call-rows';
import { audit, call, complaint, customer, data, open, result } from './fixtures';

const north = data({
  customers: [customer('C1'), customer('C2', { referrerId: 'C1' })],
  calls: [
    call('C1', '2026-10-03 10:00', { id: 'K1', satisfaction: 'satisfied', complaintId: 'TS1' }),
    call('C2', '2026-10-04 10:00', { id: 'K2', satisfaction: 'dissatisfied' }),
  ],
  complaints: [complaint('TS1', '2026-10-02 09:00', { customerId: 'C1' })],
  qaAudits: [audit('Wang', '2026-10-05', 1, { id: 'Q1' })],
  training: [result('Li', 'typing', '2026-10-06', 80, { id: 'T1' })],
  points: [{ id: 'P1', customerId: 'C2', date: '2026-10-01', kind: 'spend', points: 10 }, { id: 'P2', customerId: 'C1', date: '2026-10-02', kind: 'adjust', points: 5 }],
});
const south = data({
  customers: [customer('C1', { name: 'someone else' })],
  calls: [
    call('C1', '2026-10-05 10:00', { id: 'K1', satisfaction: 'satisfied' }),
    call('C1', '2026-10-06 10:00', { id: 'K2', satisfaction: 'satisfied' }),
    call('C1', '2026-10-07 10:00', { id: 'K3', satisfaction: 'neutral' }),
  ],
  complaints: [complaint('TS1', '2026-10-02 09:00')],
});
const both = combineStores([{ label: 'north', data: north }, { label: '南京店', data: south }]);
const table = asCallTable(both.calls);
// The combined calls as objects, to read what each call holds (the report keeps them as a table).
const bothCalls = callRows(both.calls);
// The combined ledger as the report keeps it: the spends' customers and days (other kinds, ids and notes no figure reads).
const spends = asSpendTable(both.points);
const spendCustomers = [...spends.customerId.codes].map((_, i) => valueOf(spends.customerId, i)!);

describe('combineStores', () => {
  it('concatenates the rows of every sheet, in store order', () => {
    expect(both.customers).toHaveLength(3);
    expect(table.length).toBe(5);
    expect(both.complaints).toHaveLength(2);
    expect(both.qaAudits).toHaveLength(1);
    expect(both.training).toHaveLength(1);
    expect(spends.length).toBe(1);
  });

  it('prefixes every id with its store label', () => {
    expect(both.customers.map((c) => c.id)).toEqual(['north:C1', 'north:C2', '南京店:C1']);
    // A call's own id is not kept (no figure reads it); its customer's is, prefixed.
    expect(bothCalls.map((c) => c.customerId)).toEqual(['north:C1', 'north:C2', '南京店:C1', '南京店:C1', '南京店:C1']);
    expect(both.complaints.map((c) => c.id)).toEqual(['north:TS1', '南京店:TS1']);
    expect(both.qaAudits[0]!.id).toBe('north:Q1');
    expect(both.training[0]!.id).toBe('north:T1');
  });

  it('prefixes references the same way, so each still points at a row of its own store', () => {
    const ids = new Set(both.customers.map((c) => c.id));
    const complaintIds = new Set(both.complaints.map((c) => c.id));
    for (const c of bothCalls) expect(ids.has(c.customerId)).toBe(true);
    for (const id of spendCustomers) expect(ids.has(id)).toBe(true);
    expect(both.customers[1]!.referrerId).toBe('north:C1');
    expect(bothCalls[0]!.complaintId).toBe('north:TS1');
    expect(complaintIds.has(bothCalls[0]!.complaintId!)).toBe(true);
    expect(both.complaints[0]!.customerId).toBe('north:C1');
    // absent references stay absent
    expect(both.customers[0]!.referrerId).toBeUndefined();
    expect(bothCalls[1]!.complaintId).toBeUndefined();
    expect(both.complaints[1]!.customerId).toBeUndefined();
    expect(spendCustomers).toEqual(['north:C2']);
  });

  it('keeps two stores’ customers with the same id as two customers', () => {
    const c1 = both.customers.filter((c) => c.id.endsWith(':C1'));
    expect(c1.map((c) => c.name)).toEqual(['name C1', 'someone else']);
    expect(bothCalls.filter((c) => c.customerId === '南京店:C1')).toHaveLength(3);
    expect(bothCalls.filter((c) => c.customerId === 'north:C1')).toHaveLength(1);
  });

  it('leaves the stores’ own data untouched', () => {
    expect(north.customers[0]!.id).toBe('C1');
    expect(south.calls[0]!.customerId).toBe('C1');
  });

  it('gives a combined CSAT from the pooled counts, not the mean of the stores’ shares', () => {
    const settings = defaultSettings();
    const csat = (d: ReportData) => buildMonthReport(d, '2026-10', settings, open).satisfaction.csat;
    const a = csat(north);
    const b = csat(south);
    const all = csat(both);
    expect([a.satisfied, a.answered, b.satisfied, b.answered]).toEqual([1, 2, 2, 3]);
    expect(all.answered).toBe(a.answered + b.answered);
    expect(all.satisfied).toBe(a.satisfied + b.satisfied);
    expect(all.suppressed).toBe(false);
    if (!all.suppressed) expect(all.value).toBeCloseTo(3 / 5);
  });

  it('with no stores gives no rows', () => {
    const none = combineStores([]);
    expect({ ...none, calls: asCallTable(none.calls).length, points: entryCount(none.points) }).toEqual({ ...data(), calls: 0, points: 0 });
  });
});
