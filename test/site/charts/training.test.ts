// Golden inputs → chart configs for the training charts: each trainee's scores against the pass mark, pass rate by test.
import { describe, expect, it } from 'vitest';
import { trainingScoresChart } from '../../../site/charts/training-scores';
import { trainingPassRateChart } from '../../../site/charts/training-pass-rate';
import type { TraineeSummary } from '../../../shared/report/training';
import { axisTitles, expectWellFormed, labels, series } from './chart-checks';

const trainees: TraineeSummary[] = [
  { trainee: '何欣', outcome: 'confirmed', scores: [
    { test: 'typing', score: 93, passed: true, date: '2026-08-03' }, { test: 'probation', score: 92, passed: true, date: '2026-08-24' }] },
  { trainee: '罗婷', outcome: 'left', scores: [
    { test: 'typing', score: 74, passed: false, date: '2026-08-03' }, { test: 'probation', score: 71, passed: false, date: '2026-08-24' },
    { test: 'probation-retake', score: 72, passed: false, date: '2026-08-26' }] },
];

describe('trainingScoresChart', () => {
  it('draws a line per trainee over the tests sat, in plan order, and a dashed pass-mark line', () => {
    const zh = trainingScoresChart({ trainees, passMark: 80 }, 'zh');
    const en = trainingScoresChart({ trainees, passMark: 80 }, 'en');
    for (const c of [zh, en]) expectWellFormed(c);
    expect(labels(zh)).toEqual(['打字测试', '转正考试', '转正补考']);
    expect(labels(en)).toEqual(['typing test', 'probation exam', ['probation', 'retake']]);
    expect(series(zh, 0)).toEqual([93, 92, null]);
    expect(series(zh, 1)).toEqual([74, 71, 72]);
    expect(series(zh, 2)).toEqual([80, 80, 80]);
    expect(zh.data.datasets.map((d) => d.label)).toEqual(['何欣（分）', '罗婷（分）', '及格线（80 分）']);
    expect((zh.data.datasets[2] as { borderDash?: number[] }).borderDash).toBeDefined();
    expect(axisTitles(en)).toEqual(['Test', 'Score (points)']);
  });
});

describe('trainingPassRateChart', () => {
  it('is a series per cohort over the tests anyone sat; a test a cohort did not sit is a gap', () => {
    const cohorts = [
      { cohort: '2026-03', trainees: [], passRate: [{ test: 'typing' as const, taken: 4, passed: 3, share: 0.75 }, { test: 'probation-retake' as const, taken: 1, passed: 1, share: 1 }] },
      { cohort: '2026-08', trainees: [], passRate: [{ test: 'typing' as const, taken: 3, passed: 1, share: 0.3333333 }, { test: 'probation-retake' as const, taken: 0, passed: 0, share: undefined }] },
    ];
    const zh = trainingPassRateChart(cohorts, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['打字测试', '转正补考']);
    expect(series(zh, 0)).toEqual([75, 100]);
    expect(series(zh, 1)).toEqual([33.3, null]);
    expect(zh.data.datasets.map((d) => d.label)).toEqual(['2026-03 批（%）', '2026-08 批（%）']);
    expect(trainingPassRateChart(cohorts, 'en').data.datasets.map((d) => d.label)).toEqual(['Cohort 2026-03 (%)', 'Cohort 2026-08 (%)']);
  });
});
