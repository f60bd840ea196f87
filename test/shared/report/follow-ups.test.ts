// Follow-ups for a month: member coverage, post-service timeliness, agents' work, overdue counts as of month end, trend.
import { describe, it, expect } from 'vitest';
import { summariseFollowUps } from '../../../shared/report/follow-ups';
import { defaultSettings } from '../../../shared/settings';
import { call, customer, data } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 1, pseudonymiseAgents: false };

const d = data({
  customers: [
    customer('M1', { memberCardNo: 'V1', assignedAgent: 'Wang', lastVisit: '2026-11-20' }),
    customer('M2', { memberCardNo: 'V2', cardIssued: '2026-12-05', assignedAgent: 'Li', lastVisit: '2026-11-10' }),
    customer('M3', { memberCardNo: 'V3', consent: false, lastVisit: '2026-11-10' }),
    customer('M4', { memberCardNo: 'V4', lastVisit: '2026-10-30' }), // 31 days before month end: no longer chased
    customer('M5', { memberCardNo: 'V5', lastVisit: '2026-11-01' }), // 29 days: overdue, unassigned
    customer('M6', { memberCardNo: 'V6', assignedAgent: 'Wang', lastVisit: '2026-11-28' }), // due 12-01: not yet
    customer('M7', { lastVisit: '2026-11-05' }), // an unanswered attempt still counts as the call
    customer('S1', { assignedAgent: 'Wang' }),
    customer('S2'),
    customer('S3'),
    customer('S5', { assignedAgent: 'Li' }),
  ],
  calls: [
    call('M1', '2026-11-22T10:00:00', { agent: 'Wang', serviceDate: '2026-11-20' }),
    call('M4', '2026-11-15T10:00:00', { agent: 'Li', purpose: 'greeting' }),
    call('M6', '2026-11-29T10:00:00', { agent: 'Wang', purpose: 'inbound' }),
    call('M7', '2026-11-06T10:00:00', { agent: 'Li', reached: 'no-answer' }),
    call('S1', '2026-11-01T10:00:00', { agent: 'Wang', serviceDate: '2026-10-30' }),
    call('S2', '2026-11-02T10:00:00', { agent: 'Li', serviceDate: '2026-10-25' }),
    call('S2', '2026-11-20T10:00:00', { agent: 'Li', purpose: 'second-follow-up' }),
    call('S3', '2026-11-03T10:00:00', { agent: 'Wang', serviceDate: '2026-11-01', reached: 'no-answer' }),
    call('S4', '2026-11-03T10:00:00', { agent: 'Wang' }),
    call('S4', '2026-11-05T10:00:00', { agent: 'Wang', purpose: 'second-follow-up' }), // before the window: too early
    call('S5', '2026-11-10T10:00:00', { agent: 'Li', serviceDate: '2026-11-09' }),
    call('S5', '2026-12-02T10:00:00', { agent: 'Li', purpose: 'second-follow-up' }), // after month end: unknown in November
  ],
});

describe('summariseFollowUps', () => {
  const s = summariseFollowUps(d, '2026-11', settings, opts);

  it('member coverage: 4 members at month end (not yet issued, refused contact left out), 2 reached by outgoing calls', () => {
    expect(s.memberCoverage).toEqual({ n: 4, value: 0.5, suppressed: false, members: 4, covered: 2 });
  });

  it('post-service timeliness over calls naming a service date: 4 of 5', () => {
    expect(s.postServiceTimely).toEqual({ n: 5, value: 0.8, suppressed: false, timely: 4, measured: 5 });
  });

  it('by agent: calls, reached and timeliness of their own post-service calls', () => {
    expect(s.byAgent).toEqual([
      { agent: 'Li', calls: 5, reached: 4, timely: { n: 2, value: 0.5, suppressed: false } },
      { agent: 'Wang', calls: 6, reached: 5, timely: { n: 3, value: 1, suppressed: false } },
    ]);
  });

  it('overdue as of 30 November: 2 post-service, 3 second follow-ups, by assigned agent with unassigned last', () => {
    expect(s.overdue).toEqual({
      postService: 2,
      secondFollowUp: 3,
      byAgent: [{ agent: 'Li', count: 2 }, { agent: 'Wang', count: 1 }, { agent: 'unassigned', count: 2 }],
    });
  });

  it('a month later the December call settles one and another window has closed', () => {
    const dec = summariseFollowUps(d, '2026-12', settings, opts);
    expect(dec.overdue.postService).toBe(0);
    expect(dec.overdue.secondFollowUp).toBe(3);
    expect(dec.overdue.byAgent).toEqual([{ agent: 'Wang', count: 2 }, { agent: 'unassigned', count: 1 }]);
  });

  it('pseudonymises agents, but not "unassigned"', () => {
    const p = summariseFollowUps(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: true });
    expect(p.byAgent.map((a) => a.agent)).toEqual(['客服 A', '客服 B']);
    expect(p.overdue.byAgent.map((a) => a.agent)).toEqual(['客服 A', '客服 B', 'unassigned']);
  });

  it('suppresses small groups', () => {
    const p = summariseFollowUps(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(p.memberCoverage).toEqual({ n: 4, suppressed: true, members: 4, covered: 2 });
    expect(p.postServiceTimely).toEqual({ n: 5, value: 0.8, suppressed: false, timely: 4, measured: 5 });
    expect(p.byAgent.map((a) => a.timely.suppressed)).toEqual([true, true]);
  });

  it('trend: 12 months, October with 4 members and nobody reached', () => {
    expect(s.trend).toHaveLength(12);
    expect(s.trend[10]).toEqual({ month: '2026-10', coverage: { n: 4, value: 0, suppressed: false }, timely: { n: 0, suppressed: true } });
    expect(s.trend[11]).toEqual({ month: '2026-11', coverage: { n: 4, value: 0.5, suppressed: false }, timely: { n: 5, value: 0.8, suppressed: false } });
  });
});
