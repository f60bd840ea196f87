// 满意度 — a month's CSAT overall, by agent, by service stage, by customer tier, and over the last 12 months.
import type { Tier } from '../enums';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';
import { csat } from '../rules/csat';
import { agentAlias, agentOrder } from './agents';
import { figure } from './figure';
import { callsInMonth, trailingMonths } from './months';
import { compareText } from './order';
import { suppressBreakdown, WITHHELD, type Cell } from './suppress';
import { TIERS } from './tiers';
import { callsByTierInMonth } from './call-groups';
import { onceFor } from './month-memo';
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

function push(map: Map<string, Call[]>, key: string, call: Call): void {
  const list = map.get(key);
  if (list) list.push(call);
  else map.set(key, [call]);
}

function groupCsat(calls: readonly Call[], minGroupSize: number): { answered: number; csat: Figure } {
  const c = csat(calls);
  return { answered: c.answered, csat: figure(c.satisfied, c.answered, minGroupSize) };
}

/** A breakdown of the month's answers under complementary suppression: answers in no group count as one more hidden group. */
function published<T extends { answered: number; csat: Figure }>(groups: T[], total: number, minGroupSize: number): (Omit<T, 'answered' | 'csat'> & GroupCsat)[] {
  const unlisted = total - groups.reduce((sum, g) => sum + g.answered, 0);
  return suppressBreakdown<Omit<T, 'answered' | 'csat'> & GroupCsat>(groups, (g) => g.answered ?? 0,
    (g) => ({ ...g, answered: undefined, csat: WITHHELD }), minGroupSize, unlisted);
}

export function summariseSatisfaction(data: ReportData, month: string, settings: Settings, options: ReportOptions): SatisfactionSummary {
  const min = options.minGroupSize;
  const calls = callsInMonth(data.calls, month);
  const overall = csat(calls);
  const alias = agentAlias(data, options);

  // The month's calls grouped by agent and stage in one pass; calls naming no stage are left out of those.
  const byAgentCalls = new Map<string, Call[]>();
  const byStageCalls = new Map<string, Call[]>();
  for (const c of calls) {
    push(byAgentCalls, c.agent, c);
    if (c.stage) push(byStageCalls, c.stage, c);
  }
  const byAgent = published([...byAgentCalls.keys()].sort(agentOrder(data, options))
    .map((agent) => ({ agent: alias(agent), ...groupCsat(byAgentCalls.get(agent)!, min) })), overall.answered, min);

  // Settings' stages first, in their order, then any other stage a call names.
  const listed = settings.lists.stages.map((s) => s.key);
  const others = [...byStageCalls.keys()].filter((s) => !listed.includes(s)).sort(compareText);
  const byStage = published([...listed, ...others].map((stage) => ({ stage, ...groupCsat(byStageCalls.get(stage) ?? [], min) })), overall.answered, min);

  // Calls to a customer missing from the archive have no tier and are left out.
  const byTierCalls = callsByTierInMonth(data, settings, month);
  const byTier = published(TIERS.map((tier) => ({ tier, ...groupCsat(byTierCalls.get(tier) ?? [], min) })), overall.answered, min);

  const trend = trailingMonths(month).map((m) => onceFor(data, settings, `csat|${min}|${m}`, () => ({ month: m, ...groupCsat(callsInMonth(data.calls, m), min) })));

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
