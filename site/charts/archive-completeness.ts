// How complete each field of the customer archive is (horizontal bars, %, key fields first and marked); the target (dashed line)
// applies to the key fields only, since other fields may be blank by design (收卡日期, 介绍人编号).
import type { ArchiveSummary } from '../../shared/report/archive';
import { CUSTOMERS } from '../../shared/schema/customers';
import { words, type Lang } from '../i18n';
import { barSeries, baseOptions, categoryAxis, OKABE_ITO, percentOfShare, referenceLine, round, valueAxis, type ChartConfig } from './chart-kit';

export function fieldLabel(key: string, lang: Lang): string {
  const column = CUSTOMERS.columns.find((c) => c.key === key);
  return column ? column[lang] : key;
}

export function archiveCompletenessChart(section: Pick<ArchiveSummary, 'completeness' | 'target'>, lang: Lang): ChartConfig {
  const w = words(lang);
  const fields = section.completeness.fields;
  return {
    type: 'bar',
    data: {
      labels: fields.map((f) => (f.isKey ? w.archive.keyField(fieldLabel(f.key, lang)) : fieldLabel(f.key, lang))),
      datasets: [
        barSeries(w.series.completeness, fields.map((f) => percentOfShare(f.share)), OKABE_ITO.blue, { order: 1 }),
        { ...referenceLine(w.series.target, round(section.target * 100), fields.length, { order: 0 }),
          data: fields.map((f) => (f.isKey ? round(section.target * 100) : null)) },
      ],
    },
    options: {
      ...baseOptions(2, lang),
      indexAxis: 'y',
      scales: { y: categoryAxis(w.axis.field), x: valueAxis(w.axis.completeness, { min: 0, max: 100 }) },
    },
  };
}
