// Every month's satisfaction answers counted in one pass over the calls: overall, by agent, by stage, by customer tier.
import { describe, expect, it } from 'vitest';
import { countedRows } from './counted-rows';
import { answersInMonth, type MonthAnswers } from '../../../shared/report/month-answers';
import type { Call } from '../../../shared/schema/calls';
import { defaultSettings } from '../../../shared/settings';
import { call, customer, data } from './fixtures';

const settings = defaultSettings('photo-studio');
const counts = (satisfied: number, neutral: number, dissatisfied: number) => ({ satisfied, neutral, dissatisfied });

// 2026-10 is a month between the others with no calls; the rows are out of time order on purpose.
const calls: Call[] = [
  call('V', '2026-11-02T10:00:00', { agent: 'Wang', stage: 'shoot', satisfaction: 'satisfied' }),
  call('O', '2026-09-05T10:00:00', { agent: 'Li', stage: 'order', satisfaction: 'dissatisfied' }),
  call('O', '2026-11-03T10:00:00', { agent: 'Li', stage: 'shoot', satisfaction: 'neutral' }),
  // Unreached with an answer typed in: the agent and stage had a call, but no answer counts.
  call('V', '2026-11-04T10:00:00', { agent: 'Zhao', stage: 'pickup', reached: 'no-answer', satisfaction: 'dissatisfied' }),
  // No stage, and a customer missing from the archive: counted overall and for the agent, in no stage and no tier.
  call('X', '2026-11-05T10:00:00', { agent: 'Wang', satisfaction: 'dissatisfied' }),
  // A stage outside Settings, reached without an answer.
  call('V', '2026-11-30T23:59:00', { agent: 'Wang', stage: 'extra' }),
  call('V', '2026-09-30T23:59:00', { agent: 'Wang', stage: 'order', satisfaction: 'satisfied' }),
];
const d = data({ customers: [customer('V', { spendThisYear: 30000 }), customer('O')], calls });

describe('answersInMonth', () => {
  const cases: { description: string; input: string; expected: MonthAnswers }[] = [
    {
      description: '2026-11: 3 answers (Wang satisfied + dissatisfied, Li neutral); Zhao and the "extra" stage had calls but no answer',
      input: '2026-11',
      expected: {
        overall: counts(1, 1, 1),
        byAgent: new Map([['Wang', counts(1, 0, 1)], ['Li', counts(0, 1, 0)], ['Zhao', counts(0, 0, 0)]]),
        byStage: new Map([['shoot', counts(1, 1, 0)], ['pickup', counts(0, 0, 0)], ['extra', counts(0, 0, 0)]]),
        byTier: new Map([['vip', counts(1, 0, 0)], ['ordinary', counts(0, 1, 0)]]),
      },
    },
    {
      description: '2026-09: Li dissatisfied and Wang satisfied, both at the order stage',
      input: '2026-09',
      expected: {
        overall: counts(1, 0, 1),
        byAgent: new Map([['Li', counts(0, 0, 1)], ['Wang', counts(1, 0, 0)]]),
        byStage: new Map([['order', counts(1, 0, 1)]]),
        byTier: new Map([['ordinary', counts(0, 0, 1)], ['vip', counts(1, 0, 0)]]),
      },
    },
    {
      description: '2026-10: no calls, nothing counted',
      input: '2026-10',
      expected: { overall: counts(0, 0, 0), byAgent: new Map(), byStage: new Map(), byTier: new Map() },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(answersInMonth(d, settings, input)).toEqual(expected);
  });

  // Twice: once for the month index and once for the calls' customer numbers (report/call-numbers), which the tiers read and every section shares.
  it('counts every month in one pass: each call is read twice however many months are asked', () => {
    const { rows: counted, reads } = countedRows(calls);
    const fresh = data({ customers: d.customers, calls: counted });
    for (const month of ['2026-09', '2026-10', '2026-11', '2026-12']) answersInMonth(fresh, settings, month);
    expect(reads()).toBe(2 * calls.length);
  });
});
