// CSAT for a month: overall with its distribution, by agent, stage and tier, and the 12-month trend, suppressed for small groups.
import { describe, it, expect } from 'vitest';
import { countedRows } from './counted-rows';
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

  it('agents with 2 and 4 answers at min 5 are withheld whole: no share and no count of answers', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(s.byAgent).toEqual([
      { agent: 'Li', answered: undefined, csat: { suppressed: true, withheld: true } },
      { agent: 'Wang', answered: undefined, csat: { suppressed: true, withheld: true } },
    ]);
  });

  it('by agent with min 1, pseudonymised: Li 1 of 2, Wang 3 of 4, listed in their aliases\' order', () => {
    const s = summariseSatisfaction(d, '2026-11', settings, { minGroupSize: 1, pseudonymiseAgents: true, pseudonymKey: 'k' });
    const li = { answered: 2, csat: { n: 2, value: 0.5, suppressed: false } };
    const wang = { answered: 4, csat: { n: 4, value: 0.75, suppressed: false } };
    expect(s.byAgent.map((a) => a.agent)).toEqual(['客服 A', '客服 B']);
    expect(s.byAgent.map(({ agent: _, ...rest }) => rest)).toEqual(expect.arrayContaining([li, wang]));
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

  // Once: the rows become a table of numbers (asCallTable), and the month index, the counts and the customer numbers the
  // tiers read all read that table (a streaming read hands the table itself and no row at all).
  it('every month of the data, with the staff names to order them, reads each call once (issue 13: one pass)', () => {
    const { rows: calls, reads } = countedRows(d.calls);
    const fresh = { ...d, calls };
    for (const month of ['2025-11', '2026-10', '2026-11', '2026-12']) {
      summariseSatisfaction(fresh, month, settings, { minGroupSize: 1, pseudonymiseAgents: true, pseudonymKey: 'k' });
    }
    expect(reads()).toBe(d.calls.length);
  });

  it('an empty month is all suppressed', () => {
    const s = summariseSatisfaction(d, '2026-06', settings, { minGroupSize: 1, pseudonymiseAgents: false });
    expect(s.csat).toEqual({ n: 0, suppressed: true, satisfied: 0, neutral: 0, dissatisfied: 0, answered: 0 });
    expect(s.byAgent).toEqual([]);
  });
});

describe('complementary suppression: a small group cannot be recovered by subtraction (issue 10, point 2)', () => {
  // Wang: 0 of 3 satisfied; Li: 6 of 6; Zhao: 5 of 7 (min 5). Published are the month's satisfied count and every visible
  // group's share and answers; before, Wang's 0 of 3 was 11 − 6 − 5 and "3 answered" was printed beside the hidden bar.
  const answers = (agent: string, customerId: string, stage: string, n: number, satisfaction: 'satisfied' | 'dissatisfied') =>
    Array.from({ length: n }, (_, i) => call(customerId, `2026-11-${String(2 + i).padStart(2, '0')}T10:00:00`, { agent, stage, satisfaction }));
  const small = data({
    customers: [customer('V', { spendThisYear: 30000 }), customer('O')],
    calls: [
      ...answers('Wang', 'V', 'order', 3, 'dissatisfied'),
      ...answers('Li', 'O', 'shoot', 6, 'satisfied'),
      ...answers('Zhao', 'O', 'pickup', 5, 'satisfied'),
      ...answers('Zhao', 'O', 'pickup', 2, 'dissatisfied'),
    ],
  });
  const s = summariseSatisfaction(small, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });

  /** What subtraction gives: the hidden groups' answers and satisfied together, from the total and the visible groups. */
  function subtract(groups: readonly { answered: number | undefined; csat: { suppressed: boolean; value?: number; n?: number } }[]) {
    const visible = groups.filter((g) => !g.csat.suppressed || g.answered === 0);
    const answered = s.csat.answered - visible.reduce((sum, g) => sum + (g.answered ?? 0), 0);
    const satisfied = s.csat.satisfied - visible.reduce((sum, g) => sum + (g.csat.suppressed ? 0 : Math.round(g.csat.value! * g.answered!)), 0);
    return { hiddenGroups: groups.length - visible.length, answered, satisfied };
  }

  const cases = [
    { description: 'by agent (Wang 3 hidden, Li 6 hidden with him)', input: s.byAgent, expected: { hiddenGroups: 2, answered: 9, satisfied: 6 } },
    { description: 'by stage (order 3 hidden, shoot 6 with it)', input: s.byStage, expected: { hiddenGroups: 2, answered: 9, satisfied: 6 } },
    { description: 'by tier (vip 3 hidden, the ordinary tier 13 with it)', input: s.byTier, expected: { hiddenGroups: 2, answered: 16, satisfied: 11 } },
  ];
  it.each(cases)('$description: only a union of ≥ 5 answers can be derived, and no hidden group prints its n', ({ input, expected }) => {
    expect(subtract(input)).toEqual(expected);
    for (const g of input.filter((x) => x.csat.suppressed && x.answered !== 0)) {
      expect(g.answered).toBeUndefined();
      expect(g.csat.n).toBeUndefined();
    }
  });

  it('nothing published says 0 of 3 anywhere in the section', () => {
    const json = JSON.stringify({ byAgent: s.byAgent, byStage: s.byStage, byTier: s.byTier });
    expect(json).not.toMatch(/"answered":3\b|"n":3\b/);
  });
});
