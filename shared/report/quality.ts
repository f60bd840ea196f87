// 质检 — a month's QA points and bonus band per agent, the criteria failed most, and the agent × day grid of points.
import { QA_CRITERION, type QaCriterion } from '../enums';
import { dateOf } from '../dates';
import type { QaAudit } from '../schema/qa-audits';
import type { Settings } from '../settings';
import { bonusBand, dayPoint, failingCriteria, isShortSample, monthlyPoints, type BonusBand } from '../rules/qa-points';
import { agentAlias, agentOrder } from './agents';
import { isInMonth } from './months';
import { groupBy, sortedUnique } from './order';
import type { ReportData, ReportOptions } from './types';

export interface QualitySummary {
  agents: { agent: string; points: number; band: BonusBand; lostDays: number; auditedDays: number; shortSampleDays: number }[];
  criteria: { criterion: QaCriterion; count: number }[];
  grid: { days: string[]; rows: { agent: string; cells: (0 | 1 | null)[] }[] };
}

/** Rows of one day are added up first, as monthlyPoints does, since the limits are per day. */
function byDay(audits: readonly QaAudit[]): Map<string, { sampled: number; unqualified: number }> {
  const days = new Map<string, { sampled: number; unqualified: number }>();
  for (const a of audits) {
    const day = dateOf(a.date);
    const sum = days.get(day) ?? { sampled: 0, unqualified: 0 };
    days.set(day, { sampled: sum.sampled + a.sampled, unqualified: sum.unqualified + a.unqualified });
  }
  return days;
}

export function summariseQuality(data: ReportData, month: string, settings: Settings, options: ReportOptions): QualitySummary {
  const audits = data.qaAudits.filter((a) => isInMonth(a.date, month));
  const alias = agentAlias(data, options);
  const byAgent = groupBy(audits, (a) => a.agent);
  const names = [...byAgent.keys()].sort(agentOrder(data));

  const agents = names.map((agent) => {
    const own = byAgent.get(agent)!;
    const m = monthlyPoints(own, settings);
    return {
      agent: alias(agent),
      points: m.points,
      band: bonusBand(m.points, settings),
      lostDays: m.lostDays.length,
      auditedDays: m.auditedDays,
      shortSampleDays: [...byDay(own).values()].filter((d) => isShortSample(d, settings)).length,
    };
  });

  const totals = failingCriteria(audits);
  const order = QA_CRITERION.map((c) => c.key);
  const criteria = order.map((criterion) => ({ criterion, count: totals[criterion] }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.criterion) - order.indexOf(b.criterion));

  const days = sortedUnique(audits.map((a) => dateOf(a.date)));
  const rows = names.map((agent) => {
    const own = byDay(byAgent.get(agent)!);
    return { agent: alias(agent), cells: days.map((day) => { const d = own.get(day); return d ? dayPoint(d, settings) : null; }) };
  });

  return { agents, criteria, grid: { days, rows } };
}
