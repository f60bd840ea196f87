// 质检 — an agent's daily QA point, monthly points, bonus band, penalty points and the criteria they fail most.
import { QA_CRITERION, type BonusBand, type QaCriterion } from '../enums';
import { dateOf } from '../dates';
import type { QaAudit } from '../schema/qa-audits';
import type { Settings } from '../settings';

export type { BonusBand };

/** One agent's audited day: the rows of that date added up. */
export type QaDay = Pick<QaAudit, 'sampled' | 'unqualified'> & Record<QaCriterion, number>;

export interface MonthlyPoints {
  points: number;
  /** The dates that lost their point, ascending. */
  lostDays: string[];
  /** Of lostDays, those under the unqualified limit that a critical criterion cost. */
  criticalDays: string[];
  auditedDays: number;
}

/**
 * A day with unqualifiedLimit or more unqualified conversations loses its point (002 "有4條不合格者扣一分"),
 * and so does a day with any unqualified conversation on a critical criterion of the rubric.
 */
export function dayPoint(day: Pick<QaAudit, 'unqualified'> & Partial<Record<QaCriterion, number>>, settings: Settings): 0 | 1 {
  if (day.unqualified >= settings.qa.unqualifiedLimit) return 0;
  return QA_CRITERION.some(({ key }) => settings.qa.rubric[key].critical && (day[key] ?? 0) > 0) ? 0 : 1;
}

/** Fewer conversations sampled than the day's quota: the audit is flagged, not rescored. */
export function isShortSample(audit: Pick<QaAudit, 'sampled'>, settings: Settings): boolean {
  return audit.sampled < settings.qa.samplesPerDay;
}

/** Rows of one agent and date added up per date, since the limit is per day, not per audit sheet row. */
export function totalByDay(auditsOfOneAgent: readonly QaAudit[]): Map<string, QaDay> {
  const days = new Map<string, QaDay>();
  for (const audit of auditsOfOneAgent) {
    const day = dateOf(audit.date);
    const sum = days.get(day) ?? { sampled: 0, unqualified: 0, ...Object.fromEntries(QA_CRITERION.map((c) => [c.key, 0])) as Record<QaCriterion, number> };
    sum.sampled += audit.sampled;
    sum.unqualified += audit.unqualified;
    for (const { key } of QA_CRITERION) sum[key] += audit[key] ?? 0;
    days.set(day, sum);
  }
  return days;
}

export function monthlyPoints(auditsOfOneAgentOneMonth: readonly QaAudit[], settings: Settings): MonthlyPoints {
  const days = [...totalByDay(auditsOfOneAgentOneMonth)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lost = days.filter(([, day]) => dayPoint(day, settings) === 0);
  return {
    points: Math.max(0, settings.qa.pointsPerMonth - lost.length),
    lostDays: lost.map(([date]) => date),
    criticalDays: lost.filter(([, day]) => day.unqualified < settings.qa.unqualifiedLimit).map(([date]) => date),
    auditedDays: days.length,
  };
}

/**
 * 002: "低于20分者扣除當月獎金的50元,低于15分者扣除100元,12分以下本月獎金沒有!26分全滿者基本獎金全得".
 * 以下 includes the number itself, 低于 does not; the most severe band that applies wins.
 */
export function bonusBand(points: number, settings: Settings): BonusBand {
  const qa = settings.qa;
  if (points <= qa.noBonusAtOrBelow) return 'none';
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

/** The rubric's penalty points over the audits: each unqualified conversation of a criterion costs that criterion's weight. */
export function penaltyPoints(audits: readonly QaAudit[], settings: Settings): number {
  const totals = failingCriteria(audits);
  return QA_CRITERION.reduce((sum, { key }) => sum + totals[key] * settings.qa.rubric[key].penalty, 0);
}
