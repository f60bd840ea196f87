// CSAT by month (line, %) and, as its own chart, the responses behind each month (bars, count): never two axes on one chart.
import type { SatisfactionSummary } from '../../shared/report/satisfaction';
import { formatMonthShort, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, lineSeries, OKABE_ITO, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function satisfactionTrendChart(trend: SatisfactionSummary['trend'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'line',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [lineSeries(w.series.csat, trend.map((t) => percentOf(t.csat)), 0)],
    },
    options: {
      ...baseOptions(1, lang),
      scales: { x: categoryAxis(w.month), y: valueAxis(w.axis.csat, { min: 0, max: 100 }) },
    },
  };
}

export function responsesTrendChart(trend: SatisfactionSummary['trend'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [barSeries(w.series.answered, trend.map((t) => t.answered), OKABE_ITO.skyBlue)],
    },
    options: {
      ...baseOptions(1, lang),
      scales: { x: categoryAxis(w.month), y: valueAxis(w.axis.responses, { integer: true }) },
    },
  };
}
