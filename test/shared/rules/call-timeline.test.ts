// Each customer's calls as numbers in time order: days and times read by position, rows filed under their customer, out-of-order customers sorted.
import { describe, expect, it } from 'vitest';
import { timeNumber, ymdNumber } from '../../../shared/dates';
import { callTimeline, INBOUND, NO_CUSTOMER, numberCalls, POST_SERVICE, PROMISED_ANSWER, REACHED, SECOND_FOLLOW_UP } from '../../../shared/rules/call-timeline';
import { listFollowUpObligations } from '../../../shared/rules/follow-up-obligations';
import type { Call } from '../../../shared/schema/calls';
import { defaultSettings } from '../../../shared/settings';
import { asCallTable, createCallTable } from '../../../shared/sheet/call-table';

let seq = 0;
const call = (customerId: string, at: string, extra: Partial<Call> = {}): Call => ({
  id: `K${++seq}`, customerId, at, agent: 'Wang', channel: 'phone', purpose: 'greeting', reached: 'reached', ...extra,
});

describe('ymdNumber and timeNumber order as the ISO text does', () => {
  const cases = [
    { description: 'a day', input: '2026-11-03', expected: { day: 20261103, time: NaN } },
    { description: 'a date-time as the reader writes it', input: '2026-11-03T14:05:09', expected: { day: 20261103, time: 20261103140509 } },
    { description: 'a date-time without seconds is not the reader\'s form: its customer is sorted as text', input: '2026-11-03T14:05', expected: { day: 20261103, time: NaN } },
    { description: 'a space for the T is not the reader\'s form', input: '2026-11-03 14:05:09', expected: { day: 20261103, time: NaN } },
    { description: 'a letter among the digits', input: '2026-11-03T1a:05:09', expected: { day: 20261103, time: NaN } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect({ day: ymdNumber(input), time: timeNumber(input) }).toEqual(expected);
  });
  it('later days and times are larger numbers, across months and years', () => {
    expect(ymdNumber('2025-12-31') < ymdNumber('2026-01-01')).toBe(true);
    expect(timeNumber('2026-01-01T23:59:59') < timeNumber('2026-01-02T00:00:00')).toBe(true);
  });
});

describe('numberCalls reads each call\'s customer, time and day once', () => {
  const keyOf = new Map([['C1', 0], ['C2', 1]]);
  const cases = [
    { description: 'a known customer at a time in the reader\'s form', input: call('C2', '2026-11-03T14:05:09'), expected: { customer: 1, time: 20261103140509, day: 20261103 } },
    { description: 'a customer missing from the archive: −1', input: call('X', '2026-11-03T14:05:09'), expected: { customer: -1, time: 20261103140509, day: 20261103 } },
    { description: 'no customer: NO_CUSTOMER, the time still read', input: call('', '2026-11-03T14:05:09'), expected: { customer: NO_CUSTOMER, time: 20261103140509, day: 20261103 } },
    { description: 'no time: NO_CUSTOMER, no time, day 0', input: call('C1', ''), expected: { customer: NO_CUSTOMER, time: NaN, day: 0 } },
    { description: 'a time not in the reader\'s form: its day read as ymdNumber reads it', input: call('C1', '2026-11-03T14:05'), expected: { customer: 0, time: NaN, day: 20261103 } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const n = numberCalls(asCallTable([input]), keyOf);
    expect({ customer: n.customer[0], time: n.time[0], day: n.day[0] }).toEqual(expected);
  });

  // Issue 13: a million calls name about a hundred thousand customers; each id is a hash look-up, so once per id, not per call.
  it('looks each distinct customer id up once, however many calls name it', () => {
    let lookUps = 0;
    const counted = new Map(keyOf);
    counted.get = (id: string) => (lookUps++, keyOf.get(id));
    const calls = [call('C1', '2026-11-01T09:00:00'), call('C2', '2026-11-01T10:00:00'), call('C1', '2026-11-02T09:00:00'),
      call('X', '2026-11-02T10:00:00'), call('C1', '2026-11-03T09:00:00'), call('X', '2026-11-03T10:00:00'), call('', '2026-11-03T11:00:00')];
    const n = numberCalls(asCallTable(calls), counted);
    // C1, C2 and X once each; a blank id names no customer and is not looked up.
    expect(lookUps).toBe(3);
    expect([...n.customer]).toEqual([0, 1, 0, -1, 0, -1, NO_CUSTOMER]);
  });

  it('reads a table filled as the reader streams: a row without an `at` cell at all has no customer, time, day or bits', () => {
    const builder = createCallTable();
    builder.add({ customerId: 'C1', at: '2026-11-03T14:05:09', purpose: 'post-service', reached: 'reached' }, 2);
    builder.add({ customerId: 'C1', purpose: 'post-service', reached: 'reached' }, 3);
    builder.add({ customerId: 'C2', at: '2026-11-04 09:30', purpose: 'inbound', reached: 'reached', promisedAnswerDate: '2026-11-05' }, 4);
    const n = numberCalls(builder.finish(), keyOf);
    expect({ customer: [...n.customer], time: [...n.time], day: [...n.day], what: [...n.what] }).toEqual({
      customer: [0, NO_CUSTOMER, 1], time: [20261103140509, NaN, NaN], day: [20261103, 0, 20261104],
      what: [REACHED | POST_SERVICE, 0, REACHED | INBOUND | PROMISED_ANSWER],
    });
  });

  it('a blank promised answer date promises nothing, as a row without one', () => {
    const n = numberCalls(asCallTable([call('C1', '2026-11-03T14:05:09', { promisedAnswerDate: '' }), call('C1', '2026-11-04T14:05:09', { promisedAnswerDate: '2026-11-06' })]), keyOf);
    expect([...n.what]).toEqual([REACHED, REACHED | PROMISED_ANSWER]);
  });
});

