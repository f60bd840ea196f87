// Golden inputs → chart configs for the training charts: each trainee's scores against the pass mark, pass rate by test under the small-sample rule.
import { describe, expect, it } from 'vitest';
import { trainingScoresChart } from '../../../site/charts/training-scores';
import { trainingPassRateChart } from '../../../site/charts/training-pass-rate';
import type { TraineeSummary } from '../../../shared/report/training';
import { axisTitles, expectWellFormed, labels, series } from './chart-checks';

const trainees: TraineeSummary[] = [
  { trainee: '何欣', status: 'confirmed', confirmationDate: '2026-08-25', scores: [
    { test: 'typing', score: 93, passed: true, date: '2026-08-03' }, { test: 'probation', score: 92, passed: true, date: '2026-08-24' }] },
  { trainee: '罗婷', status: 'left', since: '2026-08-26', scores: [
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
  it('is a series per cohort and one over all cohorts, over the tests anyone sat; a rate hidden as too few, or a test not sat, is a gap', () => {
    const shown = (n: number, value: number) => ({ n, value, suppressed: false as const });
    const hidden = (n: number) => ({ n, suppressed: true as const });
    const section = {
      cohorts: [
        { cohort: '2026-03', startDate: '2026-03-02', planEnd: '2026-03-24', trainees: [], statusCounts: { 'in-training': 0, 'awaiting-confirmation': 0, confirmed: 0, extended: 0, eliminated: 0, left: 0 },
          passRate: [{ test: 'typing' as const, taken: 5, passed: 4, share: 0.8, rate: shown(5, 0.8) }, { test: 'probation-retake' as const, taken: 1, passed: 1, share: 1, rate: hidden(1) }] },
        { cohort: '2026-08', startDate: '2026-08-03', planEnd: '2026-08-25', trainees: [], statusCounts: { 'in-training': 0, 'awaiting-confirmation': 0, confirmed: 0, extended: 0, eliminated: 0, left: 0 },
          passRate: [{ test: 'typing' as const, taken: 3, passed: 1, share: 1 / 3, rate: hidden(3) }, { test: 'probation-retake' as const, taken: 0, passed: 0, share: undefined, rate: hidden(0) }] },
      ],
      passRate: [{ test: 'typing' as const, taken: 8, passed: 5, share: 5 / 8, rate: shown(8, 5 / 8) }, { test: 'probation-retake' as const, taken: 1, passed: 1, share: 1, rate: hidden(1) }],
    };
    const zh = trainingPassRateChart(section, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['打字测试', '转正补考']);
    expect(series(zh, 0)).toEqual([80, null]);
    expect(series(zh, 1)).toEqual([null, null]);
    expect(series(zh, 2)).toEqual([62.5, null]);
    expect(zh.data.datasets.map((d) => d.label)).toEqual(['2026-03 批（%）', '2026-08 批（%）', '全部批次（%）']);
    expect(trainingPassRateChart(section, 'en').data.datasets.map((d) => d.label)).toEqual(['Cohort 2026-03 (%)', 'Cohort 2026-08 (%)', 'All cohorts (%)']);
  });
});
