// CSAT for a month: overall with its distribution, by agent, stage and tier, and the 12-month trend, suppressed for small groups.
import { describe, it, expect } from 'vitest';
import { summariseSatisfaction } from '../../../shared/report/satisfaction';
import { defaultSettings } from '../../../shared/settings';
import { call, customer, data } from './fixtures';

const settings = defaultSettings('photo-studio');
const d = data({
  customers: [
    customer('C1', { spendThisYear: 30000 }), // vip
    customer('C2', { visitsThisYear: 6 }), // core
    customer('C3'), // ordinary
  ],
  calls: [
    call('C1', '2026-11-02T10:00:00', { agent: 'Wang', satisfaction: 'satisfied', stage: 'shoot' }),
    call('C1', '2026-11-03T10:00:00', { agent: 'Wang', satisfaction: 'satisfied', stage: 'shoot' }),
    call('C2', '2026-11-04T10:00:00', { agent: 'Wang', satisfaction: 'satisfied', stage: 'pickup' }),
    call('C3', '2026-11-05T10:00:00', { agent: 'Wang', satisfaction: 'neutral' }),
    call('C2', '2026-11-06T10:00:00', { agent: 'Li', satisfaction: 'satisfied', stage: 'pickup' }),
    call('C3', '2026-11-07T10:00:00', { agent: 'Li', satisfaction: 'dissatisfied', stage: 'order' }),
    // Unreached, even with an answer typed in: not counted.
    call('C1', '2026-11-08T10:00:00', { agent: 'Li', reached: 'no-answer', satisfaction: 'dissatisfied' }),
    // Reached, no answer, a stage outside Settings and a customer not in the archive.
    call('C9', '2026-11-09T10:00:00', { agent: 'Li', stage: 'extra' }),
    call('C1', '2026-10-15T10:00:00', { agent: 'Wang', satisfaction: 'satisfied' }),
    call('C1', '2025-11-15T10:00:00', { agent: 'Wang', satisfaction: 'dissatisfied' }),
    call('C1', '2026-12-01T10:00:00', { agent: 'Wang', satisfaction: 'dissatisfied' }),
  ],
});

describe('summariseSatisfaction', () => {
  it('6 answers: 4 satisfied, 1 neutral, 1 dissatisfied → CSAT 4/6, shown at min 5', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(s.csat).toEqual({ n: 6, value: 4 / 6, suppressed: false, satisfied: 4, neutral: 1, dissatisfied: 1, answered: 6 });
  });

  it('an agent with 4 answers at min 5 is suppressed', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(s.byAgent).toEqual([
      { agent: 'Li', answered: 2, csat: { n: 2, suppressed: true } },
      { agent: 'Wang', answered: 4, csat: { n: 4, suppressed: true } },
    ]);
  });

  it('by agent with min 1, pseudonymised', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: true });
    expect(s.byAgent).toEqual([
      { agent: '客服 A', answered: 2, csat: { n: 2, value: 0.5, suppressed: false } },
      { agent: '客服 B', answered: 4, csat: { n: 4, value: 0.75, suppressed: false } },
    ]);
  });

  it("by stage: Settings' stages in order, then others; calls without a stage left out", () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: false });
    expect(s.byStage).toEqual([
      { stage: 'order', answered: 1, csat: { n: 1, value: 0, suppressed: false } },
      { stage: 'dress-selection', answered: 0, csat: { n: 0, suppressed: true } },
      { stage: 'shoot', answered: 2, csat: { n: 2, value: 1, suppressed: false } },
      { stage: 'photo-selection', answered: 0, csat: { n: 0, suppressed: true } },
      { stage: 'pickup', answered: 2, csat: { n: 2, value: 1, suppressed: false } },
      { stage: 'extra', answered: 0, csat: { n: 0, suppressed: true } },
    ]);
  });

  it('by tier of the called customer, all four tiers', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: false });
    expect(s.byTier).toEqual([
      { tier: 'vip', answered: 2, csat: { n: 2, value: 1, suppressed: false } },
      { tier: 'core', answered: 2, csat: { n: 2, value: 1, suppressed: false } },
      { tier: 'potential', answered: 0, csat: { n: 0, suppressed: true } },
      { tier: 'ordinary', answered: 2, csat: { n: 2, value: 0, suppressed: false } },
    ]);
  });

  it('trend: the 12 months ending at the month, nothing after it', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: false });
    expect(s.trend.map((t) => t.month)).toEqual([
      '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11',
    ]);
    expect(s.trend[10]).toEqual({ month: '2026-10', answered: 1, csat: { n: 1, value: 1, suppressed: false } });
    expect(s.trend[11]).toEqual({ month: '2026-11', answered: 6, csat: { n: 6, value: 4 / 6, suppressed: false } });
    expect(s.trend[0]).toEqual({ month: '2025-12', answered: 0, csat: { n: 0, suppressed: true } });
  });

  it('an empty month is all suppressed', () => {
    const s = summariseSatisfaction(d, '2026-06', settings, { minGroupSize: 1, pseudonymiseAgents: false });
    expect(s.csat).toEqual({ n: 0, suppressed: true, satisfied: 0, neutral: 0, dissatisfied: 0, answered: 0 });
    expect(s.byAgent).toEqual([]);
  });
});
