// Training: pass mark, test days, a trainee's status on any date, retake checks and pass rates.
import { describe, it, expect } from 'vitest';
import {
  passes, passRateByTest, retakeIssues, testDueDate, trainingOutcome, type TrainingOutcome,
} from '../../../shared/rules/training-outcome';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { TrainingTest } from '../../../shared/enums';
import type { TrainingResult } from '../../../shared/schema/training';

const settings = defaultSettings();
const start = '2026-11-02';

let nextId = 0;
const result = (test: TrainingTest, date: string, score: number, extra: Partial<TrainingResult> = {}): TrainingResult => ({
  id: `R${String(++nextId).padStart(3, '0')}`, cohort: '2026-11', trainee: 'Li', startDate: start, test, date, score, ...extra,
});

describe('passes', () => {
  // 000: "考試成績以80分作為合格線" — 80 is the pass line itself.
  const cases = [
    { description: '80 passes', input: 80, expected: true },
    { description: '79 fails', input: 79, expected: false },
    { description: '100 passes', input: 100, expected: true },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(passes(input, settings)).toBe(expected);
  });
  it('reads the pass mark from Settings', () => {
    expect(passes(79, withSetting(settings, 'training.passMark', 70))).toBe(true);
  });
});

describe('testDueDate', () => {
  const cases: { description: string; input: TrainingTest; expected: string }[] = [
    { description: 'typing on day 1 = the start date', input: 'typing', expected: '2026-11-02' },
    { description: 'phone manner on day 1', input: 'phone-manner', expected: '2026-11-02' },
    { description: 'basic on day 3', input: 'basic', expected: '2026-11-04' },
    { description: 'comprehensive 1 on day 8', input: 'comprehensive-1', expected: '2026-11-09' },
    { description: 'comprehensive 2 on day 18', input: 'comprehensive-2', expected: '2026-11-19' },
    { description: 'probation on day 22', input: 'probation', expected: '2026-11-23' },
    { description: 'the retake 2 days after probation, on day 24', input: 'probation-retake', expected: '2026-11-25' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(testDueDate(start, input, settings)).toBe(expected);
  });
  it('reads the test day from Settings', () => {
    expect(testDueDate(start, 'basic', withSetting(settings, 'training.testDay.basic', 5))).toBe('2026-11-06');
  });
});

