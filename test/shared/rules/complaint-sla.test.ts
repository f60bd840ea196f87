// Complaint SLA and the complaints summary; the 24-hour limit and the age buckets pinned at their edges.
import { describe, it, expect } from 'vitest';
import {
  complaintAgeHours, complaintFollowUpDue, complaintFollowUps, firstResponseHours, followUpAfterCloseAt, firstResponseHoursLeft, firstResponseSla, hasFollowUpAfterClose, hoursToClose, summariseComplaints, type SlaStatus,
} from '../../../shared/rules/complaint-sla';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { Call } from '../../../shared/schema/calls';
import type { Complaint } from '../../../shared/schema/complaints';

const settings = defaultSettings();

const complaint = (id: string, extra: Partial<Complaint> = {}): Complaint => ({
  id, customerId: 'C1', receivedAt: '2026-11-03T10:00:00', channel: 'phone', category: 'pricing', content: '…', stage: 'accept', ...extra,
});
const call = (id: string, at: string, extra: Partial<Call> = {}): Call => ({
  id, customerId: 'C1', at, agent: 'A', channel: 'phone', purpose: 'complaint-follow-up', reached: 'reached', ...extra,
});

describe('firstResponseSla', () => {
  const cases: { description: string; input: { firstResponseAt?: string; now: string }; expected: SlaStatus }[] = [
    { description: 'responded after 1 h → met', input: { firstResponseAt: '2026-11-03T11:00:00', now: '2026-11-10T00:00:00' }, expected: 'met' },
    // 004: "我们将及时响应客户的问题和反馈,并在24小时内给出初步回复" — within 24 h includes 24:00:00.
    { description: 'responded at exactly 24:00:00 → met', input: { firstResponseAt: '2026-11-04T10:00:00', now: '2026-11-10T00:00:00' }, expected: 'met' },
    { description: 'responded at 24:00:01 → breached', input: { firstResponseAt: '2026-11-04T10:00:01', now: '2026-11-10T00:00:00' }, expected: 'breached' },
    { description: 'responded at 24 h + 1 min → breached', input: { firstResponseAt: '2026-11-04T10:01:00', now: '2026-11-10T00:00:00' }, expected: 'breached' },
    { description: 'no response, 24:00:00 elapsed → pending (still within the limit)', input: { now: '2026-11-04T10:00:00' }, expected: 'pending' },
    { description: 'no response, 24:00:01 elapsed → breached', input: { now: '2026-11-04T10:00:01' }, expected: 'breached' },
    { description: 'no response, 24 h + 1 min elapsed → breached', input: { now: '2026-11-04T10:01:00' }, expected: 'breached' },
    { description: 'no response, just received → pending', input: { now: '2026-11-03T10:00:00' }, expected: 'pending' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const c = complaint('K1', input.firstResponseAt ? { firstResponseAt: input.firstResponseAt } : {});
    expect(firstResponseSla(c, settings, input.now)).toBe(expected);
  });

  it('reads the limit from Settings', () => {
    const s = withSetting(settings, 'complaint.firstResponseHours', 48);
    expect(firstResponseSla(complaint('K1', { firstResponseAt: '2026-11-04T10:01:00' }), s, '2026-11-10T00:00:00')).toBe('met');
    expect(firstResponseSla(complaint('K1'), s, '2026-11-05T10:00:00')).toBe('pending');
    expect(firstResponseSla(complaint('K1'), s, '2026-11-05T10:01:00')).toBe('breached');
  });
});

describe('hours', () => {
  const cases = [
    { description: 'first response in 1.5 h', input: () => firstResponseHours(complaint('K', { firstResponseAt: '2026-11-03T11:30:00' })), expected: 1.5 },
    { description: 'no first response → undefined', input: () => firstResponseHours(complaint('K')), expected: undefined },
    { description: 'closed after 2 days', input: () => hoursToClose(complaint('K', { closedAt: '2026-11-05T10:00:00' })), expected: 48 },
    { description: 'open → no hours to close', input: () => hoursToClose(complaint('K')), expected: undefined },
    { description: 'open complaint aged 26 h', input: () => complaintAgeHours(complaint('K'), '2026-11-04T12:00:00'), expected: 26 },
    { description: 'closed complaint has no age', input: () => complaintAgeHours(complaint('K', { closedAt: '2026-11-04T10:00:00' }), '2026-11-09T00:00:00'), expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(input()).toBe(expected);
  });
});

