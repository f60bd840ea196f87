// 新人培训 — cohorts as cohorts at a month's end: start date, each trainee's scores and status, status counts, pass rate by test.
import { TRAINING_STATUS, TRAINING_TEST, type TrainingTest } from '../enums';
import { addDays, dateOf } from '../dates';
import type { TrainingResult } from '../schema/training';
import type { Settings } from '../settings';
import { passRateByTest, passes, trainingOutcome, type TestPassRate, type TrainingOutcome, type TrainingStatus } from '../rules/training-outcome';
import { agentAlias, traineeAliases } from './agents';
import { figure } from './figure';
import { monthRange, trailingMonths } from './months';
import { compareText, groupBy } from './order';
import type { Figure, ReportData, ReportOptions } from './types';

export const TRAINING_STATUSES: readonly TrainingStatus[] = TRAINING_STATUS.map((s) => s.key);

export type TraineeSummary = {
  trainee: string;
  mentor?: string;
  scores: { test: TrainingTest; score: number; passed: boolean; date: string }[];
} & Omit<TrainingOutcome, 'probationScore' | 'retakeScore'>;

/** Counts of first attempts (always shown) and the pass rate under the small-sample rule. */
export type PassRate = TestPassRate & { rate: Figure };

export interface CohortSummary {
  cohort: string;
  /** The earliest start date recorded for the cohort. */
  startDate: string;
  /** The plan's last day: training.planDays from the start date, day 1 being the start. */
  planEnd: string;
  trainees: TraineeSummary[];
  statusCounts: Record<TrainingStatus, number>;
  passRate: PassRate[];
}

export interface TrainingSummary {
  /** Cohorts started in the 12 months up to month end, and older ones with a trainee still in training or awaiting confirmation; oldest first. */
  cohorts: CohortSummary[];
  /** Pass rate by test over every trainee of the cohorts shown. */
  passRate: PassRate[];
  /** Every trainee of the cohorts shown with their status at month end (exact, for `kefu summary`). */
  trainees: { cohort: string; trainee: string; status: TrainingStatus }[];
  /** The newest cohort started by month end, shown or not, for the headline; undefined before any training. */
  latest: { cohort: string; startDate: string; trainees: number; confirmed: number; statusCounts: Record<TrainingStatus, number> } | undefined;
}

const OPEN: readonly TrainingStatus[] = ['in-training', 'awaiting-confirmation'];
const TEST_ORDER = TRAINING_TEST.map((t) => t.key);

function byDateThenTest(a: TrainingResult, b: TrainingResult): number {
  return compareText(dateOf(a.date), dateOf(b.date)) || TEST_ORDER.indexOf(a.test) - TEST_ORDER.indexOf(b.test) || compareText(a.id, b.id);
}

function summariseTrainee(trainee: string, rows: TrainingResult[], settings: Settings, today: string): TraineeSummary {
  const { probationScore: _p, retakeScore: _r, ...outcome } = trainingOutcome(rows, settings, today);
  const mentor = [...rows].reverse().find((r) => r.mentor?.trim())?.mentor;
  return {
    trainee,
    ...(mentor ? { mentor } : {}),
    scores: rows.map((r) => ({ test: r.test, score: r.score, passed: passes(r.score, settings), date: dateOf(r.date) })),
    ...outcome,
  };
}

function countStatuses(trainees: readonly { status: TrainingStatus }[]): Record<TrainingStatus, number> {
  const counts = Object.fromEntries(TRAINING_STATUSES.map((s) => [s, 0])) as Record<TrainingStatus, number>;
  for (const t of trainees) counts[t.status] += 1;
  return counts;
}

function publishedRates(rows: readonly TrainingResult[], settings: Settings, minGroupSize: number): PassRate[] {
  return passRateByTest(rows, settings).map((r) => ({ ...r, rate: figure(r.passed, r.taken, minGroupSize) }));
}

/**
 * Every cohort started by the month end, oldest first, each with its trainees' scores and statuses at that day (the trainer
 * view). Trainees as "学员 1" … in keyed order and mentors as agents' pseudonyms, unless options.nameTrainees; then by name
 * (mentors as agents are).
 */
export function summariseCohorts(data: ReportData, month: string, settings: Settings, options: ReportOptions): CohortSummary[] {
  const named = options.nameTrainees === true;
  const mentorAlias = agentAlias(data, { pseudonymiseAgents: !named || options.pseudonymiseAgents, pseudonymKey: options.pseudonymKey });
  const { to } = monthRange(month);
  const known = data.training.filter((r) => dateOf(r.date) <= to).sort(byDateThenTest);

  const byCohort = groupBy(known, (r) => r.cohort);
  return [...byCohort].map(([cohort, rows]): CohortSummary => {
    const byTrainee = groupBy(rows, (r) => r.trainee);
    const aliases = named ? undefined : traineeAliases([...byTrainee.keys()], options.pseudonymKey);
    const order = aliases ? [...aliases.keys()] : [...byTrainee.keys()].sort(compareText);
    const trainees = order.map((t) => {
      const summary = summariseTrainee(t, byTrainee.get(t)!, settings, to);
      const { mentor, ...rest } = summary;
      return { ...rest, trainee: aliases?.get(t) ?? t, ...(mentor ? { mentor: mentorAlias(mentor) } : {}) };
    });
    const startDate = rows.map((r) => dateOf(r.startDate)).sort(compareText)[0]!;
    return {
      cohort,
      startDate,
      planEnd: addDays(startDate, settings.training.planDays - 1),
      trainees,
      statusCounts: countStatuses(trainees),
      passRate: publishedRates(rows, settings, options.minGroupSize),
    };
  }).sort((a, b) => compareText(a.startDate, b.startDate) || compareText(a.cohort, b.cohort));
}

/** The month's training: cohorts of the last 12 months and older ones still open, as summariseCohorts gives them. */
export function summariseTraining(data: ReportData, month: string, settings: Settings, options: ReportOptions): TrainingSummary {
  const { to } = monthRange(month);
  const firstMonth = trailingMonths(month)[0]!;
  const known = data.training.filter((r) => dateOf(r.date) <= to);
  const all = summariseCohorts(data, month, settings, options);

  const cohorts = all.filter((c) => c.startDate.slice(0, 7) >= firstMonth || c.trainees.some((t) => OPEN.includes(t.status)));
  const shown = new Set(cohorts.map((c) => c.cohort));
  const newest = all[all.length - 1];
  return {
    cohorts,
    passRate: publishedRates(known.filter((r) => shown.has(r.cohort)), settings, options.minGroupSize),
    trainees: cohorts.flatMap((c) => c.trainees.map((t) => ({ cohort: c.cohort, trainee: t.trainee, status: t.status }))),
    latest: newest && {
      cohort: newest.cohort, startDate: newest.startDate, trainees: newest.trainees.length,
      confirmed: newest.statusCounts.confirmed, statusCounts: newest.statusCounts,
    },
  };
}
