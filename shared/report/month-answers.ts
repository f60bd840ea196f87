// Each month's satisfaction answers counted from that month's calls alone, once per build: overall, by agent, by stage, by customer tier.
import type { Satisfaction, Tier } from '../enums';
import { NO_CUSTOMER } from '../rules/call-timeline';
import { countedAnswer, noAnswers, type AnswerCounts } from '../rules/csat';
import { asCallTable, type CallTable, type Calls } from '../sheet/call-table';
import { byCodes, codeOf, valueOf } from '../sheet/interned';
import type { Settings } from '../settings';
import { onceFor } from './month-memo';
import { numberedData } from './call-numbers';
import { callMonths, callPositionsInMonth } from './months';
import { tiersById, tiersByNumber } from './tiers';
import type { ReportData } from './types';

export interface MonthAnswers {
  overall: AnswerCounts;
  /** Every agent with a call in the month, answered or not, in first-call order. */
  byAgent: Map<string, AnswerCounts>;
  /** Every stage a call of the month names, answered or not; calls naming none are in no stage. */
  byStage: Map<string, AnswerCounts>;
  /** Answers by the called customer's tier; a customer missing from the archive has none. */
  byTier: Map<Tier, AnswerCounts>;
}

/**
 * What the month's calls say without Settings, and who gave each answer (for the tiers, which depend on Settings): kept
 * apart from the calls so the tiers are counted without visiting a million call rows again (answeredBy: the calls' positions).
 */
type MonthCalls = Omit<MonthAnswers, 'byTier'> & { answeredBy: number[]; answers: Satisfaction[]; work: Map<string, AgentCalls> };

/** An agent's calls in a month and how many reached the customer (the follow-ups' per-agent table). */
export interface AgentCalls {
  calls: number;
  reached: number;
}

function countsOf<K>(groups: Map<K, AnswerCounts>, key: K): AnswerCounts {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = noAnswers()));
  return counts;
}

/** Groups by code (slot code + 1: −1, no value, is slot 0), in first-call order, to be keyed by their texts once counted. */
interface Slots<T> {
  slot: (T | undefined)[];
  order: number[];
}

function slotOf<T>(slots: Slots<T>, code: number, make: () => T): T {
  let group = slots.slot[code + 1];
  if (group === undefined) {
    slots.slot[code + 1] = group = make();
    slots.order.push(code);
  }
  return group;
}

/** The groups as a Map by their texts (undefined for calls naming none, as a row without the cell was keyed). */
function byText<T, V>(slots: Slots<T>, values: readonly string[], part: (group: T) => V): Map<string, V> {
  return new Map(slots.order.map((code) => [values[code]!, part(slots.slot[code + 1]!)]));
}

interface AgentGroup {
  answers: AnswerCounts;
  work: AgentCalls;
}

const noAgentCalls = (): AgentGroup => ({ answers: noAnswers(), work: { calls: 0, reached: 0 } });

function countCalls(table: CallTable, positions: readonly number[]): MonthCalls {
  const { agent, stage, reached, satisfaction } = table.columns;
  const reachedCode = codeOf(reached, 'reached');
  const answerOf = byCodes(reached, satisfaction, (r, s) => countedAnswer({ reached: r, satisfaction: s }));
  const agents: Slots<AgentGroup> = { slot: [], order: [] };
  const stages: Slots<AnswerCounts> = { slot: [], order: [] };
  const overall = noAnswers();
  const answeredBy: number[] = [];
  const answers: Satisfaction[] = [];
  for (let j = 0; j < positions.length; j++) {
    const i = positions[j]!;
    const own = slotOf(agents, agent.codes[i]!, noAgentCalls);
    own.work.calls++;
    const s = stage.codes[i]!;
    const byStage = s >= 0 && stage.values[s] ? slotOf(stages, s, noAnswers) : undefined;
    if (reached.codes[i] !== reachedCode) continue;
    own.work.reached++;
    const answer = answerOf(i);
    if (!answer) continue;
    overall[answer] += 1;
    own.answers[answer] += 1;
    if (byStage) byStage[answer] += 1;
    answeredBy.push(i);
    answers.push(answer);
  }
  return {
    overall,
    byAgent: byText(agents, agent.values, (group) => group.answers),
    byStage: byText(stages, stage.values, (group) => group),
    answeredBy,
    answers,
    work: byText(agents, agent.values, (group) => group.work),
  };
}

const monthCalls = new WeakMap<CallTable, Map<string, MonthCalls>>();

/** The month's calls counted once per calls table: satisfaction and follow-ups ask per month, agentNames for every month. */
function callsOfMonth(calls: Calls, month: string): MonthCalls {
  const table = asCallTable(calls);
  let byMonth = monthCalls.get(table);
  if (!byMonth) monthCalls.set(table, (byMonth = new Map()));
  let m = byMonth.get(month);
  if (!m) byMonth.set(month, (m = countCalls(table, callPositionsInMonth(table, month))));
  return m;
}

/** Each answer's tier read by its customer's number; only a call without a customer or a time is looked up by id (the numbers leave it out). */
function countTiers({ answeredBy, answers }: MonthCalls, data: ReportData, settings: Settings): Map<Tier, AnswerCounts> {
  const byTier = new Map<Tier, AnswerCounts>();
  const customerOf = numberedData(data).calls.customer;
  const tierOf = tiersByNumber(data, settings);
  const customerId = asCallTable(data.calls).columns.customerId;
  for (let i = 0; i < answeredBy.length; i++) {
    const at = answeredBy[i]!;
    const key = customerOf[at]!;
    // A customer missing from the archive has no tier; a blank id is looked up as it is, as a Map by id would.
    const tier = key >= 0 ? tierOf[key] : key === NO_CUSTOMER ? tiersById(data.customers, settings).get(valueOf(customerId, at) as string) : undefined;
    if (tier !== undefined) countsOf(byTier, tier)[answers[i]!] += 1;
  }
  return byTier;
}

/** The month's answers; each month is counted once per data and settings (its page and eleven trends ask). */
export function answersInMonth(data: ReportData, settings: Settings, month: string): MonthAnswers {
  return onceFor(data, settings, `answers|${month}`, () => {
    const m = callsOfMonth(data.calls, month);
    return { overall: m.overall, byAgent: m.byAgent, byStage: m.byStage, byTier: countTiers(m, data, settings) };
  });
}

/** Every agent with a call, from the months' counts (no pass of its own). */
export function callAgents(calls: Calls): Set<string> {
  const agents = new Set<string>();
  for (const month of callMonths(calls)) for (const agent of callsOfMonth(calls, month).byAgent.keys()) agents.add(agent);
  return agents;
}

/** Each agent's calls in the month and how many reached the customer, agents in first-call order (counted with the answers). */
export function agentCallsInMonth(calls: Calls, month: string): Map<string, AgentCalls> {
  return callsOfMonth(calls, month).work;
}