describe('hasFollowUpAfterClose', () => {
  const closed = complaint('K1', { closedAt: '2026-11-05T10:00:00', stage: 'review' });
  const cases: { description: string; input: { c: Complaint; calls: Call[] }; expected: boolean }[] = [
    { description: 'open complaint → false even with a call', input: { c: complaint('K1'), calls: [call('X', '2026-11-06T10:00:00')] }, expected: false },
    { description: 'no calls → false', input: { c: closed, calls: [] }, expected: false },
    { description: 'complaint follow-up at the closing minute → true', input: { c: closed, calls: [call('X', '2026-11-05T10:00:00')] }, expected: true },
    { description: 'complaint follow-up a minute before closing → false', input: { c: closed, calls: [call('X', '2026-11-05T09:59:00')] }, expected: false },
    { description: 'a call naming the complaint, any purpose, other customer → true', input: { c: closed, calls: [call('X', '2026-11-06T10:00:00', { customerId: 'C9', purpose: 'greeting', complaintId: 'K1' })] }, expected: true },
    { description: 'same customer but not a complaint follow-up → false', input: { c: closed, calls: [call('X', '2026-11-06T10:00:00', { purpose: 'greeting' })] }, expected: false },
    { description: 'complaint follow-up to another customer → false', input: { c: closed, calls: [call('X', '2026-11-06T10:00:00', { customerId: 'C2' })] }, expected: false },
    { description: 'anonymous complaint matched only by complaint id', input: { c: { ...closed, customerId: undefined }, calls: [call('X', '2026-11-06T10:00:00')] }, expected: false },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(hasFollowUpAfterClose(input.c, input.calls)).toBe(expected);
  });
});

describe('followUpAfterCloseAt', () => {
  // The instant hasFollowUpAfterClose's first qualifying call was made: a report then asks "by this month's end?" without the calls.
  const closed = complaint('K1', { closedAt: '2026-11-05T10:00:00', stage: 'review' });
  const ms = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), Number(iso.slice(11, 13)), Number(iso.slice(14, 16)));
  const cases: { description: string; input: { c: Complaint; calls: Call[] }; expected: number | undefined }[] = [
    { description: 'open complaint → none even with a call', input: { c: complaint('K1'), calls: [call('X', '2026-11-06T10:00:00')] }, expected: undefined },
    { description: 'a follow-up before closing does not count → none', input: { c: closed, calls: [call('X', '2026-11-05T09:59:00')] }, expected: undefined },
    { description: 'the earliest qualifying call, whatever the sheet order: 6 Nov beats 9 Nov', input: { c: closed, calls: [call('X', '2026-11-09T08:00:00'), call('Y', '2026-11-06T10:00:00', { customerId: 'C9', purpose: 'greeting', complaintId: 'K1' })] }, expected: ms('2026-11-06T10:00') },
    { description: 'at the closing minute counts', input: { c: closed, calls: [call('X', '2026-11-05T10:00:00')] }, expected: ms('2026-11-05T10:00') },
    { description: 'an earlier call to the same customer that is no complaint follow-up is passed over', input: { c: closed, calls: [call('X', '2026-11-05T11:00:00', { purpose: 'greeting' }), call('Y', '2026-11-07T10:00:00')] }, expected: ms('2026-11-07T10:00') },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(followUpAfterCloseAt(input.c, input.calls)).toBe(expected);
    expect(hasFollowUpAfterClose(input.c, input.calls)).toBe(expected !== undefined);
  });
});

