// Complaints of a month as they stood at month end: the summary, open complaints by age, the stage funnel and the trend.
import { describe, it, expect } from 'vitest';
import { complaintAsOf, showsPareto, summariseComplaintMonth } from '../../../shared/report/complaints';
import { defaultSettings, withSetting } from '../../../shared/settings';
import { call, complaint, data } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 1, pseudonymiseAgents: false };

const P5 = complaint('P5', '2026-11-28T10:00:00', {
  category: 'late-delivery', firstResponseAt: '2026-11-28T11:00:00', judgedAt: '2026-11-29T09:00:00', valid: true,
  investigatedAt: '2026-12-02T09:00:00', stage: 'investigate', closedAt: '2026-12-10T09:00:00',
});
const d = data({
  complaints: [
    complaint('P1', '2026-11-02T10:00:00', {
      customerId: 'C1', firstResponseAt: '2026-11-02T12:00:00', judgedAt: '2026-11-03T10:00:00', valid: true,
      investigatedAt: '2026-11-04T10:00:00', proposedAt: '2026-11-05T10:00:00', implementedAt: '2026-11-06T10:00:00',
      reviewedAt: '2026-11-07T09:00:00', closedAt: '2026-11-07T10:00:00', stage: 'review',
    }),
    complaint('P2', '2026-11-10T10:00:00', {
      category: 'service-attitude', firstResponseAt: '2026-11-12T10:00:00', judgedAt: '2026-11-12T10:00:00', valid: false,
      closedAt: '2026-11-12T10:00:00', stage: 'judge',
    }),
    complaint('P3', '2026-11-20T10:00:00'),
    complaint('P4', '2026-11-30T20:00:00'),
    P5,
    complaint('P6', '2026-10-25T10:00:00', { closedAt: '2026-11-03T10:00:00' }),
    complaint('P7', '2026-10-20T10:00:00'),
  ],
  calls: [
    call('C1', '2026-11-08T10:00:00', { purpose: 'complaint-follow-up' }),
    call('C2', '2026-12-01T10:00:00', { purpose: 'complaint-follow-up', complaintId: 'P2' }), // after month end
  ],
});

describe('showsPareto: the Pareto is drawn only with enough complaints behind a "most" (report.minGroupSize)', () => {
  it.each([
    { description: 'five categories of one complaint each (the issue): no "most"', input: { complaints: 5, min: 6 }, expected: false },
    { description: 'exactly the minimum', input: { complaints: 5, min: 5 }, expected: true },
    { description: 'one fewer than the minimum', input: { complaints: 4, min: 5 }, expected: false },
    { description: 'no complaints at all', input: { complaints: 0, min: 1 }, expected: false },
  ])('$description', ({ input, expected }) => {
    expect(showsPareto(input.complaints, input.min)).toBe(expected);
  });
});

describe('complaintAsOf', () => {
  it('drops later times and rolls the stage back to the last one reached', () => {
    const c = complaintAsOf(P5, '2026-11-30T23:59:59');
    expect(c.stage).toBe('judge');
    expect(c.investigatedAt).toBeUndefined();
    expect(c.closedAt).toBeUndefined();
    expect(c.valid).toBe(true);
    expect(P5.stage).toBe('investigate');
  });
  it('a judgement made later is not yet known', () => {
    const c = complaintAsOf(P5, '2026-11-28T12:00:00');
    expect(c).toMatchObject({ stage: 'accept', firstResponseAt: '2026-11-28T11:00:00' });
    expect('valid' in c || 'judgedAt' in c).toBe(false);
  });
  it('leaves a complaint with nothing later untouched', () => {
    expect(complaintAsOf(P5, '2027-01-01T00:00:00')).toEqual(P5);
  });
});

