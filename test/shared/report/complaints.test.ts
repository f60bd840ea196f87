// Complaints of a month as they stood at month end: the summary, open complaints by age, the stage funnel and the trend.
import { describe, it, expect } from 'vitest';
import { complaintAsOf, summariseComplaintMonth } from '../../../shared/report/complaints';
import { defaultSettings } from '../../../shared/settings';
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

  it('received 5 in November; closed 3 in November whenever received', () => {
    expect(m.received).toBe(5);
    expect(m.closed).toBe(3);
  });

  it('summary of the 5 received, as of 30 November 23:59:59', () => {
    expect(m.summary).toEqual({
      count: 5,
      valid: { count: 2, share: 0.4 },
      sla: { met: 2, breached: 2, pending: 1, share: 0.5 },
      medianHoursToClose: 84,
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
    expect(m.open).toEqual({ count: 4, byAge: { under1Day: 1, days1to3: 1, days3to7: 0, over7Days: 2 } });
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

  it('suppresses the SLA share for few complaints', () => {
    const s = summariseComplaintMonth(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(s.trend[11]!.slaMet).toEqual({ n: 4, suppressed: true });
  });

  it('December sees P5 closed and three still open', () => {
    const dec = summariseComplaintMonth(d, '2026-12', settings, opts);
    expect(dec.received).toBe(0);
    expect(dec.closed).toBe(1);
    expect(dec.open.count).toBe(3);
  });
});