describe('summariseComplaints', () => {
  const now = '2026-11-20T10:00:00';
  const complaints: Complaint[] = [
    // Closed, valid, met, followed up; closed in 24 h.
    complaint('K1', { category: 'pricing', valid: true, stage: 'review', firstResponseAt: '2026-11-03T12:00:00', closedAt: '2026-11-04T10:00:00' }),
    // Closed, invalid, breached, no follow-up; closed in 72 h.
    complaint('K2', { category: 'photo-quality', valid: false, stage: 'judge', firstResponseAt: '2026-11-04T10:01:00', closedAt: '2026-11-06T10:00:00' }),
    // Closed, valid, met; closed in 120 h.
    complaint('K3', { customerId: 'C3', category: 'pricing', valid: true, stage: 'review', firstResponseAt: '2026-11-03T10:30:00', closedAt: '2026-11-08T10:00:00' }),
    // Open, received just now → pending, under a day.
    complaint('K4', { customerId: 'C4', category: 'late-delivery', receivedAt: '2026-11-20T09:00:00', stage: 'accept' }),
    // Open, exactly 1 day → days1to3; unanswered at exactly 24 h is still pending.
    complaint('K5', { customerId: 'C5', category: 'pricing', receivedAt: '2026-11-19T10:00:00', stage: 'investigate', valid: true }),
    // Open, exactly 3 days → days3to7, responded in time.
    complaint('K6', { customerId: 'C6', category: 'photo-quality', receivedAt: '2026-11-17T10:00:00', stage: 'investigate', firstResponseAt: '2026-11-17T11:00:00' }),
    // Open, exactly 7 days → over7Days.
    complaint('K7', { customerId: 'C7', category: 'other', receivedAt: '2026-11-13T10:00:00', stage: 'propose', firstResponseAt: '2026-11-13T11:00:00' }),
  ];
  const calls: Call[] = [call('F1', '2026-11-05T10:00:00', { complaintId: 'K1' }), call('F3', '2026-11-07T10:00:00', { customerId: 'C3' })];
  const summary = summariseComplaints(complaints, calls, settings, now);

  const cases = [
    { description: 'count', input: summary.count, expected: 7 },
    { description: 'valid count and share of all', input: summary.valid, expected: { count: 3, share: 3 / 7 } },
    { description: 'SLA: met over met+breached', input: summary.sla, expected: { met: 4, breached: 1, pending: 2, share: 4 / 5 } },
    { description: 'closed', input: summary.closed, expected: 3 },
    { description: 'the call before closing does not count', input: summary.closedWithFollowUp, expected: { count: 1, share: 1 / 3 } },
    {
      description: 'Pareto by count desc, ties by category',
      input: summary.byCategory,
      expected: [
        { category: 'pricing', count: 3, cumulativeShare: 3 / 7 },
        { category: 'photo-quality', count: 2, cumulativeShare: 5 / 7 },
        { category: 'late-delivery', count: 1, cumulativeShare: 6 / 7 },
        { category: 'other', count: 1, cumulativeShare: 1 },
      ],
    },
    { description: 'open complaints by stage', input: summary.byStage, expected: { accept: 1, judge: 0, investigate: 2, propose: 1, implement: 0, review: 0 } },
    { description: 'open by age: day edges go to the older bucket', input: summary.openByAge, expected: { under1Day: 1, days1to3: 1, days3to7: 1, over7Days: 1 } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(input).toEqual(expected);
  });

  it('an empty register gives zeros and undefined shares', () => {
    expect(summariseComplaints([], [], settings, now)).toEqual({
      count: 0,
      valid: { count: 0, share: undefined },
      sla: { met: 0, breached: 0, pending: 0, share: undefined },
      closed: 0,
      closedWithFollowUp: { count: 0, share: undefined },
      byCategory: [],
      byStage: { accept: 0, judge: 0, investigate: 0, propose: 0, implement: 0, review: 0 },
      openByAge: { under1Day: 0, days1to3: 0, days3to7: 0, over7Days: 0 },
    });
  });

  it('a report that worked out each loop itself passes whether it is closed: K1 and K3 of the three closed', () => {
    const s = summariseComplaints(complaints, (c) => c.id === 'K1' || c.id === 'K3' || c.id === 'K4', settings, now);
    expect(s.closedWithFollowUp).toEqual({ count: 2, share: 2 / 3 });
  });

  it('reads the SLA limit from Settings', () => {
    // At 1 h: K1 (2 h) and K5 (waiting 24 h) breach; K4, waiting exactly 1 h, is still pending.
    const s = withSetting(settings, 'complaint.firstResponseHours', 1);
    expect(summariseComplaints(complaints, calls, s, now).sla).toEqual({ met: 3, breached: 3, pending: 1, share: 3 / 6 });
  });

  it('does not mutate its inputs', () => {
    const before = JSON.stringify([complaints, calls]);
    summariseComplaints(complaints, calls, settings, now);
    expect(JSON.stringify([complaints, calls])).toBe(before);
  });
});

