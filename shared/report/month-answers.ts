// Every month's satisfaction answers counted in one pass over the calls: overall, by agent, by service stage, by customer tier.
import { monthOf } from '../dates';
import type { Tier } from '../enums';
import { countedAnswer, noAnswers, type AnswerCounts } from '../rules/csat';
import type { Settings } from '../settings';
import { onceFor } from './month-memo';
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

const noMonth = (): MonthAnswers => ({ overall: noAnswers(), byAgent: new Map(), byStage: new Map(), byTier: new Map() });

function countsOf<K>(groups: Map<K, AnswerCounts>, key: K): AnswerCounts {
  let counts = groups.get(key);
  if (!counts) groups.set(key, (counts = noAnswers()));
  return counts;
}

function countAnswers(data: ReportData, settings: Settings): Map<string, MonthAnswers> {
  const tiers = tiersById(data.customers, settings);
  const byMonth = new Map<string, MonthAnswers>();
  let month = '';
  let m: MonthAnswers | undefined;
  for (const call of data.calls) {
    const callMonth = monthOf(call.at);
    // Calls mostly come in time order: the month's counts are looked up only when the month changes.
    if (callMonth !== month || !m) {
      month = callMonth;
      m = byMonth.get(month);
      if (!m) byMonth.set(month, (m = noMonth()));
    }
    const agent = countsOf(m.byAgent, call.agent);
    const stage = call.stage ? countsOf(m.byStage, call.stage) : undefined;
    const answer = countedAnswer(call);
    if (!answer) continue;
    m.overall[answer] += 1;
    agent[answer] += 1;
    if (stage) stage[answer] += 1;
    const tier = tiers.get(call.customerId);
    if (tier !== undefined) countsOf(m.byTier, tier)[answer] += 1;
  }
  return byMonth;
}

/** The month's answers; every month is counted in the same one pass, once per data and settings (its page and eleven trends ask). */
export function answersInMonth(data: ReportData, settings: Settings, month: string): MonthAnswers {
  return onceFor(data, settings, 'answers-by-month', () => countAnswers(data, settings)).get(month) ?? noMonth();
}
