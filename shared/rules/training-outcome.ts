// 新人培训考核 — test due dates, a trainee's outcome after the probation exam, retake checks and pass rates.
import { TRAINING_TEST, type TrainingTest } from '../enums';
import { addDays, dateOf, daysBetween } from '../dates';
import type { TrainingResult } from '../schema/training';
import type { Settings } from '../settings';
import { share } from './stats';

export type TrainingStatus = 'in-training' | 'retake-due' | 'confirmed' | 'extended' | 'left' | 'awaiting-decision';

export interface TrainingOutcome {
  status: TrainingStatus;
  nextTest?: { test: TrainingTest; due: string };
  retakeDue?: string;
  probationScore?: number;
  retakeScore?: number;
}

export type RetakeIssue = 'same-paper' | 'wrong-day';

export interface TestPassRate {
  test: TrainingTest;
  taken: number;
  passed: number;
  share: number | undefined;
}

/** The plan's tests before the retake, which only a failed probation exam brings on. */
const PLAN_TESTS: readonly TrainingTest[] = ['typing', 'phone-manner', 'basic', 'comprehensive-1', 'comprehensive-2', 'probation'];

export function passes(score: number, settings: Settings): boolean {
  return score >= settings.training.passMark;
}

/** Day 1 of the plan is the start date itself; the retake falls retakeAfterDays after the probation exam. */
export function testDueDate(startDate: string, test: TrainingTest, settings: Settings): string {
  const { testDay, retakeAfterDays } = settings.training;
  const day = test === 'probation-retake' ? testDay.probation + retakeAfterDays : testDay[test];
  return addDays(startDate, day - 1);
}

function byDateThenId(a: TrainingResult, b: TrainingResult): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Where one trainee stands as of today; rows dated after today are not yet known and are ignored. */
export function trainingOutcome(resultsOfOneTrainee: readonly TrainingResult[], settings: Settings, today: string): TrainingOutcome {
  const rows = resultsOfOneTrainee.filter((r) => dateOf(r.date) <= dateOf(today)).sort(byDateThenId);
  const probation = rows.find((r) => r.test === 'probation');
  const retake = rows.find((r) => r.test === 'probation-retake');
  const scores: Pick<TrainingOutcome, 'probationScore' | 'retakeScore'> = {};
  if (probation) scores.probationScore = probation.score;
  if (retake) scores.retakeScore = retake.score;

  if (rows.some((r) => r.decision === 'leave')) return { status: 'left', ...scores };

  if (!probation) {
    const startDate = rows[0]?.startDate ?? resultsOfOneTrainee[0]?.startDate;
    const taken = new Set(rows.map((r) => r.test));
    const test = PLAN_TESTS.find((t) => !taken.has(t));
    if (!startDate || !test) return { status: 'in-training', ...scores };
    return { status: 'in-training', nextTest: { test, due: testDueDate(startDate, test, settings) }, ...scores };
  }
  if (passes(probation.score, settings)) return { status: 'confirmed', ...scores };
  if (!retake) {
    return { status: 'retake-due', retakeDue: addDays(probation.date, settings.training.retakeAfterDays), ...scores };
  }
  if (passes(retake.score, settings)) return { status: 'confirmed', ...scores };

  // The latest decision stands, in case a supervisor changed their mind.
  const decision = [...rows].reverse().find((r) => r.decision)?.decision;
  if (decision === 'extend') return { status: 'extended', ...scores };
  if (decision === 'confirm') return { status: 'confirmed', ...scores };
  return { status: 'awaiting-decision', ...scores };
}

/** A retake must use another paper and be sat retakeAfterDays after the probation exam; unknown papers are not flagged. */
export function retakeIssues(
  probation: Pick<TrainingResult, 'date' | 'paper'>,
  retake: Pick<TrainingResult, 'date' | 'paper'>,
  settings: Settings,
): RetakeIssue[] {
  const issues: RetakeIssue[] = [];
  const paperA = probation.paper?.trim().toLowerCase();
  const paperB = retake.paper?.trim().toLowerCase();
  if (paperA && paperB && paperA === paperB) issues.push('same-paper');
  if (daysBetween(probation.date, retake.date) !== settings.training.retakeAfterDays) issues.push('wrong-day');
  return issues;
}

/** Each trainee's first attempt at each test, every test listed in plan order even when nobody has taken it. */
export function passRateByTest(results: readonly TrainingResult[], settings: Settings): TestPassRate[] {
  const first = new Map<string, TrainingResult>();
  for (const r of [...results].sort(byDateThenId)) {
    // JSON keeps cohort and trainee apart whatever characters their names contain.
    const key = JSON.stringify([r.cohort, r.trainee, r.test]);
    if (!first.has(key)) first.set(key, r);
  }
  return TRAINING_TEST.map(({ key: test }) => {
    const attempts = [...first.values()].filter((r) => r.test === test);
    const passed = attempts.filter((r) => passes(r.score, settings)).length;
    return { test, taken: attempts.length, passed, share: share(passed, attempts.length) };
  });
}
