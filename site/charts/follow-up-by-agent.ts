// Each agent's calls and reached calls (bars, count) with the share of post-service calls made in time (line, %).
import type { FollowUpSummary } from '../../shared/report/follow-ups';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, lineSeries, OKABE_ITO, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function followUpByAgentChart(section: { byAgent: FollowUpSummary['byAgent']; postServiceDays: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { byAgent } = section;
  return {
    type: 'bar',
    data: {
      labels: byAgent.map((a) => a.agent),
      datasets: [
        lineSeries(w.series.timely(section.postServiceDays), byAgent.map((a) => percentOf(a.timely)), 1, { yAxisID: 'y1', order: 0, showLine: false, pointRadius: 6 }),
        barSeries(w.series.calls, byAgent.map((a) => a.calls), OKABE_ITO.blue, { yAxisID: 'y', order: 1 }),
        barSeries(w.series.reached, byAgent.map((a) => a.reached), OKABE_ITO.skyBlue, { yAxisID: 'y', order: 2 }),
      ],
    },
    options: {
      ...baseOptions(3, lang),
      scales: {
        x: categoryAxis(w.agent),
        y: valueAxis(w.axis.calls, { integer: true }),
        y1: valueAxis(w.series.timely(section.postServiceDays), { min: 0, max: 100, position: 'right', grid: false }),
      },
    },
  };
}
