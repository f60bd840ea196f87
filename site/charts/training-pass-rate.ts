// Pass rate by test, one series per cohort and one over all cohorts shown (bars, %); a rate from too few trainees, or a test nobody sat, has no bar.
import { TRAINING_TEST } from '../../shared/enums';
import type { TrainingSummary } from '../../shared/report/training';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, colourAt, percentOf, valueAxis, wrapLabel, type ChartConfig } from './chart-kit';

export function trainingPassRateChart(section: Pick<TrainingSummary, 'cohorts' | 'passRate'>, lang: Lang): ChartConfig {
  const w = words(lang);
  const { cohorts, passRate } = section;
  const taken = new Set(passRate.filter((p) => p.taken > 0).map((p) => p.test));
  const tests = TRAINING_TEST.map((t) => t.key).filter((k) => taken.has(k));
  const rateOf = (rates: TrainingSummary['passRate'], test: string) => {
    const rate = rates.find((p) => p.test === test)?.rate;
    return rate ? percentOf(rate) : null;
  };
  return {
    type: 'bar',
    data: {
      labels: tests.map((t) => wrapLabel(labelOf(TRAINING_TEST, t, lang))),
      datasets: [
        ...cohorts.map((c, i) => barSeries(w.series.passRate(c.cohort), tests.map((t) => rateOf(c.passRate, t)), colourAt(i))),
        barSeries(w.series.passRateAll, tests.map((t) => rateOf(passRate, t)), colourAt(cohorts.length)),
      ],
    },
    options: { ...baseOptions(cohorts.length + 1, lang), scales: { x: categoryAxis(w.axis.test), y: valueAxis(w.axis.passRate, { min: 0, max: 100 }) } },
  };
}
