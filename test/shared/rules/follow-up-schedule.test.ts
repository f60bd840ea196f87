// Follow-up due dates, windows and statuses, with every default day count pinned.
import { describe, it, expect } from 'vitest';
import {
  escalationDate, firstAfterSalesWindow, followUpStatus, isMember, isTimelyPostServiceCall,
  memberCoverage, nextServiceDate, postServiceDue, secondFollowUpWindow, type FollowUpStatus, cardHolders, coverageOfCardHolders,
} from '../../../shared/rules/follow-up-schedule';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { Call } from '../../../shared/schema/calls';
import type { Customer } from '../../../shared/schema/customers';

const settings = defaultSettings();

describe('isMember', () => {
  const cases: { description: string; input: Pick<Customer, 'memberCardNo' | 'cardIssued' | 'cardRecalled'>; expected: boolean }[] = [
    { description: 'no card number → not a member', input: {}, expected: false },
    { description: 'blank card number → not a member', input: { memberCardNo: '  ' }, expected: false },
    { description: 'card without an issue date → member', input: { memberCardNo: 'M1' }, expected: true },
    { description: 'issued on the day → member', input: { memberCardNo: 'M1', cardIssued: '2026-11-03' }, expected: true },
    { description: 'issued the day after → not yet', input: { memberCardNo: 'M1', cardIssued: '2026-11-04' }, expected: false },
    { description: 'recalled on the day → no longer', input: { memberCardNo: 'M1', cardIssued: '2026-01-01', cardRecalled: '2026-11-03' }, expected: false },
    { description: 'recalled the day after → still a member', input: { memberCardNo: 'M1', cardRecalled: '2026-11-04' }, expected: true },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isMember(input, '2026-11-03')).toBe(expected);
  });
});

describe('due dates', () => {
  const cases = [
    { description: 'post-service call due 3 days after', input: () => postServiceDue('2026-11-03', settings), expected: '2026-11-06' },
    { description: 'post-service due from a date-time', input: () => postServiceDue('2026-11-03T18:30:00', settings), expected: '2026-11-06' },
    { description: 'escalation 2 days after the call', input: () => escalationDate('2026-11-03T14:05:00', settings), expected: '2026-11-05' },
    { description: 'escalation across a month end', input: () => escalationDate('2026-02-27', settings), expected: '2026-03-01' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(input()).toBe(expected);
  });
});

describe('after-sales windows', () => {
  it('first follow-up 3–7 days after the service', () => {
    expect(firstAfterSalesWindow('2026-11-03', settings)).toEqual({ from: '2026-11-06', to: '2026-11-10' });
  });
  it('second follow-up 7–14 days after the first', () => {
    expect(secondFollowUpWindow('2026-11-06', settings)).toEqual({ from: '2026-11-13', to: '2026-11-20' });
  });
});

describe('nextServiceDate', () => {
  const cases: { description: string; input: Pick<Customer, 'lastVisit' | 'serviceCycleDays'>; expected: string | undefined }[] = [
    { description: 'no last visit → undefined', input: { serviceCycleDays: 90 }, expected: undefined },
    { description: 'own cycle of 90 days', input: { lastVisit: '2026-01-01', serviceCycleDays: 90 }, expected: '2026-04-01' },
    { description: 'photo-studio default of 365 days', input: { lastVisit: '2026-01-01' }, expected: '2027-01-01' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(nextServiceDate(input, settings)).toBe(expected);
  });
  it('car-service default of 180 days', () => {
    expect(nextServiceDate({ lastVisit: '2026-01-01' }, defaultSettings('car-service'))).toBe('2026-06-30');
  });
});

describe('followUpStatus', () => {
  const cases: { description: string; input: { due: string; done?: string }; expected: FollowUpStatus }[] = [
    { description: 'done before due → on-time', input: { due: '2026-11-06', done: '2026-11-05' }, expected: 'on-time' },
    { description: 'done on the due day → on-time', input: { due: '2026-11-06', done: '2026-11-06' }, expected: 'on-time' },
    { description: 'done late in the evening of the due day → on-time', input: { due: '2026-11-06', done: '2026-11-06T23:59:00' }, expected: 'on-time' },
    { description: 'done a day after due → late', input: { due: '2026-11-06', done: '2026-11-07' }, expected: 'late' },
    { description: 'not done, past due → overdue', input: { due: '2026-11-04' }, expected: 'overdue' },
    { description: 'not done, due today → due-today', input: { due: '2026-11-05' }, expected: 'due-today' },
    { description: 'not done, due tomorrow → upcoming', input: { due: '2026-11-06' }, expected: 'upcoming' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(followUpStatus(input, '2026-11-05')).toBe(expected);
  });
});

describe('isTimelyPostServiceCall', () => {
  const cases: { description: string; input: Pick<Call, 'serviceDate' | 'at'>; expected: boolean | undefined }[] = [
    { description: 'no service date → undefined', input: { at: '2026-11-03T10:00:00' }, expected: undefined },
    { description: 'same day → timely', input: { serviceDate: '2026-11-03', at: '2026-11-03T10:00:00' }, expected: true },
    { description: 'day 3 → timely', input: { serviceDate: '2026-11-03', at: '2026-11-06T23:00:00' }, expected: true },
    { description: 'day 4 → not timely', input: { serviceDate: '2026-11-03', at: '2026-11-07T08:00:00' }, expected: false },
    { description: 'before the service → not timely', input: { serviceDate: '2026-11-03', at: '2026-11-02T10:00:00' }, expected: false },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isTimelyPostServiceCall(input, settings)).toBe(expected);
  });
});

