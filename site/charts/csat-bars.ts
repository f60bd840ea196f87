// CSAT per group (agent, stage, tier) as bars: the one shape the three "CSAT by …" charts share.
import type { Cell } from '../../shared/report/suppress';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, percentOf, valueAxis, wrapLabel, type ChartConfig } from './chart-kit';

export interface CsatGroup {
  label: string;
  csat: Cell;
}

export function csatBars(groups: readonly CsatGroup[], axisTitle: string, lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: groups.map((g) => wrapLabel(g.label)),
      datasets: [barSeries(w.series.csat, groups.map((g) => percentOf(g.csat)), OKABE_ITO.blue)],
    },
    options: { ...baseOptions(1, lang), scales: { x: categoryAxis(axisTitle), y: valueAxis(w.axis.csat, { min: 0, max: 100 }) } },
  };
}
