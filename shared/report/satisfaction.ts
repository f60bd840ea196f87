// 满意度 — a month's CSAT overall, by agent, by service stage, by customer tier, and over the last 12 months.
import type { Tier } from '../enums';
import type { Settings } from '../settings';
import { csatOfCounts, noAnswers, type AnswerCounts } from '../rules/csat';
import { agentAlias, agentOrder } from './agents';
import { figure } from './figure';
import { answersInMonth } from './month-answers';
import { trailingMonths } from './months';
import { compareText } from './order';
import { suppressBreakdown, WITHHELD, type Cell } from './suppress';
import { TIERS } from './tiers';
import type { Figure, ReportData, ReportOptions } from './types';

/** One group of a breakdown; a hidden group publishes neither its share nor how many answered (undefined). */
export interface GroupCsat {
  answered: number | undefined;
  csat: Cell;
}

export interface SatisfactionSummary {
  csat: Figure & { satisfied: number; neutral: number; dissatisfied: number; answered: number };
  byAgent: ({ agent: string } & GroupCsat)[];
  byStage: ({ stage: string } & GroupCsat)[];
  byTier: ({ tier: Tier } & GroupCsat)[];
  trend: { month: string; answered: number; csat: Figure }[];
}

function groupCsat(counts: AnswerCounts, minGroupSize: number): { answered: number; csat: Figure } {
  const c = csatOfCounts(counts);
  return { answered: c.answered, csat: figure(c.satisfied, c.answered, minGroupSize) };
}

/** A breakdown of the month's answers under complementary suppression: answers in no group count as one more hidden group. */
function published<T extends { answered: number; csat: Figure }>(groups: T[], total: number, minGroupSize: number): (Omit<T, 'answered' | 'csat'> & GroupCsat)[] {
  const unlisted = total - groups.reduce((sum, g) => sum + g.answered, 0);
  return suppressBreakdown<Omit<T, 'answered' | 'csat'> & GroupCsat>(groups, (g) => g.answered ?? 0,
    (g) => ({ ...g, answered: undefined, csat: WITHHELD }), minGroupSize, unlisted);
}

/** The month's figures, read from the answers counted once for every month (answersInMonth), as are the trend's. */
export function summariseSatisfaction(data: ReportData, month: string, settings: Settings, options: ReportOptions): SatisfactionSummary {
  const min = options.minGroupSize;
  const answers = answersInMonth(data, settings, month);
  const overall = csatOfCounts(answers.overall);
  const alias = agentAlias(data, options);
  const none = noAnswers();

  const byAgent = published([...answers.byAgent.keys()].sort(agentOrder(data, options))
    .map((agent) => ({ agent: alias(agent), ...groupCsat(answers.byAgent.get(agent)!, min) })), overall.answered, min);

  // Settings' stages first, in their order, then any other stage a call names; calls naming no stage are left out.
  const listed = settings.lists.stages.map((s) => s.key);
  const others = [...answers.byStage.keys()].filter((s) => !listed.includes(s)).sort(compareText);
  const byStage = published([...listed, ...others].map((stage) => ({ stage, ...groupCsat(answers.byStage.get(stage) ?? none, min) })), overall.answered, min);

  // Calls to a customer missing from the archive have no tier and are left out.
  const byTier = published(TIERS.map((tier) => ({ tier, ...groupCsat(answers.byTier.get(tier) ?? none, min) })), overall.answered, min);

  const trend = trailingMonths(month).map((m) => ({ month: m, ...groupCsat(answersInMonth(data, settings, m).overall, min) }));

  return {
    csat: {
      ...figure(overall.satisfied, overall.answered, min),
      satisfied: overall.satisfied,
      neutral: overall.neutral,
      dissatisfied: overall.dissatisfied,
      answered: overall.answered,
    },
    byAgent,
    byStage,
    byTier,
    trend,
  };
}