describe('callTimeline', () => {
  const keyOf = new Map([['C1', 0], ['C2', 1]]);
  const runOf = (timeline: ReturnType<typeof callTimeline>, key: number): number[] =>
    [...timeline.order.subarray(timeline.start[key]!, timeline.start[key + 1]!)];

  it('files each row under its customer in sheet order, leaving out unknown customers and rows without a customer or a time', () => {
    const calls = [call('C2', '2026-11-01T09:00:00'), call('X', '2026-11-01T10:00:00'), call('C1', '2026-11-02T09:00:00'),
      call('', '2026-11-02T10:00:00'), call('C2', '', {}), call('C2', '2026-11-03T09:00:00')];
    const t = callTimeline(asCallTable(calls), keyOf, 2);
    expect([runOf(t, 0), runOf(t, 1)]).toEqual([[2], [0, 5]]);
  });

  it('sorts an out-of-order customer by time, equal times keeping sheet order; an in-order customer stays as it is', () => {
    const calls = [call('C1', '2026-11-05T09:00:00'), call('C2', '2026-11-01T09:00:00'), call('C1', '2026-11-02T09:00:00'),
      call('C1', '2026-11-02T09:00:00'), call('C2', '2026-11-04T09:00:00'), call('C1', '2026-11-01T09:00')];
    const t = callTimeline(asCallTable(calls), keyOf, 2);
    // C1: 11-01T09:00 (row 5) < 11-02 rows 2, 3 (equal: sheet order) < 11-05 (row 0).
    expect([runOf(t, 0), runOf(t, 1)]).toEqual([[5, 2, 3, 0], [1, 4]]);
  });

  it('sorts times not in the reader\'s form among the others as their texts order', () => {
    // As text: "2026-11-02 08:00" < "2026-11-02T07:00:00" (a space sorts before "T") < "2026-11-02T09:00" < "2026-11-02T09:00:00".
    const calls = [call('C1', '2026-11-02T09:00:00'), call('C1', '2026-11-02T09:00'), call('C1', '2026-11-02T07:00:00'), call('C1', '2026-11-02 08:00')];
    const t = callTimeline(asCallTable(calls), keyOf, 2);
    expect(runOf(t, 0)).toEqual([3, 2, 1, 0]);
  });

  it('keeps each row\'s day and what it is', () => {
    const calls = [call('C1', '2026-11-05T09:00:00', { purpose: 'post-service', reached: 'no-answer' }),
      call('C1', '2026-11-06T09:00:00', { purpose: 'second-follow-up' }), call('C1', '2026-11-07T09:00:00', { purpose: 'inbound', promisedAnswerDate: '2026-11-08' })];
    const t = callTimeline(asCallTable(calls), keyOf, 2);
    expect([...t.day]).toEqual([20261105, 20261106, 20261107]);
    expect([...t.what]).toEqual([POST_SERVICE, REACHED | SECOND_FOLLOW_UP, REACHED | INBOUND | PROMISED_ANSWER]);
  });
});

describe('listFollowUpObligations reads a sheet out of time order as if it were sorted', () => {
  const settings = defaultSettings('photo-studio');
  const customers = [{ id: 'C1', name: 'C1', phone: '13800000000', lastVisit: '2026-11-02' }];
  // 001 "三天之内": the service on 11-02 is owed by 11-05; the reached call on 11-04 keeps it even when the sheet lists it last.
  const inOrder = [call('C1', '2026-11-03T10:00:00', { reached: 'no-answer' }), call('C1', '2026-11-04T10:00:00'), call('C1', '2026-11-09T10:00:00')];
  const shuffled = [inOrder[2]!, inOrder[0]!, inOrder[1]!];
  it('the same obligations, done by the first reached call in time', () => {
    const owed = listFollowUpObligations(customers, shuffled, settings, '2026-11-30');
    expect(owed).toEqual(listFollowUpObligations(customers, inOrder, settings, '2026-11-30'));
    expect(owed.map((o) => [o.kind, o.doneAt, o.status])).toEqual([['post-service', '2026-11-04T10:00:00', 'on-time']]);
  });

  it('a promise is settled only by a call at a later time, not one logged at the same time', () => {
    const promise = call('C1', '2026-11-10T10:00:00', { purpose: 'inbound', promisedAnswerDate: '2026-11-11' });
    const sameTime = call('C1', '2026-11-10T10:00:00', { purpose: 'greeting' });
    const nextDay = call('C1', '2026-11-11T09:00:00', { purpose: 'greeting' });
    const owed = listFollowUpObligations([{ ...customers[0]!, lastVisit: undefined }], [sameTime, promise, nextDay], settings, '2026-11-30');
    expect(owed.filter((o) => o.kind === 'promised-answer').map((o) => o.doneAt)).toEqual(['2026-11-11T09:00:00']);
  });

  it('the same holds for a time not in the reader\'s form: the same text is the same time, a later text a later one', () => {
    const promise = call('C1', '2026-11-10 10:00', { purpose: 'inbound', promisedAnswerDate: '2026-11-11' });
    const sameTime = call('C1', '2026-11-10 10:00', { purpose: 'greeting' });
    const later = call('C1', '2026-11-10 10:05', { purpose: 'greeting', agent: 'Li' });
    const owed = listFollowUpObligations([{ ...customers[0]!, lastVisit: undefined }], [sameTime, promise, later], settings, '2026-11-30');
    expect(owed.filter((o) => o.kind === 'promised-answer').map((o) => [o.doneAt, o.doneBy, o.status])).toEqual([['2026-11-10 10:05', 'Li', 'on-time']]);
  });
});
