// Each month's satisfaction answers counted from that month's calls alone, once per build: overall, by agent, by stage, by customer tier.
import type { Satisfaction, Tier } from '../enums';
import { NO_CUSTOMER } from '../rules/call-timeline';
import { countedAnswer, noAnswers, type AnswerCounts } from '../rules/csat';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';
import { onceFor } from './month-memo';
import { numberedData } from './call-numbers';
import { callMonths, callPositionsInMonth, callsInMonth } from './months';
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

function countCalls(calls: readonly Call[], positions: readonly number[]): MonthCalls {
  const m: MonthCalls = { overall: noAnswers(), byAgent: new Map(), byStage: new Map(), answeredBy: [], answers: [], work: new Map() };
  for (let j = 0; j < calls.length; j++) {
    const call = calls[j]!;
    const agent = countsOf(m.byAgent, call.agent);
    let work = m.work.get(call.agent);
    if (!work) m.work.set(call.agent, (work = { calls: 0, reached: 0 }));
    work.calls++;
    if (call.reached === 'reached') work.reached++;
    const stage = call.stage ? countsOf(m.byStage, call.stage) : undefined;
    const answer = countedAnswer(call);
    if (!answer) continue;
    m.overall[answer] += 1;
    agent[answer] += 1;
    if (stage) stage[answer] += 1;
    m.answeredBy.push(positions[j]!);
    m.answers.push(answer);
  }
  return m;
}

const monthCalls = new WeakMap<readonly Call[], Map<string, MonthCalls>>();

/** The month's calls counted once per calls sheet: satisfaction and follow-ups ask per month, agentNames for every month. */
function callsOfMonth(calls: readonly Call[], month: string): MonthCalls {
  let byMonth = monthCalls.get(calls);
  if (!byMonth) monthCalls.set(calls, (byMonth = new Map()));
  let m = byMonth.get(month);
  if (!m) byMonth.set(month, (m = countCalls(callsInMonth(calls, month), callPositionsInMonth(calls, month))));
  return m;
}

/** Each answer's tier read by its customer's number; only a call without a customer or a time is looked up by id (the numbers leave it out). */
function countTiers({ answeredBy, answers }: MonthCalls, data: ReportData, settings: Settings): Map<Tier, AnswerCounts> {
  const byTier = new Map<Tier, AnswerCounts>();
  const customerOf = numberedData(data).calls.customer;
  const tierOf = tiersByNumber(data, settings);
  for (let i = 0; i < answeredBy.length; i++) {
    const at = answeredBy[i]!;
    const key = customerOf[at]!;
    // A customer missing from the archive has no tier; a blank id is looked up as it is, as a Map by id would.
    const tier = key >= 0 ? tierOf[key] : key === NO_CUSTOMER ? tiersById(data.customers, settings).get(data.calls[at]!.customerId) : undefined;
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
export function callAgents(calls: readonly Call[]): Set<string> {
  const agents = new Set<string>();
  for (const month of callMonths(calls)) for (const agent of callsOfMonth(calls, month).byAgent.keys()) agents.add(agent);
  return agents;
}

/** Each agent's calls in the month and how many reached the customer, agents in first-call order (counted with the answers). */
export function agentCallsInMonth(calls: readonly Call[], month: string): Map<string, AgentCalls> {
  return callsOfMonth(calls, month).work;
}
