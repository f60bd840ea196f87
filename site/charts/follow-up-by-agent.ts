// Each agent's calls and reached calls (bars, count) and, as its own chart, the share of follow-ups they kept on time (bars, %).
import type { FollowUpSummary } from '../../shared/report/follow-ups';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, percentOf, valueAxis, type ChartConfig } from './chart-kit';

export function followUpByAgentChart(byAgent: FollowUpSummary['byAgent'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: byAgent.map((a) => a.agent),
      datasets: [
        barSeries(w.series.calls, byAgent.map((a) => a.calls), OKABE_ITO.blue),
        barSeries(w.series.reached, byAgent.map((a) => a.reached), OKABE_ITO.skyBlue),
      ],
    },
    options: {
      ...baseOptions(2, lang),
      scales: { x: categoryAxis(w.agent), y: valueAxis(w.axis.calls, { integer: true }) },
    },
  };
}

/** A withheld agent is a gap, not a zero. */
export function followUpTimelyByAgentChart(section: { byAgent: FollowUpSummary['byAgent']; postServiceDays: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { byAgent } = section;
  return {
    type: 'bar',
    data: {
      labels: byAgent.map((a) => a.agent),
      datasets: [barSeries(w.series.timely(section.postServiceDays), byAgent.map((a) => percentOf(a.timely)), OKABE_ITO.vermillion)],
    },
    options: {
      ...baseOptions(1, lang),
      scales: { x: categoryAxis(w.agent), y: valueAxis(w.series.timely(section.postServiceDays), { min: 0, max: 100 }) },
    },
  };
}
