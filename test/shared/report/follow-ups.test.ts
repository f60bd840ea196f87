// Follow-ups for a month: coverage, post-service and after-sales kept on time, second follow-ups missed and due (distinct customers), escalations, agents, trend.
import { describe, it, expect } from 'vitest';
import { summariseFollowUps } from '../../../shared/report/follow-ups';
import { defaultSettings } from '../../../shared/settings';
import { call, customer, data } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 1, pseudonymiseAgents: false };
const pickup = { stage: 'pickup' };

// Windows by hand (photo studio: post-service day 0–3, 001 "三天之内"; second 7–14 days after a reached 取件 call, 000).
const d = data({
  customers: [
    customer('M1', { memberCardNo: 'V1', assignedAgent: 'Wang', lastVisit: '2026-11-20' }), // 11-20…11-23, reached 11-22: on time
    customer('M2', { memberCardNo: 'V2', cardIssued: '2026-12-05', assignedAgent: 'Li', lastVisit: '2026-11-10' }), // 11-10…11-13: missed
    customer('M3', { memberCardNo: 'V3', consent: false, lastVisit: '2026-11-10' }), // refused contact: owed nothing
    customer('M4', { memberCardNo: 'V4', lastVisit: '2026-10-30' }), // 10-30…11-02, greeting reached 11-15: late
    customer('M5', { memberCardNo: 'V5', lastVisit: '2026-11-01' }), // 11-01…11-04: missed
    customer('M6', { memberCardNo: 'V6', assignedAgent: 'Wang', lastVisit: '2026-11-28' }), // 11-28…12-01: a December figure
    customer('M7', { lastVisit: '2026-11-05' }), // 11-05…11-08, only an unanswered call: missed
    customer('S1', { assignedAgent: 'Wang' }),
    customer('S2'),
    customer('S3'),
    customer('S5', { assignedAgent: 'Li' }),
    customer('S6'),
    customer('S7'),
    customer('S8'),
    customer('E1'),
    customer('E2'),
    customer('E3'),
  ],
  calls: [
    call('M1', '2026-11-22T10:00:00', { agent: 'Wang', serviceDate: '2026-11-20' }),
    call('M4', '2026-11-15T10:00:00', { agent: 'Li', purpose: 'greeting' }),
    call('M6', '2026-11-29T10:00:00', { agent: 'Wang', purpose: 'inbound' }), // inbound never completes a post-service call
    call('M7', '2026-11-06T10:00:00', { agent: 'Li', reached: 'no-answer' }),
    call('S1', '2026-11-01T10:00:00', { agent: 'Wang', serviceDate: '2026-10-30', ...pickup }), // day 2: on time; second 11-08…11-15 missed
    call('S2', '2026-11-02T10:00:00', { agent: 'Li', serviceDate: '2026-10-25', ...pickup }), // an October obligation; second 11-09…11-16
    call('S2', '2026-11-14T10:00:00', { agent: 'Li', purpose: 'second-follow-up' }), // second kept on time
    call('S3', '2026-11-03T10:00:00', { agent: 'Wang', serviceDate: '2026-11-01', reached: 'no-answer', ...pickup }), // missed, opens no second
    call('S4', '2026-11-03T10:00:00', { agent: 'Wang', serviceDate: '2026-11-01' }), // not in the archive: owed nothing
    call('S5', '2026-11-10T10:00:00', { agent: 'Li', serviceDate: '2026-11-09', ...pickup }), // on time; second 11-17…11-24
    call('S5', '2026-12-02T10:00:00', { agent: 'Li', purpose: 'second-follow-up' }), // after the window: November's miss stands
    call('S6', '2026-11-20T10:00:00', { agent: 'Wang', serviceDate: '2026-11-19', ...pickup }), // second 11-27…12-04: open at month end
    call('S7', '2026-11-18T10:00:00', { agent: 'Wang', serviceDate: '2026-11-18', ...pickup }), // second 11-25…12-02
    call('S7', '2026-11-26T10:00:00', { agent: 'Wang', purpose: 'second-follow-up' }), // kept before month end
    call('S8', '2026-11-25T10:00:00', { agent: 'Wang', serviceDate: '2026-11-24', ...pickup }), // second 12-02…12-09: not open yet
    call('E1', '2026-11-10T10:00:00', { agent: 'Wang', purpose: 'inbound', promisedAnswerDate: '2026-11-11' }), // nothing after: escalated
    call('E2', '2026-11-20T10:00:00', { agent: 'Li', purpose: 'inbound', promisedAnswerDate: '2026-11-21' }),
    call('E2', '2026-11-21T10:00:00', { agent: 'Li', purpose: 'complaint-follow-up' }), // settled the next day
    call('E3', '2026-11-29T10:00:00', { agent: 'Wang', purpose: 'inbound', promisedAnswerDate: '2026-11-30' }), // limit 12-01: December
  ],
});

