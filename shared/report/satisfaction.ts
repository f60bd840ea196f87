// 满意度 — a month's CSAT overall, by agent, by service stage, by customer tier, and over the last 12 months.
import type { Tier } from '../enums';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';
import { csat } from '../rules/csat';
import { agentAlias, agentOrder } from './agents';
import { figure } from './figure';
import { callsInMonth, trailingMonths } from './months';
import { compareText, groupBy } from './order';
import { TIERS, tierOf } from './tiers';
import type { Figure, ReportData, ReportOptions } from './types';

export interface GroupCsat {
  answered: number;
  csat: Figure;
}

export interface SatisfactionSummary {
  csat: Figure & { satisfied: number; neutral: number; dissatisfied: number; answered: number };
  byAgent: ({ agent: string } & GroupCsat)[];
  byStage: ({ stage: string } & GroupCsat)[];
  byTier: ({ tier: Tier } & GroupCsat)[];
  trend: ({ month: string } & GroupCsat)[];
}

function groupCsat(calls: readonly Call[], minGroupSize: number): GroupCsat {
  const c = csat(calls);
  return { answered: c.answered, csat: figure(c.satisfied, c.answered, minGroupSize) };
}

export function summariseSatisfaction(data: ReportData, month: string, settings: Settings, options: ReportOptions): SatisfactionSummary {
  const min = options.minGroupSize;
  const calls = callsInMonth(data.calls, month);
  const overall = csat(calls);
  const alias = agentAlias(data, options);

  const byAgentCalls = groupBy(calls, (c) => c.agent);
  const byAgent = [...byAgentCalls.keys()].sort(agentOrder(data))
    .map((agent) => ({ agent: alias(agent), ...groupCsat(byAgentCalls.get(agent)!, min) }));

  // Settings' stages first, in their order, then any other stage a call names; calls naming none are left out.
  const byStageCalls = groupBy(calls.filter((c) => c.stage), (c) => c.stage!);
  const listed = settings.lists.stages.map((s) => s.key);
  const others = [...byStageCalls.keys()].filter((s) => !listed.includes(s)).sort(compareText);
  const byStage = [...listed, ...others].map((stage) => ({ stage, ...groupCsat(byStageCalls.get(stage) ?? [], min) }));

  // Calls to a customer missing from the archive have no tier and are left out.
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  const byTierCalls = groupBy(calls.filter((c) => customers.has(c.customerId)), (c) => tierOf(customers.get(c.customerId)!, settings));
  const byTier = TIERS.map((tier) => ({ tier, ...groupCsat(byTierCalls.get(tier) ?? [], min) }));

  const trend = trailingMonths(month).map((m) => ({ month: m, ...groupCsat(callsInMonth(data.calls, m), min) }));

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
