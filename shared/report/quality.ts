// 质检 — a month's QA points, bonus band and penalty points per agent, the criteria failed most, and the agent × day grid of points.
import { QA_CRITERION, type QaCriterion } from '../enums';
import { dateOf } from '../dates';
import type { Settings } from '../settings';
import {
  bonusBand, dayPoint, failingCriteria, isShortSample, monthlyPoints, penaltyPoints, totalByDay, type BonusBand,
} from '../rules/qa-points';
import { labelCriterion } from '../rules/qa-criterion';
import { agentAlias, agentOrder } from './agents';
import { isInMonth } from './months';
import { groupBy, sortedUnique } from './order';
import type { ReportData, ReportOptions } from './types';

export interface QualitySummary {
  agents: {
    agent: string; points: number; band: BonusBand; lostDays: number; auditedDays: number; shortSampleDays: number;
    /** The rubric's penalty points over the month (000's 扣分), shown beside the points. */
    penaltyPoints: number;
    /** Lost days under the unqualified limit, lost to a critical criterion. */
    criticalDays: number;
  }[];
  /** label: the criterion's name in each language, response time with its limit in seconds. */
  criteria: { criterion: QaCriterion; count: number; critical: boolean; label: { zh: string; en: string } }[];
  grid: { days: string[]; rows: { agent: string; cells: (0 | 1 | null)[] }[] };
}

export function summariseQuality(data: ReportData, month: string, settings: Settings, options: ReportOptions): QualitySummary {
  const audits = data.qaAudits.filter((a) => isInMonth(a.date, month));
  const alias = agentAlias(data, options);
  const byAgent = groupBy(audits, (a) => a.agent);
  const names = [...byAgent.keys()].sort(agentOrder(data, options));

  const agents = names.map((agent) => {
    const own = byAgent.get(agent)!;
    const m = monthlyPoints(own, settings);
    return {
      agent: alias(agent),
      points: m.points,
      band: bonusBand(m.points, settings),
      lostDays: m.lostDays.length,
      auditedDays: m.auditedDays,
      shortSampleDays: [...totalByDay(own).values()].filter((d) => isShortSample(d, settings)).length,
      penaltyPoints: penaltyPoints(own, settings),
      criticalDays: m.criticalDays.length,
    };
  });

  const totals = failingCriteria(audits);
  const order = QA_CRITERION.map((c) => c.key);
  const criteria = order.map((criterion) => ({
    criterion, count: totals[criterion], critical: settings.qa.rubric[criterion].critical,
    label: { zh: labelCriterion(criterion, settings, 'zh'), en: labelCriterion(criterion, settings, 'en') },
  }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.criterion) - order.indexOf(b.criterion));

  const days = sortedUnique(audits.map((a) => dateOf(a.date)));
  const rows = names.map((agent) => {
    const own = totalByDay(byAgent.get(agent)!);
    return { agent: alias(agent), cells: days.map((day) => { const d = own.get(day); return d ? dayPoint(d, settings) : null; }) };
  });

  return { agents, criteria, grid: { days, rows } };
}
