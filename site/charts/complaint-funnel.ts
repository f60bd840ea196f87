// The month's complaints through the closed loop: how many reached each stage, as horizontal bars.
import { COMPLAINT_STAGE } from '../../shared/enums';
import type { ComplaintMonth } from '../../shared/report/complaints';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, type ChartConfig } from './chart-kit';

export function complaintFunnelChart(funnel: ComplaintMonth['funnel'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: funnel.map((f) => labelOf(COMPLAINT_STAGE, f.stage, lang)),
      datasets: [barSeries(w.series.reachedStage, funnel.map((f) => f.reached), OKABE_ITO.green)],
    },
    options: {
      ...baseOptions(1, lang),
      indexAxis: 'y',
      scales: { y: categoryAxis(w.axis.funnelStage), x: valueAxis(w.axis.complaints, { integer: true }) },
    },
  };
}
