// Member follow-up coverage and post-service timeliness by month, two lines in %.
import type { FollowUpSummary } from '../../shared/report/follow-ups';
import { formatMonthShort, words, type Lang } from '../i18n';
import { baseOptions, categoryAxis, lineSeries, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function followUpTrendChart(section: { trend: FollowUpSummary['trend']; postServiceDays: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { trend } = section;
  return {
    type: 'line',
    data: {
      labels: trend.map((t) => formatMonthShort(t.month, lang)),
      datasets: [
        lineSeries(w.series.coverage, trend.map((t) => percentOf(t.coverage)), 0),
        lineSeries(w.series.timely(section.postServiceDays), trend.map((t) => percentOf(t.timely)), 1, { borderDash: [8, 4] }),
      ],
    },
    options: { ...baseOptions(2, lang), scales: { x: categoryAxis(w.month), y: valueAxis(w.axis.share, { min: 0, max: 100 }) } },
  };
}
