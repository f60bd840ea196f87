// 新人培训考核 — test due dates, a trainee's status on any date, retake checks and pass rates.
import { TRAINING_STATUS, TRAINING_TEST, type TrainingTest } from '../enums';
import { addDays, dateOf, daysBetween } from '../dates';
import type { TrainingResult } from '../schema/training';
import type { Settings } from '../settings';
import { share } from './stats';

/** Where a trainee stands on a date; a failed retake with no decision yet stays in training (awaitingDecision). */
export type TrainingStatus = (typeof TRAINING_STATUS)[number]['key'];

export interface TrainingOutcome {
  status: TrainingStatus;
  /** In training: the next plan test not yet sat, and when it falls. */
  nextTest?: { test: TrainingTest; due: string };
  /** In training after a failed probation exam: the day the retake falls. */
  retakeDue?: string;
  /** In training after a failed retake: extend or leave has not been recorded yet. */
  awaitingDecision?: true;
  /** Awaiting confirmation or confirmed: the day confirmation falls (or fell). */
  confirmationDate?: string;
  /** Eliminated or left: the day of the failed basic exam or of the row recording the leave. */
  since?: string;
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

/** The same day n calendar months later, or the month's last day when it has no such day (31 Jan + 1 month → 28 Feb). */
function addCalendarMonths(isoDate: string, months: number): string {
  const [y, m, d] = dateOf(isoDate).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Confirmed from the confirmation date on; before it, awaiting confirmation. */
function confirmationOn(date: string, today: string): Pick<TrainingOutcome, 'status' | 'confirmationDate'> {
  return { status: dateOf(today) >= date ? 'confirmed' : 'awaiting-confirmation', confirmationDate: date };
}

/** Where one trainee stands on `today`; rows dated after it are not yet known and are ignored. */
export function trainingOutcome(resultsOfOneTrainee: readonly TrainingResult[], settings: Settings, today: string): TrainingOutcome {
  const { retakeAfterDays, confirmAfterDays, probationMonths } = settings.training;
  const rows = resultsOfOneTrainee.filter((r) => dateOf(r.date) <= dateOf(today)).sort(byDateThenId);
  const probation = rows.find((r) => r.test === 'probation');
  const retake = rows.find((r) => r.test === 'probation-retake');
  const scores: Pick<TrainingOutcome, 'probationScore' | 'retakeScore'> = {};
  if (probation) scores.probationScore = probation.score;
  if (retake) scores.retakeScore = retake.score;

  // Whichever ended the training first: a recorded leave, or 000 "第3天基本能力考試…不合格者淘汰" on the first basic exam.
  const leave = rows.find((r) => r.decision === 'leave');
  const basic = rows.find((r) => r.test === 'basic');
  const failedBasic = basic && !passes(basic.score, settings) ? basic : undefined;
  if (failedBasic && (!leave || failedBasic.date <= leave.date)) return { status: 'eliminated', since: dateOf(failedBasic.date), ...scores };
  if (leave) return { status: 'left', since: dateOf(leave.date), ...scores };

  if (!probation) {
    const startDate = rows[0]?.startDate ?? resultsOfOneTrainee[0]?.startDate;
    const taken = new Set(rows.map((r) => r.test));
    const test = PLAN_TESTS.find((t) => !taken.has(t));
    if (!startDate || !test) return { status: 'in-training', ...scores };
    return { status: 'in-training', nextTest: { test, due: testDueDate(startDate, test, settings) }, ...scores };
  }
  // 000 "轉正考試,通過者可次日轉正".
  if (passes(probation.score, settings)) return { ...confirmationOn(addDays(probation.date, confirmAfterDays), today), ...scores };
  // 000 "二天后再次考試(考試題目與上次不同)".
  if (!retake) return { status: 'in-training', retakeDue: addDays(probation.date, retakeAfterDays), ...scores };
  // 000 "合格者試用期1個月后轉正", the month counted from the retake.
  if (passes(retake.score, settings)) return { ...confirmationOn(addCalendarMonths(retake.date, probationMonths), today), ...scores };

  // 000 "不合格者淘汰或者延長試用期": the latest decision stands, in case a supervisor changed their mind.
  const decision = [...rows].reverse().find((r) => r.decision)?.decision;
  if (decision === 'extend') return { status: 'extended', ...scores };
  if (decision === 'confirm') return { status: 'confirmed', ...scores };
  return { status: 'in-training', awaitingDecision: true, ...scores };
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
