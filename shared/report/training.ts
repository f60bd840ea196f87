// 新人培训 — the cohorts in training at a month's end: each trainee's scores and outcome, pass rates, and who is on track.
import { TRAINING_TEST, type TrainingTest } from '../enums';
import { addDays, dateOf } from '../dates';
import type { TrainingResult } from '../schema/training';
import type { Settings } from '../settings';
import { passRateByTest, passes, trainingOutcome, type TestPassRate, type TrainingStatus } from '../rules/training-outcome';
import { isInMonth, monthRange } from './months';
import { compareText, groupBy } from './order';
import type { ReportData, ReportOptions } from './types';

export interface TraineeSummary {
  trainee: string;
  mentor?: string;
  scores: { test: TrainingTest; score: number; passed: boolean; date: string }[];
  outcome: TrainingStatus;
  nextTest?: { test: TrainingTest; due: string };
  retakeDue?: string;
}

export interface TrainingSummary {
  cohorts: { cohort: string; trainees: TraineeSummary[]; passRate: TestPassRate[] }[];
  onTrack: number;
  total: number;
}

const UNRESOLVED: readonly TrainingStatus[] = ['in-training', 'retake-due', 'awaiting-decision'];
const TEST_ORDER = TRAINING_TEST.map((t) => t.key);

function byDateThenTest(a: TrainingResult, b: TrainingResult): number {
  return compareText(dateOf(a.date), dateOf(b.date)) || TEST_ORDER.indexOf(a.test) - TEST_ORDER.indexOf(b.test) || compareText(a.id, b.id);
}

/** A test whose latest attempt failed; the probation exam is settled by the outcome itself, so only plan tests count. */
function hasFailedTestOutstanding(rows: readonly TrainingResult[], settings: Settings): boolean {
  const latest = new Map<TrainingTest, TrainingResult>();
  for (const r of rows) latest.set(r.test, r);
  return [...latest.values()].some((r) => r.test !== 'probation' && r.test !== 'probation-retake' && !passes(r.score, settings));
}

function summariseTrainee(trainee: string, rows: TrainingResult[], settings: Settings, today: string): { summary: TraineeSummary; onTrack: boolean } {
  const outcome = trainingOutcome(rows, settings, today);
  const mentor = [...rows].reverse().find((r) => r.mentor?.trim())?.mentor;
  const summary: TraineeSummary = {
    trainee,
    ...(mentor ? { mentor } : {}),
    scores: rows.map((r) => ({ test: r.test, score: r.score, passed: passes(r.score, settings), date: dateOf(r.date) })),
    outcome: outcome.status,
    ...(outcome.nextTest ? { nextTest: outcome.nextTest } : {}),
    ...(outcome.retakeDue ? { retakeDue: outcome.retakeDue } : {}),
  };
  const onTrack = (outcome.status === 'in-training' || outcome.status === 'confirmed') && !hasFailedTestOutstanding(rows, settings);
  return { summary, onTrack };
}

/** Options are taken for a uniform call shape; trainees and mentors are staff and shown by name. */
export function summariseTraining(data: ReportData, month: string, settings: Settings, _options?: ReportOptions): TrainingSummary {
  const { from, to } = monthRange(month);
  const known = data.training.filter((r) => dateOf(r.date) <= to).sort(byDateThenTest);
  const cohorts: TrainingSummary['cohorts'] = [];
  let onTrack = 0;
  let total = 0;

  const byCohort = groupBy(known, (r) => r.cohort);
  const starts = new Map([...byCohort].map(([cohort, rows]) => [cohort, rows.map((r) => dateOf(r.startDate)).sort(compareText)[0]!]));
  const names = [...byCohort.keys()].sort((a, b) => compareText(starts.get(a)!, starts.get(b)!) || compareText(a, b));

  for (const cohort of names) {
    const rows = byCohort.get(cohort)!;
    const byTrainee = groupBy(rows, (r) => r.trainee);
    const trainees = [...byTrainee.keys()].sort(compareText).map((t) => summariseTrainee(t, byTrainee.get(t)!, settings, to));
    // A cohort is shown while it tests, while its plan runs, or while a trainee's outcome is still open.
    const planEnd = addDays(starts.get(cohort)!, settings.training.planDays - 1);
    const active = rows.some((r) => isInMonth(r.date, month)) || planEnd >= from
      || trainees.some((t) => UNRESOLVED.includes(t.summary.outcome));
    if (!active) continue;
    cohorts.push({ cohort, trainees: trainees.map((t) => t.summary), passRate: passRateByTest(rows, settings) });
    total += trainees.length;
    onTrack += trainees.filter((t) => t.onTrack).length;
  }
  return { cohorts, onTrack, total };
}