describe('trainingOutcome', () => {
  const early = [result('typing', '2026-11-02', 90), result('phone-manner', '2026-11-02', 85), result('basic', '2026-11-04', 80)];
  const beforeProbation = [...early, result('comprehensive-1', '2026-11-09', 88), result('comprehensive-2', '2026-11-19', 82)];
  const failedProbation = [...beforeProbation, result('probation', '2026-11-23', 60)];
  const cases: { description: string; input: { rows: TrainingResult[]; today: string }; expected: TrainingOutcome }[] = [
    { description: 'no rows → in training, nothing to schedule', input: { rows: [], today: '2026-11-02' }, expected: { status: 'in-training' } },
    {
      description: 'typing taken → phone manner next, day 1',
      input: { rows: [result('typing', '2026-11-02', 90)], today: '2026-11-02' },
      expected: { status: 'in-training', nextTest: { test: 'phone-manner', due: '2026-11-02' } },
    },
    {
      // 000: "第3天基本能力考試…不合格者淘汰,合格者提出更高的要求" — 80 passes, so training goes on.
      description: 'basic exam 80 on day 3 → comprehensive 1 next, on day 8',
      input: { rows: early, today: '2026-11-05' },
      expected: { status: 'in-training', nextTest: { test: 'comprehensive-1', due: '2026-11-09' } },
    },
    {
      // 000: "第3天基本能力考試…不合格者淘汰".
      description: 'basic exam 79 on day 3 → eliminated that day',
      input: { rows: [result('typing', '2026-11-02', 90), result('basic', '2026-11-04', 79)], today: '2026-11-04' },
      expected: { status: 'eliminated', since: '2026-11-04' },
    },
    {
      description: 'eliminated stays eliminated whatever is recorded after it',
      input: { rows: [result('basic', '2026-11-04', 79), result('comprehensive-1', '2026-11-09', 95), result('probation', '2026-11-23', 95)], today: '2026-12-30' },
      expected: { status: 'eliminated', since: '2026-11-04', probationScore: 95 },
    },
    {
      description: 'a failed typing test does not eliminate (000 eliminates on day 1 only those "差太多的", a judgement)',
      input: { rows: [result('typing', '2026-11-02', 40), result('phone-manner', '2026-11-02', 85)], today: '2026-11-03' },
      expected: { status: 'in-training', nextTest: { test: 'basic', due: '2026-11-04' } },
    },
    {
      description: 'a skipped test is next, in plan order',
      input: { rows: [result('typing', '2026-11-02', 90), result('basic', '2026-11-04', 90)], today: '2026-11-05' },
      expected: { status: 'in-training', nextTest: { test: 'phone-manner', due: '2026-11-02' } },
    },
    {
      description: 'all but probation → probation on day 22',
      input: { rows: beforeProbation, today: '2026-11-20' },
      expected: { status: 'in-training', nextTest: { test: 'probation', due: '2026-11-23' } },
    },
    {
      description: 'a row dated after today is not yet known',
      input: { rows: [...beforeProbation, result('probation', '2026-11-23', 95)], today: '2026-11-22' },
      expected: { status: 'in-training', nextTest: { test: 'probation', due: '2026-11-23' } },
    },
    {
      // 000: "轉正考試,通過者可次日轉正" — on the exam day itself, confirmation is the next day.
      description: 'probation 80, the exam day → awaiting confirmation on the next day',
      input: { rows: [...beforeProbation, result('probation', '2026-11-23', 80)], today: '2026-11-23' },
      expected: { status: 'awaiting-confirmation', confirmationDate: '2026-11-24', probationScore: 80 },
    },
    {
      description: 'probation 80, the next day → confirmed',
      input: { rows: [...beforeProbation, result('probation', '2026-11-23', 80)], today: '2026-11-24' },
      expected: { status: 'confirmed', confirmationDate: '2026-11-24', probationScore: 80 },
    },
    {
      // 000: "二天后再次考試(考試題目與上次不同)".
      description: 'probation 79, no retake yet → in training, the retake due 2 days later',
      input: { rows: [...beforeProbation, result('probation', '2026-11-23', 79)], today: '2026-11-23' },
      expected: { status: 'in-training', retakeDue: '2026-11-25', probationScore: 79 },
    },
    {
      description: 'retake still not sat after its day → still in training, the due date kept',
      input: { rows: failedProbation, today: '2026-11-28' },
      expected: { status: 'in-training', retakeDue: '2026-11-25', probationScore: 60 },
    },
    {
      // 000: "合格者試用期1個月后轉正": one calendar month from the retake, 25 Nov → 25 Dec.
      description: 'retake 80 on 25 Nov, the day before the one-month date (24 Dec) → awaiting confirmation',
      input: { rows: [...failedProbation, result('probation-retake', '2026-11-25', 80)], today: '2026-12-24' },
      expected: { status: 'awaiting-confirmation', confirmationDate: '2026-12-25', probationScore: 60, retakeScore: 80 },
    },
    {
      description: 'retake 80 on 25 Nov, on the one-month date (25 Dec) → confirmed',
      input: { rows: [...failedProbation, result('probation-retake', '2026-11-25', 80)], today: '2026-12-25' },
      expected: { status: 'confirmed', confirmationDate: '2026-12-25', probationScore: 60, retakeScore: 80 },
    },
    {
      description: 'retake passed on 31 Jan → one month ends on 28 Feb, the last day February has',
      input: { rows: [result('probation', '2027-01-29', 60), result('probation-retake', '2027-01-31', 90)], today: '2027-02-27' },
      expected: { status: 'awaiting-confirmation', confirmationDate: '2027-02-28', probationScore: 60, retakeScore: 90 },
    },
    {
      description: 'a retake sat a day early (+1) still counts as the retake',
      input: { rows: [...failedProbation, result('probation-retake', '2026-11-24', 85)], today: '2026-11-30' },
      expected: { status: 'awaiting-confirmation', confirmationDate: '2026-12-24', probationScore: 60, retakeScore: 85 },
    },
    {
      // 000: "不合格者淘汰或者延長試用期" — until one of them is recorded, the trainee is still on the plan.
      description: 'retake 79, no decision → in training, awaiting a decision',
      input: { rows: [...failedProbation, result('probation-retake', '2026-11-25', 79)], today: '2026-11-25' },
      expected: { status: 'in-training', awaitingDecision: true, probationScore: 60, retakeScore: 79 },
    },
    {
      description: 'retake failed, extend → extended',
      input: { rows: [result('probation', '2026-11-23', 60), result('probation-retake', '2026-11-25', 70, { decision: 'extend' })], today: '2026-11-26' },
      expected: { status: 'extended', probationScore: 60, retakeScore: 70 },
    },
    {
      description: 'retake failed, leave → left',
      input: { rows: [result('probation', '2026-11-23', 60), result('probation-retake', '2026-11-25', 70, { decision: 'leave' })], today: '2026-11-26' },
      expected: { status: 'left', since: '2026-11-25', probationScore: 60, retakeScore: 70 },
    },
    {
      description: 'retake failed, the supervisor confirms anyway → confirmed',
      input: { rows: [result('probation', '2026-11-23', 60), result('probation-retake', '2026-11-25', 70, { decision: 'confirm' })], today: '2026-11-26' },
      expected: { status: 'confirmed', probationScore: 60, retakeScore: 70 },
    },
    {
      description: 'leave on any row, even mid-plan → left',
      input: { rows: [result('typing', '2026-11-02', 90), result('phone-manner', '2026-11-02', 40, { decision: 'leave' })], today: '2026-11-03' },
      expected: { status: 'left', since: '2026-11-02' },
    },
    {
      description: 'eliminated on day 3, a leave recorded later → still eliminated (it came first)',
      input: { rows: [result('basic', '2026-11-04', 50), result('comprehensive-1', '2026-11-09', 50, { decision: 'leave' })], today: '2026-11-10' },
      expected: { status: 'eliminated', since: '2026-11-04' },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(trainingOutcome(input.rows, settings, input.today)).toEqual(expected);
  });

  it('reads the confirmation gap and the probation length from Settings', () => {
    const passed = [result('probation', '2026-11-23', 90)];
    expect(trainingOutcome(passed, withSetting(settings, 'training.confirmAfterDays', 3), '2026-11-25'))
      .toMatchObject({ status: 'awaiting-confirmation', confirmationDate: '2026-11-26' });
    const retaken = [result('probation', '2026-11-23', 60), result('probation-retake', '2026-11-25', 90)];
    expect(trainingOutcome(retaken, withSetting(settings, 'training.probationMonths', 3), '2027-02-24'))
      .toMatchObject({ status: 'awaiting-confirmation', confirmationDate: '2027-02-25' });
  });

  it('reads pass mark and retake gap from Settings', () => {
    const rows = [result('probation', '2026-11-23', 75)];
    expect(trainingOutcome(rows, withSetting(settings, 'training.passMark', 75), '2026-11-24').status).toBe('confirmed');
    expect(trainingOutcome(rows, withSetting(settings, 'training.retakeAfterDays', 3), '2026-11-23').retakeDue).toBe('2026-11-26');
  });

  it('does not reorder the caller’s rows', () => {
    const rows = [result('basic', '2026-11-04', 90), result('typing', '2026-11-02', 90)];
    const ids = rows.map((r) => r.id);
    trainingOutcome(rows, settings, '2026-11-05');
    expect(rows.map((r) => r.id)).toEqual(ids);
  });
});

