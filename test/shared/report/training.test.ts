// Training at a month's end, cohort by cohort: start date, each trainee's status, status counts, pass rates, the newest cohort.
import { describe, it, expect } from 'vitest';
import { summariseCohorts, summariseTraining } from '../../../shared/report/training';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { TrainingResult } from '../../../shared/schema/training';
import { data, result } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 5, pseudonymiseAgents: false, nameTrainees: true };

const plan = (trainee: string, scores: Partial<Record<TrainingResult['test'], number>>, extra: Partial<TrainingResult> = {}): TrainingResult[] => {
  const dates: Record<TrainingResult['test'], string> = {
    typing: '2026-11-02', 'phone-manner': '2026-11-02', basic: '2026-11-04', 'comprehensive-1': '2026-11-09',
    'comprehensive-2': '2026-11-19', probation: '2026-11-23', 'probation-retake': '2026-11-25',
  };
  return Object.entries(scores).map(([test, score]) => result(trainee, test as TrainingResult['test'], dates[test as TrainingResult['test']], score!, extra));
};
const older = (cohort: string, startDate: string) => ({ cohort, startDate });

const d = data({
  training: [
    ...plan('Amy', { typing: 90, 'phone-manner': 85, basic: 88, 'comprehensive-1': 82, 'comprehensive-2': 91, probation: 95 }, { mentor: 'Mr Wu' }),
    ...plan('Bo', { typing: 90, 'phone-manner': 85, basic: 85, 'comprehensive-1': 85, 'comprehensive-2': 85, probation: 60 }),
    ...plan('Cai', { typing: 90, 'phone-manner': 85, basic: 79 }),
    ...plan('Dan', { typing: 90, 'phone-manner': 85, basic: 80 }),
    ...plan('Eve', { typing: 88, probation: 70, 'probation-retake': 85 }),
    result('Fay', 'typing', '2026-12-01', 90, { startDate: '2026-12-01' }),
    result('Gus', 'typing', '2026-05-04', 90, older('2026-05', '2026-05-04')),
    result('Gus', 'probation', '2026-05-25', 90, older('2026-05', '2026-05-04')),
    result('Hal', 'probation', '2026-08-24', 60, older('2026-08', '2026-08-03')),
    result('Kim', 'probation', '2026-08-24', 65, older('2026-08', '2026-08-03')),
    result('Kim', 'probation-retake', '2026-08-26', 75, { ...older('2026-08', '2026-08-03'), decision: 'extend' }),
    result('Ivy', 'probation', '2025-06-23', 90, older('2025-06', '2025-06-02')),
    result('Jon', 'probation', '2025-05-26', 60, older('2025-05', '2025-05-05')),
    result('Jon', 'probation-retake', '2025-05-28', 70, older('2025-05', '2025-05-05')),
  ],
});

describe('summariseTraining on a published page (the default: trainees and mentors pseudonymised, issue 10 point 4)', () => {
  const published = summariseTraining(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false, pseudonymKey: 'k1' });
  const json = JSON.stringify(published);

  it('names no trainee and no mentor, even with agents shown by name', () => {
    for (const name of ['Amy', 'Bo', 'Cai', 'Dan', 'Eve', 'Gus', 'Hal', 'Kim', 'Jon', 'Mr Wu']) expect(json).not.toContain(`"${name}"`);
  });

  it('numbers each cohort 学员 1 … n and lists it in that order; the mentor is an agent pseudonym', () => {
    const november = published.cohorts[3]!;
    expect(november.trainees.map((t) => t.trainee)).toEqual(['学员 1', '学员 2', '学员 3', '学员 4', '学员 5']);
    expect(november.trainees.filter((t) => t.mentor).map((t) => t.mentor)).toEqual(['客服 A']);
    expect(published.trainees.filter((t) => t.cohort === '2026-11').map((t) => t.trainee)).toEqual(['学员 1', '学员 2', '学员 3', '学员 4', '学员 5']);
  });

  it('keeps each trainee\'s record whole under the pseudonym: the one who scored 95 on probation is confirmed-bound', () => {
    const amy = published.cohorts[3]!.trainees.find((t) => t.scores.some((s) => s.test === 'probation' && s.score === 95))!;
    expect(amy.mentor).toBe('客服 A');
    expect(amy.status).toBe(t0.cohorts[3]!.trainees.find((t) => t.trainee === 'Amy')!.status);
  });
});

