// How many customers missed a follow-up due this month, by their assigned agent: counts, never names.
import { UNASSIGNED, type FollowUpSummary } from '../../shared/report/follow-ups';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, type ChartConfig } from './chart-kit';

export function followUpMissedChart(byAgent: FollowUpSummary['missed']['byAgent'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: byAgent.map((a) => (a.agent === UNASSIGNED ? w.unassigned : a.agent)),
      datasets: [barSeries(w.followUps.missedSeries, byAgent.map((a) => a.count), OKABE_ITO.vermillion)],
    },
    options: { ...baseOptions(1, lang), scales: { x: categoryAxis(w.agent), y: valueAxis(w.followUps.missedAxis, { integer: true }) } },
  };
}