describe('thresholds come from Settings', () => {
  it('reads every day count', () => {
    expect(postServiceDue('2026-11-03', withSetting(settings, 'followUp.postServiceDays', 5))).toBe('2026-11-08');
    expect(isTimelyPostServiceCall({ serviceDate: '2026-11-03', at: '2026-11-07T08:00:00' },
      withSetting(settings, 'followUp.postServiceDays', 4))).toBe(true);
    expect(firstAfterSalesWindow('2026-11-03', withSetting(withSetting(settings, 'followUp.firstAfterSalesMinDays', 1),
      'followUp.firstAfterSalesMaxDays', 2))).toEqual({ from: '2026-11-04', to: '2026-11-05' });
    expect(secondFollowUpWindow('2026-11-06', withSetting(withSetting(settings, 'followUp.secondAfterFirstMinDays', 10),
      'followUp.secondAfterFirstMaxDays', 20))).toEqual({ from: '2026-11-16', to: '2026-11-26' });
    expect(nextServiceDate({ lastVisit: '2026-01-01' }, withSetting(settings, 'serviceCycleDays', 30))).toBe('2026-01-31');
    expect(escalationDate('2026-11-03', withSetting(settings, 'followUp.escalateAfterDays', 1))).toBe('2026-11-04');
  });
});

describe('memberCoverage', () => {
  const customer = (id: string, extra: Partial<Customer>): Customer => ({ id, name: id, phone: '13800000000', ...extra });
  const call = (customerId: string, at: string, extra: Partial<Call> = {}): Call => ({
    id: `${customerId}-${at}`, customerId, at, agent: 'A', channel: 'phone', purpose: 'post-service', reached: 'reached', ...extra,
  });
  const period = { from: '2026-11-01', to: '2026-11-30' };
  const customers: Customer[] = [
    customer('C1', { memberCardNo: 'M1' }),
    customer('C2', { memberCardNo: 'M2', cardIssued: '2026-11-30' }),
    customer('C3', { memberCardNo: 'M3', consent: false }),
    customer('C4', { memberCardNo: 'M4', cardRecalled: '2026-11-30' }),
    customer('C5', {}),
    customer('C6', { memberCardNo: 'M6', cardIssued: '2026-12-01' }),
    customer('C7', { memberCardNo: 'M7', consent: true }),
  ];

  const cases: { description: string; input: Call[]; expected: { members: number; covered: number; share: number | undefined } }[] = [
    { description: 'members: C1, C2, C7 (not refused, not recalled, issued by period end); nobody called', input: [], expected: { members: 3, covered: 0, share: 0 } },
    { description: 'reached on the first and last day counts', input: [call('C1', '2026-11-01T09:00:00'), call('C2', '2026-11-30T20:00:00')], expected: { members: 3, covered: 2, share: 2 / 3 } },
    { description: 'the day before and after the period do not', input: [call('C1', '2026-10-31T23:59:00'), call('C2', '2026-12-01T00:00:00')], expected: { members: 3, covered: 0, share: 0 } },
    { description: 'unreached and inbound calls do not count', input: [call('C1', '2026-11-10T10:00:00', { reached: 'no-answer' }), call('C2', '2026-11-10T10:00:00', { purpose: 'inbound' })], expected: { members: 3, covered: 0, share: 0 } },
    { description: 'non-members do not count; several calls to one member count once', input: [call('C5', '2026-11-10T10:00:00'), call('C3', '2026-11-10T10:00:00'), call('C7', '2026-11-10T10:00:00'), call('C7', '2026-11-11T10:00:00', { purpose: 'greeting' })], expected: { members: 3, covered: 1, share: 1 / 3 } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(memberCoverage(customers, input, period)).toEqual(expected);
  });

  it('no members → share undefined', () => {
    expect(memberCoverage([customer('C5', {})], [], period)).toEqual({ members: 0, covered: 0, share: undefined });
  });

  // Card holders listed once and counted for many periods: "issued on or before that day, not yet recalled" on each period's last day.
  it.each([
    { description: 'recalled on the day it was issued: never a member', card: { cardIssued: '2026-11-10', cardRecalled: '2026-11-10' }, expected: [0, 0, 0] },
    { description: 'recalled before it was issued: never a member', card: { cardIssued: '2026-11-10', cardRecalled: '2026-10-01' }, expected: [0, 0, 0] },
    { description: 'issued in November, recalled in December: a member at the end of November only', card: { cardIssued: '2026-11-10', cardRecalled: '2026-12-05' }, expected: [0, 1, 0] },
    { description: 'undated, recalled on 30 November: a member at the end of October only', card: { cardRecalled: '2026-11-30' }, expected: [1, 0, 0] },
    { description: 'undated, never recalled: always', card: {}, expected: [1, 1, 1] },
  ])('$description', ({ card, expected }) => {
    const holders = cardHolders([customer('C1', { memberCardNo: 'M1', ...card }), customer('C1', { memberCardNo: 'M1', ...card })]);
    const ends = ['2026-10-31', '2026-11-30', '2026-12-31'];
    const reached = (to: string) => [call('C1', `${to}T10:00:00`)];
    expect(ends.map((to) => coverageOfCardHolders(holders, reached(to), { from: to, to }).members)).toEqual(expected.map((n) => n * 2));
    expect(ends.map((to) => coverageOfCardHolders(holders, reached(to), { from: to, to }).covered)).toEqual(expected.map((n) => n * 2));
  });
});
