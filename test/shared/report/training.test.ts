// Training at a month's end: cohorts still in play, each trainee's scores and outcome, pass rates, and who is on track.
import { describe, it, expect } from 'vitest';
import { summariseTraining } from '../../../shared/report/training';
import { defaultSettings } from '../../../shared/settings';
import type { TrainingResult } from '../../../shared/schema/training';
import { data, result } from './fixtures';

const settings = defaultSettings();
const opts = { minGroupSize: 5, pseudonymiseAgents: true };

const plan = (trainee: string, scores: Partial<Record<TrainingResult['test'], number>>, extra: Partial<TrainingResult> = {}): TrainingResult[] => {
  const dates: Record<TrainingResult['test'], string> = {
    typing: '2026-11-02', 'phone-manner': '2026-11-02', basic: '2026-11-04', 'comprehensive-1': '2026-11-09',
    'comprehensive-2': '2026-11-19', probation: '2026-11-23', 'probation-retake': '2026-11-25',
  };
  return Object.entries(scores).map(([test, score]) => result(trainee, test as TrainingResult['test'], dates[test as TrainingResult['test']], score!, extra));
};

const d = data({
  training: [
    ...plan('Amy', { typing: 90, 'phone-manner': 85, basic: 88, 'comprehensive-1': 82, 'comprehensive-2': 91, probation: 95 }, { mentor: 'Mr Wu' }),
    ...plan('Bo', { typing: 90, 'phone-manner': 85, basic: 70, 'comprehensive-1': 85, 'comprehensive-2': 85, probation: 60 }),
    ...plan('Cai', { typing: 90, 'phone-manner': 85, basic: 75 }),
    ...plan('Dan', { typing: 90, 'phone-manner': 85, basic: 80 }),
    ...plan('Eve', { typing: 88, probation: 70, 'probation-retake': 85 }),
    result('Fay', 'typing', '2026-12-01', 90, { startDate: '2026-12-01' }),
    result('Gus', 'typing', '2026-05-04', 90, { cohort: '2026-05', startDate: '2026-05-04' }),
    result('Gus', 'probation', '2026-05-25', 90, { cohort: '2026-05', startDate: '2026-05-04' }),
    result('Hal', 'probation', '2026-08-24', 60, { cohort: '2026-08', startDate: '2026-08-03' }),
  ],
});

describe('summariseTraining', () => {
  const t = summariseTraining(d, '2026-11', settings, opts);

  it('shows cohorts testing, running or with an open outcome, oldest first; a finished cohort drops out', () => {
    expect(t.cohorts.map((c) => c.cohort)).toEqual(['2026-08', '2026-11']);
  });

  it("a trainee's scores, mentor and outcome, by name and not pseudonymised", () => {
    const amy = t.cohorts[1]!.trainees[0]!;
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
      outcome: 'confirmed',
    });
  });

  it('outcomes as of 30 November; rows dated after it are left out', () => {
    const byName = Object.fromEntries(t.cohorts[1]!.trainees.map((x) => [x.trainee, x]));
    expect(Object.keys(byName)).toEqual(['Amy', 'Bo', 'Cai', 'Dan', 'Eve']);
    expect(byName.Bo).toMatchObject({ outcome: 'retake-due', retakeDue: '2026-11-25' });
    expect(byName.Dan).toMatchObject({ outcome: 'in-training', nextTest: { test: 'comprehensive-1', due: '2026-11-09' } });
    expect(byName.Eve!.outcome).toBe('confirmed');
    expect(t.cohorts[0]!.trainees[0]).toMatchObject({ trainee: 'Hal', outcome: 'retake-due', retakeDue: '2026-08-26' });
  });

  it('on track: Amy, Dan and Eve (Cai failed the basic exam, Bo and Hal owe a retake) of 6', () => {
    expect(t.onTrack).toBe(3);
    expect(t.total).toBe(6);
  });

  it('pass rate by test for the cohort, first attempts', () => {
    expect(t.cohorts[1]!.passRate.map(({ test, taken, passed }) => [test, taken, passed])).toEqual([
      ['typing', 5, 5], ['phone-manner', 4, 4], ['basic', 4, 2], ['comprehensive-1', 2, 2],
      ['comprehensive-2', 2, 2], ['probation', 3, 1], ['probation-retake', 1, 1],
    ]);
  });

  it('December brings Fay in', () => {
    const dec = summariseTraining(d, '2026-12', settings, opts);
    expect(dec.cohorts.find((c) => c.cohort === '2026-11')!.trainees.map((x) => x.trainee)).toContain('Fay');
  });

  it('before any training there is nothing', () => {
    expect(summariseTraining(d, '2026-04', settings, opts)).toEqual({ cohorts: [], onTrack: 0, total: 0 });
  });
});