describe('retakeIssues', () => {
  // 000: "二天后再次考試(考試題目與上次不同)" — day +2 on another paper; +1 and +3 are the wrong day.
  const cases: { description: string; input: [Pick<TrainingResult, 'date' | 'paper'>, Pick<TrainingResult, 'date' | 'paper'>]; expected: string[] }[] = [
    { description: 'other paper, 2 days later → fine', input: [{ date: '2026-11-23', paper: 'A' }, { date: '2026-11-25', paper: 'B' }], expected: [] },
    { description: 'same paper', input: [{ date: '2026-11-23', paper: 'A' }, { date: '2026-11-25', paper: ' a ' }], expected: ['same-paper'] },
    { description: '1 day later → wrong day', input: [{ date: '2026-11-23', paper: 'A' }, { date: '2026-11-24', paper: 'B' }], expected: ['wrong-day'] },
    { description: '3 days later → wrong day', input: [{ date: '2026-11-23', paper: 'A' }, { date: '2026-11-26', paper: 'B' }], expected: ['wrong-day'] },
    { description: 'both wrong', input: [{ date: '2026-11-23', paper: 'A' }, { date: '2026-11-23', paper: 'A' }], expected: ['same-paper', 'wrong-day'] },
    { description: 'unrecorded paper is not flagged', input: [{ date: '2026-11-23' }, { date: '2026-11-25', paper: 'A' }], expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(retakeIssues(input[0], input[1], settings)).toEqual(expected);
  });
  it('reads the retake gap from Settings', () => {
    expect(retakeIssues({ date: '2026-11-23', paper: 'A' }, { date: '2026-11-26', paper: 'B' },
      withSetting(settings, 'training.retakeAfterDays', 3))).toEqual([]);
  });
});

describe('passRateByTest', () => {
  const rows = [
    result('typing', '2026-11-02', 80, { trainee: 'Li' }),
    result('typing', '2026-11-02', 79, { trainee: 'Wang' }),
    // Wang's second typing attempt is not a first attempt.
    result('typing', '2026-11-03', 95, { trainee: 'Wang' }),
    result('typing', '2026-11-02', 90, { trainee: 'Li', cohort: '2026-12' }),
    result('probation', '2026-11-23', 70, { trainee: 'Li' }),
    result('probation-retake', '2026-11-25', 85, { trainee: 'Li' }),
  ];
  const rates = passRateByTest(rows, settings);
  const cases = [
    { description: 'typing: first attempts only, trainees told apart by cohort', input: 'typing', expected: { test: 'typing', taken: 3, passed: 2, share: 2 / 3 } },
    { description: 'probation', input: 'probation', expected: { test: 'probation', taken: 1, passed: 0, share: 0 } },
    { description: 'retake reported on its own', input: 'probation-retake', expected: { test: 'probation-retake', taken: 1, passed: 1, share: 1 } },
    { description: 'a test nobody took', input: 'basic', expected: { test: 'basic', taken: 0, passed: 0, share: undefined } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(rates.find((r) => r.test === input)).toEqual(expected);
  });
  it('lists every test in plan order', () => {
    expect(rates.map((r) => r.test)).toEqual(['typing', 'phone-manner', 'basic', 'comprehensive-1', 'comprehensive-2', 'probation', 'probation-retake']);
  });
  it('reads the pass mark from Settings', () => {
    expect(passRateByTest(rows, withSetting(settings, 'training.passMark', 70)).find((r) => r.test === 'probation')?.passed).toBe(1);
  });
});
