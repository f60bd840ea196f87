// What each customer is owed and its status on a date: post-service, after-sales first call, second follow-up, promised answer.
import { describe, expect, it } from 'vitest';
import {
  findObligations, isStageIn, listFollowUpObligations, obligationStatus, owedCustomers, type ObligationKind, type ObligationStatus,
} from '../../../shared/rules/follow-up-obligations';
import type { Call } from '../../../shared/schema/calls';
import type { Customer } from '../../../shared/schema/customers';
import { defaultSettings, withSetting, type Settings } from '../../../shared/settings';
import { createCallTable } from '../../../shared/sheet/call-table';

const studio = defaultSettings('photo-studio');
const car = defaultSettings('car-service');

const customer = (extra: Partial<Customer> = {}): Customer => ({ id: 'C1', name: 'C1', phone: '13800000000', ...extra });
let seq = 0;
const call = (at: string, extra: Partial<Call> = {}): Call => ({
  id: `K${++seq}`, customerId: 'C1', at, agent: 'Wang', channel: 'phone', purpose: 'post-service', reached: 'reached', ...extra,
});

interface Case {
  description: string;
  input: { customer?: Partial<Customer>; calls: Call[]; asOf: string; settings?: Settings };
  expected: { window: { from: string; to: string }; status: ObligationStatus }[];
}

function run(kind: ObligationKind, input: Case['input'], fallback: Settings) {
  return listFollowUpObligations([customer(input.customer)], input.calls, input.settings ?? fallback, input.asOf)
    .filter((o) => o.kind === kind).map((o) => ({ window: o.window, status: o.status }));
}