const t0 = summariseTraining(d, '2026-11', settings, opts);

describe('summariseTraining', () => {
  const t = summariseTraining(d, '2026-11', settings, opts);

  it('cohorts started in the 12 months to November, and an older one still undecided, oldest first; 2025-06 is done and drops out', () => {
    expect(t.cohorts.map((c) => [c.cohort, c.startDate])).toEqual([
      ['2025-05', '2025-05-05'], ['2026-05', '2026-05-04'], ['2026-08', '2026-08-03'], ['2026-11', '2026-11-02'],
    ]);
  });

  // 000 lays the plan out from 第1天 to 第23天: day 23 is the start date + 22.
  it("a cohort's plan ends on day 23, from Settings", () => {
    expect(t.cohorts[3]!.planEnd).toBe('2026-11-24');
    expect(summariseTraining(d, '2026-11', withSetting(settings, 'training.planDays', 30), opts).cohorts[3]!.planEnd).toBe('2026-12-01');
  });

  it("a trainee's scores, mentor and status, by name and not pseudonymised", () => {
    const amy = t.cohorts[3]!.trainees[0]!;
    expect(amy).toEqual({
      trainee: 'Amy',
      mentor: 'Mr Wu',
      scores: [
        { test: 'typing', score: 90, passed: true, date: '2026-11-02' },
        { test: 'phone-manner', score: 85, passed: true, date: '2026-11-02' },
        { test: 'basic', score: 88, passed: true, date: '2026-11-04' },
        { test: 'comprehensive-1', score: 82, passed: true, date: '2026-11-09' },
        { test: 'comprehensive-2', score: 91, passed: true, date: '2026-11-19' },
        { test: 'probation', score: 95, passed: true, date: '2026-11-23' },
      ],
      // 000: "轉正考試,通過者可次日轉正".
      status: 'confirmed',
      confirmationDate: '2026-11-24',
    });
  });

  it('statuses as of 30 November, with their dates; rows dated after it are left out', () => {
    const byName = Object.fromEntries(t.cohorts.flatMap((c) => c.trainees).map((x) => [x.trainee, x]));
    expect(Object.keys(byName)).toEqual(['Jon', 'Gus', 'Hal', 'Kim', 'Amy', 'Bo', 'Cai', 'Dan', 'Eve']);
    // 000: "二天后再次考試".
    expect(byName.Bo).toMatchObject({ status: 'in-training', retakeDue: '2026-11-25' });
    // 000: "第3天基本能力考試…不合格者淘汰": 79 fails, 80 passes.
    expect(byName.Cai).toMatchObject({ status: 'eliminated', since: '2026-11-04' });
    expect(byName.Dan).toMatchObject({ status: 'in-training', nextTest: { test: 'comprehensive-1', due: '2026-11-09' } });
    // 000: "合格者試用期1個月后轉正": retake on 25 Nov → confirmed on 25 Dec.
    expect(byName.Eve).toMatchObject({ status: 'awaiting-confirmation', confirmationDate: '2026-12-25' });
    expect(byName.Gus).toMatchObject({ status: 'confirmed', confirmationDate: '2026-05-26' });
    expect(byName.Hal).toMatchObject({ status: 'in-training', retakeDue: '2026-08-26' });
    expect(byName.Kim!.status).toBe('extended');
    expect(byName.Jon).toMatchObject({ status: 'in-training', awaitingDecision: true });
  });

  it('status counts per cohort', () => {
    expect(t.cohorts[3]!.statusCounts).toEqual({ 'in-training': 2, 'awaiting-confirmation': 1, confirmed: 1, extended: 0, eliminated: 1, left: 0 });
    expect(t.cohorts[2]!.statusCounts).toEqual({ 'in-training': 1, 'awaiting-confirmation': 0, confirmed: 0, extended: 1, eliminated: 0, left: 0 });
  });

  it('pass rate by test for a cohort: first-attempt counts always, the rate only from 5 trainees', () => {
    expect(t.cohorts[3]!.passRate.map(({ test, taken, passed, rate }) => [test, taken, passed, rate])).toEqual([
      ['typing', 5, 5, { n: 5, value: 1, suppressed: false }],
      ['phone-manner', 4, 4, { n: 4, suppressed: true }],
      ['basic', 4, 3, { n: 4, suppressed: true }],
      ['comprehensive-1', 2, 2, { n: 2, suppressed: true }],
      ['comprehensive-2', 2, 2, { n: 2, suppressed: true }],
      ['probation', 3, 1, { n: 3, suppressed: true }],
      ['probation-retake', 1, 1, { n: 1, suppressed: true }],
    ]);
  });

  it('pass rate by test over every cohort shown: probation 2 of 7 (Amy, Gus), Ivy\'s cohort not shown', () => {
    const probation = t.passRate.find((r) => r.test === 'probation')!;
    expect(probation).toEqual({ test: 'probation', taken: 7, passed: 2, share: 2 / 7, rate: { n: 7, value: 2 / 7, suppressed: false } });
    expect(t.passRate.find((r) => r.test === 'probation-retake')!.rate).toEqual({ n: 3, suppressed: true });
  });

  it('every trainee shown, flat, with cohort and status', () => {
    expect(t.trainees.slice(0, 4)).toEqual([
      { cohort: '2025-05', trainee: 'Jon', status: 'in-training' },
      { cohort: '2026-05', trainee: 'Gus', status: 'confirmed' },
      { cohort: '2026-08', trainee: 'Hal', status: 'in-training' },
      { cohort: '2026-08', trainee: 'Kim', status: 'extended' },
    ]);
    expect(t.trainees).toHaveLength(9);
  });

  it('the newest cohort for the headline: 1 of its 5 confirmed', () => {
    expect(t.latest).toEqual({
      cohort: '2026-11', startDate: '2026-11-02', trainees: 5, confirmed: 1,
      statusCounts: { 'in-training': 2, 'awaiting-confirmation': 1, confirmed: 1, extended: 0, eliminated: 1, left: 0 },
    });
  });

  it('December brings Fay in, and Eve is confirmed on 25 December', () => {
    const dec = summariseTraining(d, '2026-12', settings, opts);
    const cohort = dec.cohorts.find((c) => c.cohort === '2026-11')!;
    expect(cohort.trainees.map((x) => x.trainee)).toContain('Fay');
    expect(cohort.trainees.find((x) => x.trainee === 'Eve')).toMatchObject({ status: 'confirmed', confirmationDate: '2026-12-25' });
  });

  it('before any training there is nothing', () => {
    const apr = summariseTraining(d, '2025-04', settings, opts);
    expect([apr.cohorts, apr.trainees, apr.latest]).toEqual([[], [], undefined]);
  });
});

