// The near-linear formulas by hand: ids ranked in one sorted list (case, spaces, numbers-as-ids, neighbours, blanks, duplicates, unsorted calls).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enumLabel, PURPOSE, REACHED } from '../../../shared/enums';
import { CALLS, CUSTOMERS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';
import { buildWorkbook, isoOfSerial, serial, type DataRow } from './workbook';

// Ids compare as Sheets compares text, without case, and trimmed; an id typed as a number equals the same digits typed
// as text (docs/addon.md, "Ids and letter case"). A referrer "A*" is an id, not a wildcard (COUNTIF read it as one).
const referralCases = [
  { description: 'referred as C1, c1 and " C1 "', input: { id: 'C1', referrerId: '' }, expected: 3 },
  { description: 'referred once as C2', input: { id: 'c2', referrerId: 'C1' }, expected: 1 },
  { description: 'a number id referred as "10" and as 10', input: { id: 10, referrerId: 'c1' }, expected: 2 },
  { description: 'a blank row between records', input: { id: null, referrerId: null }, expected: null },
  { description: 'C10, next to C1 in order, referred by no one', input: { id: 'C10', referrerId: ' C1 ' }, expected: 0 },
  { description: 'an id with * is matched whole (AB does not count)', input: { id: 'A*', referrerId: '10' }, expected: 1 },
  { description: 'referred by no one', input: { id: 'B', referrerId: 10 }, expected: 0 },
  { description: 'referring a customer, referred by no one', input: { id: 'Z', referrerId: 'C2' }, expected: 0 },
  { description: 'referring A*', input: { id: 'Y', referrerId: 'A*' }, expected: 0 },
  { description: 'referring an id no customer has', input: { id: 'X', referrerId: 'NOPE' }, expected: 0 },
  { description: 'referring AB (no such customer)', input: { id: 'V', referrerId: 'AB' }, expected: 0 },
  { description: 'the same id twice: both rows get its count', input: { id: 'B', referrerId: '' }, expected: 0 },
];

describe('customers.referrals by hand', () => {
  it.each([{ name: 'the cases', cases: referralCases }, { name: 'no referrer at all', cases: referralCases.map((c) => ({ ...c, input: { ...c.input, referrerId: null }, expected: c.input.id === null ? null : 0 })) }])('$name', ({ cases }) => {
    const wb = buildWorkbook(defaultSettings(), [{ schema: CUSTOMERS, rows: cases.map((c) => c.input as DataRow) }], { rows: 20 });
    expect(wb.column(CUSTOMERS, 'referrals', cases.length)).toEqual(cases.map((c) => c.expected));
  });
});

// Today is 2026-11-15; every visit is on 2026-11-05 (post-service, 3 days: the window is 11-05 … 11-08, closed today).
const VISIT = '2026-11-05';
const call = (customerId: string | number | null, at: string, reached = 'reached', purpose = 'post-service'): DataRow => ({
  id: `R${at}`, customerId, at: serial(at), agent: '王芳', channel: '电话',
  purpose: enumLabel(PURPOSE, purpose, 'zh'), reached: enumLabel(REACHED, reached, 'zh'),
});

const overdueCases = [
  { description: 'a reached call to c1 (lower case) on 11-06', input: { id: 'C1' }, expected: { doneOn: '2026-11-06', overdue: false } },
  { description: 'a number id, its call typed "1001"', input: { id: 1001 }, expected: { doneOn: '2026-11-07', overdue: false } },
  { description: 'no call; its neighbours C1 and C100 (no customer) have some', input: { id: 'C10' }, expected: { doneOn: null, overdue: true } },
  { description: 'a call tomorrow listed before one on 11-10: the first from the visit on is 11-10', input: { id: 'D' }, expected: { doneOn: '2026-11-10', overdue: false } },
  { description: 'only a call dated after today: the helper shows it, overdue all the same', input: { id: 'E' }, expected: { doneOn: '2026-11-20', overdue: true } },
  { description: 'a blank row between records', input: { id: null }, expected: { doneOn: null, overdue: null } },
  { description: 'a call the day before the visit and an unanswered one', input: { id: 'F' }, expected: { doneOn: null, overdue: true } },
  { description: 'two reached calls on one day', input: { id: 'G' }, expected: { doneOn: '2026-11-06', overdue: false } },
  { description: 'refused contact, no call: never overdue', input: { id: 'H', consent: false }, expected: { doneOn: null, overdue: false } },
  { description: 'an inbound call and a second follow-up only', input: { id: 'I' }, expected: { doneOn: null, overdue: true } },
];
const calls = [
  call('A0', '2026-11-06T09:00:00'), call('c1', '2026-11-06T10:00:00'), call('1001', '2026-11-07T23:59:00'),
  call('C100', '2026-11-06T09:00:00'), call('D', '2026-11-16T09:00:00'), call('D', '2026-11-10T09:00:00'),
  call('E', '2026-11-20T09:00:00'), call('F', '2026-11-04T23:59:00'), call('F', '2026-11-06T09:00:00', 'no-answer'),
  { id: 'blank row' } as DataRow, call(null, '2026-11-06T09:00:00'),
  call('G', '2026-11-06T09:00:00'), call('G', '2026-11-06T15:00:00'), call('ZZZ', '2026-11-06T09:00:00'),
  call('I', '2026-11-06T09:00:00', 'reached', 'inbound'), call('I', '2026-11-07T09:00:00', 'reached', 'second-follow-up'),
];

describe('customers.followUpDoneAt (hidden) and followUpOverdue by hand', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 15, 10, 30, 0));
  });
  afterAll(() => vi.useRealTimers());

  it.each([{ name: 'calls in the order typed', rows: calls }, { name: 'calls in reverse order', rows: [...calls].reverse() }])('$name', ({ rows }) => {
    const wb = buildWorkbook(defaultSettings(), [
      { schema: CUSTOMERS, rows: overdueCases.map((c) => (c.input.id === null ? {} : { ...c.input, lastVisit: serial(VISIT) }) as DataRow) },
      { schema: CALLS, rows },
    ], { rows: 30 });
    const done = wb.column(CUSTOMERS, 'followUpDoneAt', overdueCases.length).map((v) => (typeof v === 'number' ? isoOfSerial(v) : v));
    expect(done).toEqual(overdueCases.map((c) => c.expected.doneOn));
    expect(wb.column(CUSTOMERS, 'followUpOverdue', overdueCases.length)).toEqual(overdueCases.map((c) => c.expected.overdue));
  });

  it('finds no completion when the calls sheet has none', () => {
    const wb = buildWorkbook(defaultSettings(), [
      { schema: CUSTOMERS, rows: [{ id: 'C1', lastVisit: serial(VISIT) }] },
      { schema: CALLS, rows: [call('C1', '2026-11-06T09:00:00', 'no-answer')] },
    ], { rows: 10 });
    expect(wb.column(CUSTOMERS, 'followUpDoneAt', 1)).toEqual([null]);
    expect(wb.column(CUSTOMERS, 'followUpOverdue', 1)).toEqual([true]);
  });
});