describe('post-service call (001: "必须保证在三天之内完成回访")', () => {
  const visit = { lastVisit: '2026-11-02' };
  const w = { from: '2026-11-02', to: '2026-11-05' }; // day 0 … day 3
  const cases: Case[] = [
    { description: 'reached on the service day (day 0) → on time', input: { customer: visit, calls: [call('2026-11-02T18:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'reached on day 3, late evening → on time', input: { customer: visit, calls: [call('2026-11-05T23:59:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'reached on day 4 → late', input: { customer: visit, calls: [call('2026-11-06T08:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'late' }] },
    { description: 'no answer on day 1 leaves it owed → missed after day 3', input: { customer: visit, calls: [call('2026-11-03T10:00:00', { reached: 'no-answer' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'call back later and wrong number do not complete it', input: { customer: visit, calls: [call('2026-11-03T10:00:00', { reached: 'call-back' }), call('2026-11-04T10:00:00', { reached: 'wrong-number' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'no answer on day 1, reached on day 5 → late', input: { customer: visit, calls: [call('2026-11-03T10:00:00', { reached: 'no-answer' }), call('2026-11-07T10:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'late' }] },
    { description: 'an inbound enquiry answered on day 1 does not complete it', input: { customer: visit, calls: [call('2026-11-03T10:00:00', { purpose: 'inbound' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'a call the evening before the service does not count', input: { customer: visit, calls: [call('2026-11-01T20:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'nothing yet on day 3 → open', input: { customer: visit, calls: [], asOf: '2026-11-05' }, expected: [{ window: w, status: 'open' }] },
    { description: 'nothing by day 4 → missed', input: { customer: visit, calls: [], asOf: '2026-11-06' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'a reached call dated after the day asked about is not known yet → open', input: { customer: visit, calls: [call('2026-11-04T10:00:00')], asOf: '2026-11-03' }, expected: [{ window: w, status: 'open' }] },
    { description: 'a service after the day asked about is not owed yet', input: { customer: visit, calls: [], asOf: '2026-11-01' }, expected: [] },
    {
      description: 'each service date of a post-service call is owed apart from the last visit; one reached call on day 3 of the second settles both (the first late)',
      input: { customer: { lastVisit: '2026-11-10' }, calls: [call('2026-11-02T10:00:00', { serviceDate: '2026-10-28', reached: 'no-answer' }), call('2026-11-12T10:00:00', { serviceDate: '2026-11-10' })], asOf: '2026-11-30' },
      expected: [{ window: { from: '2026-10-28', to: '2026-10-31' }, status: 'late' }, { window: { from: '2026-11-10', to: '2026-11-13' }, status: 'on-time' }],
    },
    { description: 'no last visit and no service date → nothing owed', input: { calls: [call('2026-11-03T10:00:00')], asOf: '2026-11-30' }, expected: [] },
    { description: 'a customer who refused contact is owed nothing', input: { customer: { ...visit, consent: false }, calls: [], asOf: '2026-11-30' }, expected: [] },
    { description: 'postServiceDays from Settings: 4 makes day 4 on time', input: { customer: visit, calls: [call('2026-11-06T08:00:00')], asOf: '2026-11-30', settings: withSetting(studio, 'followUp.postServiceDays', 4) }, expected: [{ window: { from: '2026-11-02', to: '2026-11-06' }, status: 'on-time' }] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(run('post-service', input, studio)).toEqual(expected);
  });
});

describe('first after-sales call (000: "接車出廠…後三天至一周內…作售後第一次跟蹤服務")', () => {
  const handedOver = { lastVisit: '2026-11-02', stage: 'handed-over' };
  const w = { from: '2026-11-05', to: '2026-11-09' }; // day 3 … day 7
  const cases: Case[] = [
    { description: 'day 2 is too early: it does not count, and with nothing else the window is missed', input: { customer: handedOver, calls: [call('2026-11-04T10:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'day 3 → on time', input: { customer: handedOver, calls: [call('2026-11-05T09:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'day 7 → on time (the 3-day rule would call it late)', input: { customer: handedOver, calls: [call('2026-11-09T17:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'day 8 → late', input: { customer: handedOver, calls: [call('2026-11-10T09:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'late' }] },
    { description: 'nothing on day 7 → open; on day 8 → missed', input: { customer: handedOver, calls: [], asOf: '2026-11-09' }, expected: [{ window: w, status: 'open' }] },
    { description: 'nothing by day 8 → missed', input: { customer: handedOver, calls: [], asOf: '2026-11-10' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'the stage named by the post-service call decides, by its Chinese label too', input: { calls: [call('2026-11-06T10:00:00', { serviceDate: '2026-11-02', stage: '交车' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'a stage not in the list keeps the 3-day rule', input: { customer: { lastVisit: '2026-11-02', stage: 'in-workshop' }, calls: [], asOf: '2026-11-30' }, expected: [] },
    { description: 'a photo studio lists no after-sales stage', input: { customer: { lastVisit: '2026-11-02', stage: 'pickup' }, calls: [], asOf: '2026-11-30', settings: studio }, expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(run('first-after-sales', input, car)).toEqual(expected);
  });
  it('a stage not in the after-sales list is a post-service call instead', () => {
    expect(run('post-service', { customer: { lastVisit: '2026-11-02', stage: 'in-workshop' }, calls: [], asOf: '2026-11-30' }, car))
      .toEqual([{ window: { from: '2026-11-02', to: '2026-11-05' }, status: 'missed' }]);
  });
});

describe('second follow-up (000: "第一次跟蹤服務的一周後的7天以內…第二次跟蹤服務")', () => {
  const pickup = (at: string, extra: Partial<Call> = {}) => call(at, { serviceDate: '2026-11-04', stage: 'pickup', ...extra });
  const second = (at: string, extra: Partial<Call> = {}) => call(at, { purpose: 'second-follow-up', ...extra });
  const w = { from: '2026-11-12', to: '2026-11-19' }; // 7 … 14 days after the first call on 11-05
  const cases: Case[] = [
    { description: 'reached second call on day 7 → on time', input: { calls: [pickup('2026-11-05T10:00:00'), second('2026-11-12T10:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'day 14 → on time', input: { calls: [pickup('2026-11-05T10:00:00'), second('2026-11-19T20:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'day 15 → late', input: { calls: [pickup('2026-11-05T10:00:00'), second('2026-11-20T09:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'late' }] },
    { description: 'day 6 is before the window: it does not count', input: { calls: [pickup('2026-11-05T10:00:00'), second('2026-11-11T10:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'an unanswered second call leaves it owed', input: { calls: [pickup('2026-11-05T10:00:00'), second('2026-11-15T10:00:00', { reached: 'no-answer' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'another purpose does not complete it', input: { calls: [pickup('2026-11-05T10:00:00'), call('2026-11-15T10:00:00', { purpose: 'greeting' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'open on day 14, missed on day 15', input: { calls: [pickup('2026-11-05T10:00:00')], asOf: '2026-11-19' }, expected: [{ window: w, status: 'open' }] },
    { description: 'missed on day 15', input: { calls: [pickup('2026-11-05T10:00:00')], asOf: '2026-11-20' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'an unanswered first call opens nothing', input: { calls: [pickup('2026-11-05T10:00:00', { reached: 'no-answer' })], asOf: '2026-11-30' }, expected: [] },
    { description: 'a first call at the shoot opens nothing (photo studio: 取件 only)', input: { calls: [call('2026-11-05T10:00:00', { serviceDate: '2026-11-04', stage: 'shoot' })], asOf: '2026-11-30' }, expected: [] },
    { description: 'two reached pickup calls the same day open one window', input: { calls: [pickup('2026-11-05T10:00:00'), pickup('2026-11-05T15:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'secondAfterStages from Settings: shoot listed → the shoot call opens one', input: { calls: [call('2026-11-05T10:00:00', { stage: 'shoot' })], asOf: '2026-11-30', settings: withSetting(studio, 'followUp.secondAfterStages', [{ key: 'shoot', zh: '拍摄', en: 'shoot' }]) }, expected: [{ window: w, status: 'missed' }] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(run('second-follow-up', input, studio)).toEqual(expected);
  });
  it('car service: the reached first after-sales call (交车) opens the second', () => {
    const calls = [call('2026-11-05T10:00:00', { serviceDate: '2026-11-02', stage: 'handed-over' })];
    expect(run('second-follow-up', { calls, asOf: '2026-11-30' }, car)).toEqual([{ window: w, status: 'missed' }]);
  });
});

describe('promised answer (000: "仍不能解決的,要在兩日內報告業務主管")', () => {
  const promise = call('2026-11-03T10:00:00', { purpose: 'inbound', promisedAnswerDate: '2026-11-04' });
  const w = { from: '2026-11-03', to: '2026-11-05' };
  const cases: Case[] = [
    { description: 'a reached contact later the same day settles it', input: { calls: [promise, call('2026-11-03T15:00:00', { purpose: 'inbound' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'reached on day 2 → settled in time', input: { calls: [promise, call('2026-11-05T15:00:00', { purpose: 'greeting' })], asOf: '2026-11-30' }, expected: [{ window: w, status: 'on-time' }] },
    { description: 'reached on day 3 → it went to the supervisor first (late)', input: { calls: [promise, call('2026-11-06T09:00:00')], asOf: '2026-11-30' }, expected: [{ window: w, status: 'late' }] },
    { description: 'an unanswered call back does not settle it', input: { calls: [promise, call('2026-11-04T09:00:00', { reached: 'no-answer' })], asOf: '2026-11-06' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'still open on day 2', input: { calls: [promise], asOf: '2026-11-05' }, expected: [{ window: w, status: 'open' }] },
    { description: 'unsettled on day 3 → missed: flagged to the supervisor', input: { calls: [promise], asOf: '2026-11-06' }, expected: [{ window: w, status: 'missed' }] },
    { description: 'escalateAfterDays from Settings: 1 day', input: { calls: [promise], asOf: '2026-11-05', settings: withSetting(studio, 'followUp.escalateAfterDays', 1) }, expected: [{ window: { from: '2026-11-03', to: '2026-11-04' }, status: 'missed' }] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(run('promised-answer', input, studio)).toEqual(expected);
  });
});

describe('obligationStatus and isStageIn', () => {
  const window = { from: '2026-11-02', to: '2026-11-05' };
  const cases: { description: string; input: { doneAt?: string; asOf: string }; expected: ObligationStatus }[] = [
    { description: 'done on the last day → on time', input: { doneAt: '2026-11-05T23:00:00', asOf: '2026-11-30' }, expected: 'on-time' },
    { description: 'done the day after → late', input: { doneAt: '2026-11-06T00:00:00', asOf: '2026-11-30' }, expected: 'late' },
    { description: 'done after the day asked about → still missed then', input: { doneAt: '2026-11-08T00:00:00', asOf: '2026-11-07' }, expected: 'missed' },
    { description: 'not done, last day → open', input: { asOf: '2026-11-05' }, expected: 'open' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(obligationStatus(input.doneAt ? { window, doneAt: input.doneAt } : { window }, input.asOf)).toBe(expected);
  });
  it('a blank completion time completes nothing: after the last day it is missed', () => {
    expect(obligationStatus({ window, doneAt: '' }, '2026-11-30')).toBe('missed');
  });
  it('matches a stage by key or either label, never a blank one', () => {
    expect(isStageIn('handed-over', car.followUp.afterSalesStages)).toBe(true);
    expect(isStageIn('Handed over', car.followUp.afterSalesStages)).toBe(true);
    expect(isStageIn('交车', car.followUp.afterSalesStages)).toBe(true);
    expect(isStageIn('', car.followUp.afterSalesStages)).toBe(false);
    expect(isStageIn('交车', studio.followUp.afterSalesStages)).toBe(false);
  });
});

// Issue 13: the report holds the calls as a table of numbers (shared/sheet/call-table), the add-on as rows: both read alike.
describe('what is owed, read from the calls as a table', () => {
  // Photo studio, pickup on 11-04 (取件 opens the second follow-up): post-service owed 11-04 … 11-07 (001 "三天之内"), kept by
  // Wang's reached pickup call on 11-05; the second owed 11-12 … 11-19 (000 "一周後的7天以內"), kept by Li on 11-12 at a time typed by hand.
  const rows = [
    call('2026-11-05T10:00:00', { serviceDate: '2026-11-04', stage: 'pickup', agent: 'Wang' }),
    call('2026-11-12 10:00', { purpose: 'second-follow-up', agent: 'Li' }),
  ];
  const customers = [customer()];
  const expected = [
    { kind: 'post-service', since: '2026-11-04', window: { from: '2026-11-04', to: '2026-11-07' }, done: 0, doneDay: 20261105, stage: 'pickup' },
    { kind: 'second-follow-up', since: '2026-11-05', window: { from: '2026-11-12', to: '2026-11-19' }, done: 1, doneDay: 20261112, stage: 'pickup' },
  ];

  it('findObligations walks a table filled as the reader streams, handing each obligation on as numbers', () => {
    const builder = createCallTable();
    rows.forEach((row, i) => builder.add(row, i + 2));
    const table = builder.finish();
    const found: unknown[] = [];
    findObligations(table, studio, '2026-11-30', owedCustomers(customers, table), (_n, kind, since, w, done, doneDay, stage) =>
      found.push({ kind, since, window: w.window, done, doneDay, stage }));
    expect(found).toEqual(expected);
  });

  it('listFollowUpObligations still takes rows (the add-on\'s) and gives each completing call\'s time and agent as typed', () => {
    expect(listFollowUpObligations(customers, rows, studio, '2026-11-30').map((o) => [o.kind, o.doneAt, o.doneBy, o.status, o.stage])).toEqual([
      ['post-service', '2026-11-05T10:00:00', 'Wang', 'on-time', 'pickup'],
      ['second-follow-up', '2026-11-12 10:00', 'Li', 'on-time', 'pickup'],
    ]);
  });
});
