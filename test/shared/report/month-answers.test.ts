// Every month's satisfaction answers counted in one pass over the calls: overall, by agent, by stage, by customer tier.
import { describe, expect, it } from 'vitest';
import { countedRows } from './counted-rows';
import { numberedData } from '../../../shared/report/call-numbers';
import { agentCallsInMonth, answersInMonth, callAgents, type MonthAnswers } from '../../../shared/report/month-answers';
import type { Call } from '../../../shared/schema/calls';
import { defaultSettings } from '../../../shared/settings';
import { asCallTable, createCallTable, type Calls, type CallTable } from '../../../shared/sheet/call-table';
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
  // No time: in month '' and in no customer's timeline, so its tier is looked up by its customer id.
  call('V', '', { agent: 'Wang', satisfaction: 'satisfied' }),
];
const customers = [customer('V', { spendThisYear: 30000 }), customer('O')];
/** The same calls as the table a streaming read fills (its own table, so nothing is shared with the rows' memos). */
const tableOf = (rows: readonly Call[]): CallTable => {
  const table = createCallTable();
  rows.forEach((row, i) => table.add(row, i + 2));
  return table.finish();
};
const d = data({ customers, calls });

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
    {
      description: "'' (no time): Wang satisfied, no stage, V's tier (vip) found by id",
      input: '',
      expected: { overall: counts(1, 0, 0), byAgent: new Map([['Wang', counts(1, 0, 0)]]), byStage: new Map(), byTier: new Map([['vip', counts(1, 0, 0)]]) },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(answersInMonth(d, settings, input)).toEqual(expected);
  });

  // The rows are read to table them (asCallTable) and to number their customers (report/call-numbers), once each per dataset.
  it('counts every month from the calls table: once the calls are tabled and numbered, no month reads a row', () => {
    const { rows: counted, reads } = countedRows(calls);
    const fresh = data({ customers, calls: counted });
    asCallTable(fresh.calls);
    numberedData(fresh);
    const before = reads();
    for (const month of ['2026-09', '2026-10', '2026-11', '2026-12', '']) answersInMonth(fresh, settings, month);
    expect(reads() - before).toBe(0);
  });
});

describe('agentCallsInMonth and callAgents', () => {
  const inputs = [
    { description: 'rows', input: (): Calls => calls },
    { description: 'a table the reader filled', input: (): Calls => tableOf(calls) },
  ];
  // 2026-11: Wang's 3 calls all reached, Li's 1 reached, Zhao's 1 unanswered; agents in first-call order.
  it.each(inputs)('counts each agent\'s calls and reached calls per month, from $description', ({ input }) => {
    const from = input();
    const work = (month: string) => [...agentCallsInMonth(from, month)];
    expect({ november: work('2026-11'), september: work('2026-09'), noTime: work(''), october: work('2026-10'), agents: [...callAgents(from)] }).toEqual({
      november: [['Wang', { calls: 3, reached: 3 }], ['Li', { calls: 1, reached: 1 }], ['Zhao', { calls: 1, reached: 0 }]],
      september: [['Li', { calls: 1, reached: 1 }], ['Wang', { calls: 1, reached: 1 }]],
      noTime: [['Wang', { calls: 1, reached: 1 }]],
      october: [],
      agents: ['Wang', 'Li', 'Zhao'],
    });
  });
});
