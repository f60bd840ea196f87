// Which QA criteria failed most this month: unqualified conversations per criterion, as horizontal bars; critical ones say so.
import type { QualitySummary } from '../../shared/report/quality';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, type ChartConfig } from './chart-kit';

export function qualityCriteriaChart(criteria: QualitySummary['criteria'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: criteria.map((c) => (c.critical ? [c.label[lang], w.quality.critical] : c.label[lang])),
      datasets: [barSeries(w.series.unqualified, criteria.map((c) => c.count), OKABE_ITO.vermillion)],
    },
    options: {
      ...baseOptions(1, lang),
      indexAxis: 'y',
      scales: { y: categoryAxis(w.axis.criterion), x: valueAxis(w.axis.conversations, { integer: true }) },
    },
  };
}