describe('summariseComplaintMonth', () => {
  const m = summariseComplaintMonth(d, '2026-11', settings, opts);

  it('received 5 in November; closed 3 in November whenever received (P1, P2 and October\'s P6)', () => {
    expect(m.received).toBe(5);
    expect(m.closed).toBe(3);
  });

  it('the month object: exact counts and the median over the complaints closed in the month', () => {
    expect({
      received: m.received, closed: m.closed, open: m.open, firstResponseDue: m.firstResponseDue, firstResponseMet: m.firstResponseMet,
      firstResponsePending: m.firstResponsePending, medianHoursToClose: m.medianHoursToClose, closedWithFollowUp: m.closedWithFollowUp,
    }).toEqual({
      received: 5,
      closed: 3,
      // P3, P4, P5 (closed in December) and October's P7.
      open: 4,
      // Met: P1 (2 h), P5 (1 h); late: P2 (48 h), P3 (unanswered for 10 days); P4 (received 20:00 on the 30th) is pending.
      firstResponseDue: 4,
      firstResponseMet: 2,
      firstResponsePending: 1,
      // Closed in November: P2 48 h, P1 120 h, P6 (received 25 Oct 10:00, closed 3 Nov 10:00) 216 h → median 120.
      medianHoursToClose: 120,
      // P1 has a complaint follow-up on 8 Nov; P2's call is in December; P6 has none.
      closedWithFollowUp: 1,
    });
  });

  it('published figures at min group 1', () => {
    expect(m.published).toEqual({
      firstResponseMet: { n: 4, value: 0.5, suppressed: false },
      medianHoursToClose: { n: 3, value: 120, suppressed: false },
      closedWithFollowUp: { n: 3, value: 1 / 3, suppressed: false },
      valid: { n: 5, value: 0.4, suppressed: false },
      topCategory: { n: 5, value: 3 / 5, suppressed: false },
      parts: { closedWithFollowUp: 1, valid: 2 },
      pareto: true,
    });
  });

  it('summary of the 5 received, as of 30 November 23:59:59', () => {
    expect(m.summary).toEqual({
      count: 5,
      valid: { count: 2, share: 0.4 },
      sla: { met: 2, breached: 2, pending: 1, share: 0.5 },
      closed: 2,
      closedWithFollowUp: { count: 1, share: 0.5 },
      byCategory: [
        { category: 'pricing', count: 3, cumulativeShare: 0.6 },
        { category: 'late-delivery', count: 1, cumulativeShare: 0.8 },
        { category: 'service-attitude', count: 1, cumulativeShare: 1 },
      ],
      byStage: { accept: 2, judge: 1, investigate: 0, propose: 0, implement: 0, review: 0 },
      openByAge: { under1Day: 1, days1to3: 1, days3to7: 0, over7Days: 1 },
    });
  });

  it('open at month end includes older complaints still open', () => {
    expect(m.openByAge).toEqual({ under1Day: 1, days1to3: 1, days3to7: 0, over7Days: 2 });
  });

  it('funnel counts stage times set by month end', () => {
    expect(m.funnel).toEqual([
      { stage: 'accept', reached: 5 },
      { stage: 'judge', reached: 3 },
      { stage: 'investigate', reached: 1 },
      { stage: 'propose', reached: 1 },
      { stage: 'implement', reached: 1 },
      { stage: 'review', reached: 1 },
    ]);
  });

  it('trend: October 2 received, none met; November 2 of 4 decided met', () => {
    expect(m.trend).toHaveLength(12);
    expect(m.trend[10]).toEqual({ month: '2026-10', received: 2, closed: 0, slaMet: { n: 2, value: 0, suppressed: false } });
    expect(m.trend[11]).toEqual({ month: '2026-11', received: 5, closed: 3, slaMet: { n: 4, value: 0.5, suppressed: false } });
  });

  it('one small-sample rule: under 5 cases the shares and the median hide, the counts stay', () => {
    const s = summariseComplaintMonth(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(s.trend[11]!.slaMet).toEqual({ n: 4, suppressed: true });
    expect(s.published).toEqual({
      firstResponseMet: { n: 4, suppressed: true },
      medianHoursToClose: { n: 3, suppressed: true },
      closedWithFollowUp: { n: 3, suppressed: true },
      valid: { n: 5, value: 0.4, suppressed: false },
      topCategory: { n: 5, value: 3 / 5, suppressed: false },
      // The count behind a share is published only beside the share: "1 / 3" under a hidden share would give it away.
      parts: { closedWithFollowUp: undefined, valid: 2 },
      // Five complaints at a minimum of 5: exactly enough behind a "most".
      pareto: true,
    });
    expect([s.received, s.closed, s.open, s.firstResponseDue, s.firstResponseMet, s.medianHoursToClose]).toEqual([5, 3, 4, 4, 2, 120]);
  });

  it('December sees P5 closed (28 Nov 10:00 → 10 Dec 09:00 = 287 h) and three still open', () => {
    const dec = summariseComplaintMonth(d, '2026-12', settings, opts);
    expect(dec.received).toBe(0);
    expect(dec.closed).toBe(1);
    expect(dec.medianHoursToClose).toBe(287);
    expect(dec.open).toBe(3);
    expect([dec.firstResponseDue, dec.firstResponseMet, dec.firstResponsePending]).toEqual([0, 0, 0]);
  });

  it('no closures → no median, and the published one is suppressed', () => {
    const oct = summariseComplaintMonth(d, '2026-10', settings, opts);
    expect(oct.medianHoursToClose).toBeUndefined();
    expect(oct.published.medianHoursToClose).toEqual({ n: 0, suppressed: true });
  });
});

describe('first response per complaint received in the month, at the 24-hour edge', () => {
  // 004: "我们将及时响应客户的问题和反馈,并在24小时内给出初步回复" — 24:00:00 is within 24 h, 24:00:01 is not.
  const cases: { description: string; input: { receivedAt: string; firstResponseAt?: string }; expected: { due: number; met: number; pending: number } }[] = [
    { description: 'answered at 24:00:00 → met', input: { receivedAt: '2026-11-05T10:00:00', firstResponseAt: '2026-11-06T10:00:00' }, expected: { due: 1, met: 1, pending: 0 } },
    { description: 'answered at 24:00:01 → late', input: { receivedAt: '2026-11-05T10:00:00', firstResponseAt: '2026-11-06T10:00:01' }, expected: { due: 1, met: 0, pending: 0 } },
    { description: 'unanswered, 24:00:01 passed at month end → late', input: { receivedAt: '2026-11-29T23:59:58' }, expected: { due: 1, met: 0, pending: 0 } },
    { description: 'unanswered, exactly 24:00:00 at month end → pending, not late', input: { receivedAt: '2026-11-29T23:59:59' }, expected: { due: 0, met: 0, pending: 1 } },
    { description: 'received on the last evening, answered after month end → pending in its month', input: { receivedAt: '2026-11-30T20:00:00', firstResponseAt: '2026-12-01T09:00:00' }, expected: { due: 0, met: 0, pending: 1 } },
    { description: 'received on the last evening, answered that night → met', input: { receivedAt: '2026-11-30T20:00:00', firstResponseAt: '2026-11-30T21:00:00' }, expected: { due: 1, met: 1, pending: 0 } },
    { description: 'received in October, answered in November → not November\'s', input: { receivedAt: '2026-10-31T20:00:00', firstResponseAt: '2026-11-01T09:00:00' }, expected: { due: 0, met: 0, pending: 0 } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const one = data({ complaints: [complaint('E1', input.receivedAt, input.firstResponseAt ? { firstResponseAt: input.firstResponseAt } : {})] });
    const m = summariseComplaintMonth(one, '2026-11', settings, opts);
    expect({ due: m.firstResponseDue, met: m.firstResponseMet, pending: m.firstResponsePending }).toEqual(expected);
  });

  it('reads the limit from Settings', () => {
    const one = data({ complaints: [complaint('E1', '2026-11-05T10:00:00', { firstResponseAt: '2026-11-06T10:00:01' })] });
    const m = summariseComplaintMonth(one, '2026-11', withSetting(settings, 'complaint.firstResponseHours', 48), opts);
    expect(m.firstResponseMet).toBe(1);
  });
});
