// Pass rate by test, one series per cohort (bars, %); a test nobody sat has no bar.
import { TRAINING_TEST } from '../../shared/enums';
import type { TrainingSummary } from '../../shared/report/training';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, colourAt, percentOfShare, valueAxis, wrapLabel, type ChartConfig } from './chart-kit';

export function trainingPassRateChart(cohorts: TrainingSummary['cohorts'], lang: Lang): ChartConfig {
  const w = words(lang);
  const taken = new Set(cohorts.flatMap((c) => c.passRate.filter((p) => p.taken > 0).map((p) => p.test)));
  const tests = TRAINING_TEST.map((t) => t.key).filter((k) => taken.has(k));
  return {
    type: 'bar',
    data: {
      labels: tests.map((t) => wrapLabel(labelOf(TRAINING_TEST, t, lang))),
      datasets: cohorts.map((c, i) => barSeries(w.series.passRate(c.cohort),
        tests.map((t) => percentOfShare(c.passRate.find((p) => p.test === t)?.share)), colourAt(i))),
    },
    options: { ...baseOptions(cohorts.length, lang), scales: { x: categoryAxis(w.axis.test), y: valueAxis(w.axis.passRate, { min: 0, max: 100 }) } },
  };
}