describe('a finished cohort still reads honestly', () => {
  // Four trainees, all through the probation exam on 23 March 2026 (000: "通過者可次日轉正").
  const march = data({
    training: ['A', 'B', 'C', 'D'].map((name) => result(name, 'probation', '2026-03-23', 90, { cohort: '2026-03', startDate: '2026-03-02' })),
  });
  const cases = [
    { description: 'on the exam month: all four confirmed on 24 March, 4 of 4', input: '2026-03', expected: { cohort: '2026-03', trainees: 4, confirmed: 4 } },
    { description: 'a year later, when no cohort is shown, the newest cohort still stands, 4 of 4', input: '2027-06', expected: { cohort: '2026-03', trainees: 4, confirmed: 4 } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const t = summariseTraining(march, input, settings, opts);
    expect(t.latest).toMatchObject(expected);
  });
  it('a year later the cohort is no longer listed', () => {
    expect(summariseTraining(march, '2027-06', settings, opts).cohorts).toEqual([]);
  });
});

describe('summariseCohorts (the trainer view: every cohort, not only the last 12 months)', () => {
  it('lists every cohort started by the month end, done or not, oldest first; 2025-06 stays in, the December one is not yet', () => {
    expect(summariseCohorts(d, '2026-11', settings, opts).map((c) => c.cohort)).toEqual(['2025-05', '2025-06', '2026-05', '2026-08', '2026-11']);
  });

  it('shows the same cohorts the monthly report does, trainee for trainee', () => {
    const all = summariseCohorts(d, '2026-11', settings, opts);
    for (const cohort of t0.cohorts) expect(all.find((c) => c.cohort === cohort.cohort)).toEqual(cohort);
  });

  it('pseudonymises trainees and mentors by default, as the published pages must', () => {
    const json = JSON.stringify(summariseCohorts(d, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false, pseudonymKey: 'k1' }));
    for (const name of ['Amy', 'Bo', 'Ivy', 'Jon', 'Mr Wu']) expect(json).not.toContain(`"${name}"`);
    expect(json).toContain('"学员 1"');
  });
});
