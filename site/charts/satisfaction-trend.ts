// CSAT by month (line, %) with the responses behind each month (bars, count).
import type { SatisfactionSummary } from '../../shared/report/satisfaction';
import { formatMonthShort, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, lineSeries, OKABE_ITO, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function satisfactionTrendChart(trend: SatisfactionSummary['trend'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [
        lineSeries(w.series.csat, trend.map((t) => percentOf(t.csat)), 0, { yAxisID: 'y', order: 0 }),
        barSeries(w.series.answered, trend.map((t) => t.answered), OKABE_ITO.skyBlue, { yAxisID: 'y1', order: 1 }),
      ],
    },
    options: {
      ...baseOptions(2, lang),
      scales: {
        x: categoryAxis(w.month),
        y: valueAxis(w.axis.csat, { min: 0, max: 100 }),
        y1: valueAxis(w.axis.responses, { position: 'right', integer: true, grid: false }),
      },
    },
  };
}
