// Each month's satisfaction answers counted from that month's calls alone, once per build: overall, by agent, by stage, by customer tier.
import type { Satisfaction, Tier } from '../enums';
import { countedAnswer, noAnswers, type AnswerCounts } from '../rules/csat';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';
import { onceFor } from './month-memo';
import { callMonths, callsInMonth } from './months';
import { tiersById } from './tiers';
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
 * apart from the calls so the tiers are counted without visiting a million call rows again.
 */
type MonthCalls = Omit<MonthAnswers, 'byTier'> & { answeredBy: string[]; answers: Satisfaction[] };

function countsOf<K>(groups: Map<K, AnswerCounts>, key: K): AnswerCounts {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = noAnswers()));
  return counts;
}

function countCalls(calls: readonly Call[]): MonthCalls {
  const m: MonthCalls = { overall: noAnswers(), byAgent: new Map(), byStage: new Map(), answeredBy: [], answers: [] };
  for (const call of calls) {
    const agent = countsOf(m.byAgent, call.agent);
    const stage = call.stage ? countsOf(m.byStage, call.stage) : undefined;
    const answer = countedAnswer(call);
    if (!answer) continue;
    m.overall[answer] += 1;
    agent[answer] += 1;
    if (stage) stage[answer] += 1;
    m.answeredBy.push(call.customerId);
    m.answers.push(answer);
  }
  return m;
}

const monthCalls = new WeakMap<readonly Call[], Map<string, MonthCalls>>();

/** The month's calls counted once per calls sheet: satisfaction asks per month and agentNames for every month. */
function callsOfMonth(calls: readonly Call[], month: string): MonthCalls {
  let byMonth = monthCalls.get(calls);
  if (!byMonth) monthCalls.set(calls, (byMonth = new Map()));
  let m = byMonth.get(month);
  if (!m) byMonth.set(month, (m = countCalls(callsInMonth(calls, month))));
  return m;
}

function countTiers({ answeredBy, answers }: MonthCalls, tiers: ReadonlyMap<string, Tier>): Map<Tier, AnswerCounts> {
  const byTier = new Map<Tier, AnswerCounts>();
  for (let i = 0; i < answeredBy.length; i++) {
    const tier = tiers.get(answeredBy[i]!);
    if (tier !== undefined) countsOf(byTier, tier)[answers[i]!] += 1;
  }
  return byTier;
}

/** The month's answers; each month is counted once per data and settings (its page and eleven trends ask). */
export function answersInMonth(data: ReportData, settings: Settings, month: string): MonthAnswers {
  return onceFor(data, settings, `answers|${month}`, () => {
    const m = callsOfMonth(data.calls, month);
    return { overall: m.overall, byAgent: m.byAgent, byStage: m.byStage, byTier: countTiers(m, tiersById(data.customers, settings)) };
  });
}

/** Every agent with a call, from the months' counts (no pass of its own). */
export function callAgents(calls: readonly Call[]): Set<string> {
  const agents = new Set<string>();
  for (const month of callMonths(calls)) for (const agent of callsOfMonth(calls, month).byAgent.keys()) agents.add(agent);
  return agents;
}
