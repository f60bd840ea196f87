// Complaints received and closed by month (bars, count) and, as its own chart, the first response on time (line, %).
import type { ComplaintMonth } from '../../shared/report/complaints';
import { formatMonthShort, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, lineSeries, OKABE_ITO, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function complaintTrendChart(trend: ComplaintMonth['trend'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [
        barSeries(w.series.received, trend.map((t) => t.received), OKABE_ITO.blue),
        barSeries(w.series.closed, trend.map((t) => t.closed), OKABE_ITO.skyBlue),
      ],
    },
    options: {
      ...baseOptions(2, lang),
      scales: { x: categoryAxis(w.month), y: valueAxis(w.axis.complaints, { integer: true }) },
    },
  };
}

export function firstResponseTrendChart(section: { trend: ComplaintMonth['trend']; firstResponseHours: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { trend } = section;
  return {
    type: 'line',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [lineSeries(w.series.slaMet(section.firstResponseHours), trend.map((t) => percentOf(t.slaMet)), 1)],
    },
    options: {
      ...baseOptions(1, lang),
      scales: { x: categoryAxis(w.month), y: valueAxis(w.series.slaMet(section.firstResponseHours), { min: 0, max: 100 }) },
    },
  };
}
