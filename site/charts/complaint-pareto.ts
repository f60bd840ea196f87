// 投诉分类 Pareto: complaints by category, most first (bars, count), with the cumulative share (line, %).
import type { EnumValue } from '../../shared/enums';
import type { CategoryCount } from '../../shared/rules/complaint-sla';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, lineSeries, OKABE_ITO, percentOfShare, valueAxis, wrapLabel, type ChartConfig } from './chart-kit';

export function complaintParetoChart(section: { byCategory: readonly CategoryCount[]; categories: readonly EnumValue[] }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { byCategory } = section;
  return {
    type: 'bar',
    data: {
      labels: byCategory.map((c) => wrapLabel(labelOf(section.categories, c.category, lang))),
      datasets: [
        barSeries(w.series.complaints, byCategory.map((c) => c.count), OKABE_ITO.blue, { yAxisID: 'y', order: 1 }),
        lineSeries(w.series.cumulative, byCategory.map((c) => percentOfShare(c.cumulativeShare)), 1, { yAxisID: 'y1', order: 0 }),
      ],
    },
    options: {
      ...baseOptions(2, lang),
      scales: {
        x: categoryAxis(w.axis.category),
        y: valueAxis(w.axis.complaints, { integer: true }),
        y1: valueAxis(w.axis.cumulative, { min: 0, max: 100, position: 'right', grid: false }),
      },
    },
  };
}
