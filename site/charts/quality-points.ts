// Each agent's QA points for the month out of the month's total (horizontal bars), the bonus band written under the name.
import type { QualitySummary } from '../../shared/report/quality';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, type ChartConfig } from './chart-kit';

export function qualityPointsChart(section: { agents: QualitySummary['agents']; pointsPerMonth: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { agents } = section;
  return {
    type: 'bar',
    data: {
      labels: agents.map((a) => [a.agent, w.band(a.band)]),
      datasets: [barSeries(w.series.points, agents.map((a) => a.points), OKABE_ITO.blue)],
    },
    options: {
      ...baseOptions(1, lang),
      indexAxis: 'y',
      scales: { y: categoryAxis(w.agent), x: valueAxis(w.axis.points, { min: 0, max: section.pointsPerMonth, integer: true }) },
    },
  };
}
