// How satisfied the month's answers were: satisfied / neutral / dissatisfied counts, hidden when there are too few.
import { SATISFACTION } from '../../shared/enums';
import type { PublishedCsat } from '../../shared/report/report-model';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, type ChartConfig } from './chart-kit';

export function satisfactionDistributionChart(csat: PublishedCsat, lang: Lang): ChartConfig {
  const w = words(lang);
  const counts = csat.suppressed ? undefined : { satisfied: csat.satisfied, neutral: csat.neutral, dissatisfied: csat.dissatisfied };
  return {
    type: 'bar',
    data: {
      labels: SATISFACTION.map((s) => labelOf(SATISFACTION, s.key, lang)),
      datasets: [barSeries(w.series.count, SATISFACTION.map((s) => (counts ? counts[s.key] : null)),
        OKABE_ITO.blue, { backgroundColor: [OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.vermillion], borderColor: [OKABE_ITO.green, OKABE_ITO.orange, OKABE_ITO.vermillion] })],
    },
    options: { ...baseOptions(1, lang), scales: { x: categoryAxis(w.axis.rating), y: valueAxis(w.axis.answers, { integer: true }) } },
  };
}
