// 投诉分类 Pareto: complaints by category, most first (bars, count); the core decides whether enough stand behind a "most" (showsPareto).
import type { EnumValue } from '../../shared/enums';
import type { CategoryCount } from '../../shared/rules/complaint-sla';
import { labelOf, words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, valueAxis, wrapLabel, type ChartConfig } from './chart-kit';

/** No cumulative-share line: a % line on a count chart would need a second axis. */
export function complaintParetoChart(section: { byCategory: readonly CategoryCount[]; categories: readonly EnumValue[] }, lang: Lang): ChartConfig {
  const w = words(lang);
  const { byCategory } = section;
  return {
    type: 'bar',
    data: {
      labels: byCategory.map((c) => wrapLabel(labelOf(section.categories, c.category, lang))),
      datasets: [barSeries(w.series.complaints, byCategory.map((c) => c.count), OKABE_ITO.blue)],
    },
    options: {
      ...baseOptions(1, lang),
      scales: { x: categoryAxis(w.axis.category), y: valueAxis(w.axis.complaints, { integer: true }) },
    },
  };
}