describe('firstResponseHoursLeft', () => {
  // 004: "在24小时内给出初步回复": the clock runs from receipt to the first response, then stops.
  const cases: { description: string; input: { firstResponseAt?: string; now: string }; expected: number | undefined }[] = [
    { description: 'just received → 24 h left', input: { now: '2026-11-03T10:00:00' }, expected: 24 },
    { description: '20 h 30 min in → 3.5 h left', input: { now: '2026-11-04T06:30:00' }, expected: 3.5 },
    { description: 'exactly 24 h → 0 left, not yet late', input: { now: '2026-11-04T10:00:00' }, expected: 0 },
    { description: '26 h in → 2 h over', input: { now: '2026-11-04T12:00:00' }, expected: -2 },
    { description: 'responded → the clock has stopped', input: { firstResponseAt: '2026-11-03T11:00:00', now: '2026-11-09T10:00:00' }, expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const c = complaint('K1', input.firstResponseAt ? { firstResponseAt: input.firstResponseAt } : {});
    expect(firstResponseHoursLeft(c, settings, input.now)).toBe(expected);
  });

  it('reads the limit from Settings', () => {
    expect(firstResponseHoursLeft(complaint('K1'), withSetting(settings, 'complaint.firstResponseHours', 48), '2026-11-04T10:00:00')).toBe(24);
  });
});

describe('complaintFollowUpDue', () => {
  // 001: "有投诉即时受理, 迅速有结果, 处理后有回访" and "回访…必须保证在三天之内完成": the call after closing is due
  // within the post-service follow-up days (Settings followUp.postServiceDays) of the close.
  const cases: { description: string; input: Partial<Complaint>; expected: string | undefined }[] = [
    { description: 'open → nothing due yet', input: {}, expected: undefined },
    { description: 'closed 2026-11-05 18:30 → due 2026-11-08', input: { closedAt: '2026-11-05T18:30:00' }, expected: '2026-11-08' },
    { description: 'closed on the last of the month → due in the next', input: { closedAt: '2026-11-30T09:00:00' }, expected: '2026-12-03' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(complaintFollowUpDue(complaint('K1', input), settings)).toBe(expected);
  });

  it('reads the days from Settings', () => {
    expect(complaintFollowUpDue(complaint('K1', { closedAt: '2026-11-05T18:30:00' }), withSetting(settings, 'followUp.postServiceDays', 1))).toBe('2026-11-06');
  });
});

describe('complaintFollowUps', () => {
  // 001 "处理后有回访": owed for every closed complaint with a customer, until a call after closing (hasFollowUpAfterClose).
  const closed = complaint('K1', { closedAt: '2026-11-05T18:30:00', stage: 'review' });
  const cases: { description: string; input: { complaints: Complaint[]; calls: Call[] }; expected: { complaintId: string; customerId: string; due: string; done: boolean }[] }[] = [
    { description: 'closed, no call since → owed by close + 3 days', input: { complaints: [closed], calls: [] },
      expected: [{ complaintId: 'K1', customerId: 'C1', due: '2026-11-08', done: false }] },
    { description: 'a complaint follow-up call after closing → done', input: { complaints: [closed], calls: [call('H1', '2026-11-06T10:00:00')] },
      expected: [{ complaintId: 'K1', customerId: 'C1', due: '2026-11-08', done: true }] },
    { description: 'a call before closing does not count', input: { complaints: [closed], calls: [call('H1', '2026-11-05T09:00:00')] },
      expected: [{ complaintId: 'K1', customerId: 'C1', due: '2026-11-08', done: false }] },
    { description: 'open, or closed without a customer → nothing owed', input: { complaints: [complaint('K2'), complaint('K3', { customerId: undefined, closedAt: '2026-11-05T18:30:00' })], calls: [] },
      expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(complaintFollowUps(input.complaints, input.calls, settings)).toEqual(expected);
  });
});