describe('summariseFollowUps', () => {
  const s = summariseFollowUps(d, '2026-11', settings, opts);

  it('member coverage: 4 members at month end (not yet issued, refused contact left out), 2 reached by outgoing calls', () => {
    expect(s.memberCoverage).toEqual({ n: 4, value: 0.5, suppressed: false, members: 4, covered: 2 });
  });

  it('post-service calls due in November: 11 (M1 M2 M4 M5 M7 S1 S3 S5 S6 S7 S8), 6 on time (M1 S1 S5 S6 S7 S8)', () => {
    expect([s.postServiceDue, s.postServiceOnTime]).toEqual([11, 6]);
    expect(s.postServiceTimely).toEqual({ n: 11, value: 6 / 11, suppressed: false });
    expect(s.afterSales).toBeUndefined(); // a photo studio lists no after-sales stage
  });

  it('second follow-ups: S1 and S5 missed in November, S6 open at month end (S7 kept, S8 not open yet)', () => {
    expect(s.secondMissedCustomers).toBe(2);
    expect(s.secondDueCustomers).toBe(1);
  });

  it('escalations: E1 unsettled two days after the promise; E2 settled; E3 falls in December', () => {
    expect(s.escalated).toBe(1);
  });

  it('by agent: calls and reached in the month; timely = of the follow-ups due that the agent kept, on time', () => {
    expect(s.byAgent).toEqual([
      { agent: 'Li', calls: 7, reached: 6, timely: { n: 2, value: 0.5, suppressed: false } }, // S5 on time, M4 late
      // M1 M6 S1 S3 S4 S6 S7 S7 S8 E1 E3, S3 unanswered (S4's call is work done, though S4 is not in the archive); kept M1 S1 S6 S7 S8
      { agent: 'Wang', calls: 11, reached: 10, timely: { n: 5, value: 1, suppressed: false } },
    ]);
  });

  it('missed in November: 7 distinct customers, by assigned agent with unassigned last', () => {
    expect(s.missed).toEqual({
      customers: 7,
      byAgent: [{ agent: 'Li', count: 2 }, { agent: 'Wang', count: 1 }, { agent: 'unassigned', count: 4 }],
      // Second follow-ups alone (for 需要跟进): S1's window 11-08…11-15 and S5's 11-17…11-24 ended unkept.
      secondByAgent: [{ agent: 'Li', count: 1 }, { agent: 'Wang', count: 1 }],
    });
  });

  it('December: M6 missed (inbound only), S6 and S8 second windows missed, E3 escalated; nothing open at month end', () => {
    const dec = summariseFollowUps(d, '2026-12', settings, opts);
    expect([dec.postServiceDue, dec.postServiceOnTime]).toEqual([1, 0]);
    expect([dec.secondMissedCustomers, dec.secondDueCustomers, dec.escalated]).toEqual([2, 0, 1]);
  });

  it('an old miss stays in its own month: January counts nothing', () => {
    const jan = summariseFollowUps(d, '2027-01', settings, opts);
    expect([jan.postServiceDue, jan.secondMissedCustomers, jan.secondDueCustomers, jan.escalated, jan.missed.customers]).toEqual([0, 0, 0, 0, 0]);
  });

  it('pseudonymises agents, but not "unassigned"', () => {
    const p = summariseFollowUps(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: true });
    expect(p.byAgent.map((a) => a.agent)).toEqual(['客服 A', '客服 B']);
    expect(p.missed.byAgent.map((a) => a.agent)).toEqual(['客服 A', '客服 B', 'unassigned']);
  });

  it('suppresses small groups', () => {
    const p = summariseFollowUps(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(p.memberCoverage).toEqual({ n: 4, suppressed: true, members: 4, covered: 2 });
    expect(p.postServiceTimely).toEqual({ n: 11, value: 6 / 11, suppressed: false });
    // The 6 on time are published beside their share; at a minimum of 12 the share hides, and the 6 with it.
    expect(p.publishedOnTime).toEqual({ postService: 6, afterSales: undefined });
    expect(summariseFollowUps(d, '2026-11', settings, { minGroupSize: 12, pseudonymiseAgents: false }).publishedOnTime).toEqual({ postService: undefined, afterSales: undefined });
    // Li kept one follow-up (S5), under 5; Wang is the only sibling, and the 6 on time overall minus Wang's would give
    // Li's, so Wang's share is withheld too — and neither publishes how many it kept.
    expect(p.byAgent.map((a) => [a.agent, a.timely])).toEqual([['Li', { suppressed: true, withheld: true }], ['Wang', { suppressed: true, withheld: true }]]);
  });

  it('trend: 12 months; October has S2 due (reached on day 8: late) and 4 members nobody reached', () => {
    expect(s.trend).toHaveLength(12);
    expect(s.trend[10]).toEqual({ month: '2026-10', coverage: { n: 4, value: 0, suppressed: false }, timely: { n: 1, value: 0, suppressed: false } });
    expect(s.trend[11]).toEqual({ month: '2026-11', coverage: { n: 4, value: 0.5, suppressed: false }, timely: { n: 11, value: 6 / 11, suppressed: false } });
  });
});

