// How many customers the archive holds in each tier, as bars.
import { TIER } from '../../shared/enums';
import type { ArchiveSummary } from '../../shared/report/archive';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, type ChartConfig } from './chart-kit';

export function archiveTierMixChart(tierMix: ArchiveSummary['tierMix'], lang: Lang): ChartConfig {
  const w = words(lang);
  return {
    type: 'bar',
    data: {
      labels: tierMix.map((t) => labelOf(TIER, t.tier, lang)),
      datasets: [barSeries(w.series.customers, tierMix.map((t) => t.count), OKABE_ITO.green)],
    },
    options: { ...baseOptions(1, lang), scales: { x: categoryAxis(w.axis.tier), y: valueAxis(w.axis.customers, { integer: true }) } },
  };
}
