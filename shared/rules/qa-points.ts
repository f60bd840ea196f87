// 质检 — an agent's daily QA point, monthly points, bonus band and the criteria they fail most.
import { QA_CRITERION, type QaCriterion } from '../enums';
import { dateOf } from '../dates';
import type { QaAudit } from '../schema/qa-audits';
import type { Settings } from '../settings';

export type BonusBand = 'full' | 'standard' | 'minus-50' | 'minus-100' | 'none';

export interface MonthlyPoints {
  points: number;
  /** The dates that lost their point, ascending. */
  lostDays: string[];
  auditedDays: number;
}

/** A day with unqualifiedLimit or more unqualified conversations loses its point. */
export function dayPoint(audit: Pick<QaAudit, 'unqualified'>, settings: Settings): 0 | 1 {
  return audit.unqualified >= settings.qa.unqualifiedLimit ? 0 : 1;
}

/** Fewer conversations sampled than the day's quota: the audit is flagged, not rescored. */
export function isShortSample(audit: Pick<QaAudit, 'sampled'>, settings: Settings): boolean {
  return audit.sampled < settings.qa.samplesPerDay;
}

/** Rows of the same date are added up first, since the limit is per day, not per audit sheet row. */
export function monthlyPoints(auditsOfOneAgentOneMonth: readonly QaAudit[], settings: Settings): MonthlyPoints {
  const unqualifiedByDay = new Map<string, number>();
  for (const audit of auditsOfOneAgentOneMonth) {
    const day = dateOf(audit.date);
    unqualifiedByDay.set(day, (unqualifiedByDay.get(day) ?? 0) + audit.unqualified);
  }
  const lostDays = [...unqualifiedByDay]
    .filter(([, unqualified]) => dayPoint({ unqualified }, settings) === 0)
    .map(([day]) => day)
    .sort();
  return {
    points: Math.max(0, settings.qa.pointsPerMonth - lostDays.length),
    lostDays,
    auditedDays: unqualifiedByDay.size,
  };
}

/** The most severe band that applies wins. */
export function bonusBand(points: number, settings: Settings): BonusBand {
  const qa = settings.qa;
  if (points < qa.noBonusBelow) return 'none';
  if (points < qa.minus100Below) return 'minus-100';
  if (points < qa.minus50Below) return 'minus-50';
  if (points >= qa.fullBonusPoints) return 'full';
  return 'standard';
}

/** Unqualified conversations per criterion over the audits; a blank criterion counts 0. */
export function failingCriteria(audits: readonly QaAudit[]): Record<QaCriterion, number> {
  const totals = Object.fromEntries(QA_CRITERION.map((c) => [c.key, 0])) as Record<QaCriterion, number>;
  for (const audit of audits) {
    for (const { key } of QA_CRITERION) totals[key] += audit[key] ?? 0;
  }
  return totals;
}