describe('summariseFollowUps for a car-service desk (000: "接車出廠…後三天至一周內")', () => {
  const car = defaultSettings('car-service');
  const handedOver = { stage: 'handed-over' };
  const cars = data({
    customers: [
      customer('A1', { lastVisit: '2026-11-02', ...handedOver }), // 11-05…11-09, reached 11-08 (day 6): on time
      customer('A2', { lastVisit: '2026-11-20', ...handedOver }), // 11-23…11-27, reached 11-23 (day 3): on time
      customer('A3', { lastVisit: '2026-11-10', ...handedOver }), // 11-13…11-17, nothing: missed
      customer('A4', { lastVisit: '2026-11-10', stage: 'in-workshop' }), // not after-sales: the 3-day rule, reached day 1
    ],
    calls: [
      call('A1', '2026-11-08T10:00:00', { serviceDate: '2026-11-02' }), // opens the second: 11-15…11-22, missed
      call('A2', '2026-11-23T10:00:00', { serviceDate: '2026-11-20' }), // opens the second: 11-30…12-07, open at month end
      call('A4', '2026-11-11T10:00:00', { serviceDate: '2026-11-10' }),
    ],
  });
  const s = summariseFollowUps(cars, '2026-11', car, opts);

  it('after-sales first calls: 3 due, 2 on time; the post-service figure keeps the other stages', () => {
    expect(s.afterSales).toEqual({ due: 3, onTime: 2, timely: { n: 3, value: 2 / 3, suppressed: false } });
    expect(s.publishedOnTime).toEqual({ postService: 1, afterSales: 2 });
    expect([s.postServiceDue, s.postServiceOnTime]).toEqual([1, 1]);
  });

  it('the first after-sales call opens the second follow-up', () => {
    expect([s.secondMissedCustomers, s.secondDueCustomers]).toEqual([1, 1]);
  });
});
