// 需要跟进 / Needs attention — what a supervisor acts on after a month: weak agents, open complaints by id, missed second calls, tests due, archive gaps.
import { toEpochMs } from '../dates';
import type { BonusBand } from '../rules/qa-points';
import type { TrainingTest } from '../enums';
import type { Settings } from '../settings';
import { openAt } from './complaints';
import { monthEnd } from './months';
import type { MonthReport } from './month-report';
import type { ReportData } from './types';

/** Bands below 标准 (standard): the agent loses part or all of the bonus. */
const BELOW_STANDARD: readonly BonusBand[] = ['minus-50', 'minus-100', 'none'];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface NeedsAttention {
  /** Agents whose satisfaction is published (not suppressed) and below report.attentionCsatBelow. */
  lowCsat: { agent: string; csat: number; answered: number }[];
  /** Agents whose QA points put them below the standard bonus band. */
  belowStandard: { agent: string; points: number; band: BonusBand }[];
  /** Complaints open at `asOf` by the shop's own id, oldest first; overdue past report.overdueComplaintDays. */
  openComplaints: { id: string; receivedAt: string; ageDays: number; overdue: boolean }[];
  /** Customers whose second follow-up was missed this month, by assigned agent. */
  secondMissedByAgent: { agent: string; count: number }[];
  /** Trainees in training with a test or a retake coming (named as the report names them). */
  testsDue: { cohort: string; trainee: string; test: TrainingTest; due: string }[];
  /** Archive completeness against its target; below when under it. */
  archive: { share: number; target: number; below: boolean } | undefined;
  /** The thresholds used, for the page to say. */
  thresholds: { csatBelow: number; overdueDays: number };
}

/**
 * The month's needs-attention list from its finished report; open complaints come from the register as it stood at
 * `asOf` (month end, or today for a month still in progress). Only ids, counts and published figures leave here.
 */
export function listNeedsAttention(data: ReportData, report: MonthReport, settings: Settings, asOf: string = monthEnd(report.month)): NeedsAttention {
  const { attentionCsatBelow, overdueComplaintDays } = settings.report;
  const lowCsat = report.satisfaction.byAgent.flatMap((a) =>
    !a.csat.suppressed && a.csat.value < attentionCsatBelow ? [{ agent: a.agent, csat: a.csat.value, answered: a.answered ?? a.csat.n }] : []);
  const belowStandard = report.quality.agents.flatMap((a) => (BELOW_STANDARD.includes(a.band) ? [{ agent: a.agent, points: a.points, band: a.band }] : []));

  const now = toEpochMs(asOf);
  const openComplaints = openAt(data.complaints, asOf)
    .map((c) => {
      const ageMs = now - toEpochMs(c.receivedAt);
      // "Over 7 days" as the open-by-age bands count it: from the full seventh day on.
      return { id: c.id, receivedAt: c.receivedAt, ageDays: Math.floor(ageMs / DAY_MS), overdue: ageMs >= overdueComplaintDays * DAY_MS };
    })
    .sort((a, b) => b.ageDays - a.ageDays || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const testsDue = report.training.cohorts.flatMap((c) => c.trainees.flatMap((t) => {
    if (t.status !== 'in-training') return [];
    if (t.retakeDue) return [{ cohort: c.cohort, trainee: t.trainee, test: 'probation-retake' as const, due: t.retakeDue }];
    return t.nextTest ? [{ cohort: c.cohort, trainee: t.trainee, test: t.nextTest.test, due: t.nextTest.due }] : [];
  }));

  const share = report.archive.completeness.overall.share;
  const target = report.archive.target;
  return {
    lowCsat,
    belowStandard,
    openComplaints,
    secondMissedByAgent: report.followUps.missed.secondByAgent,
    testsDue,
    archive: share === undefined ? undefined : { share, target, below: share < target },
    thresholds: { csatBelow: attentionCsatBelow, overdueDays: overdueComplaintDays },
  };
}
