// Complaints received and closed by month (bars, count) with the first-response SLA met (line, %).
import type { ComplaintMonth } from '../../shared/report/complaints';
import { formatMonthShort, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, lineSeries, OKABE_ITO, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function complaintTrendChart(section: { trend: ComplaintMonth['trend']; firstResponseHours: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { trend } = section;
  return {
    type: 'bar',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [
        lineSeries(w.series.slaMet(section.firstResponseHours), trend.map((t) => percentOf(t.slaMet)), 1, { yAxisID: 'y1', order: 0 }),
        barSeries(w.series.received, trend.map((t) => t.received), OKABE_ITO.blue, { yAxisID: 'y', order: 1 }),
        barSeries(w.series.closed, trend.map((t) => t.closed), OKABE_ITO.skyBlue, { yAxisID: 'y', order: 2 }),
      ],
    },
    options: {
      ...baseOptions(3, lang),
      scales: {
        x: categoryAxis(w.month),
        y: valueAxis(w.axis.complaints, { integer: true }),
        y1: valueAxis(w.series.slaMet(section.firstResponseHours), { min: 0, max: 100, position: 'right', grid: false }),
      },
    },
  };
}
