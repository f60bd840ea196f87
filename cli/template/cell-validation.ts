// What Excel accepts in a typed column: a value from its list, a date, a whole number or an amount within the schema's bounds.
import type { DataValidation } from 'exceljs';
import type { Lang } from '../../shared/issue';
import type { Column } from '../../shared/schema';

const MESSAGE: Record<'list' | 'date' | 'whole' | 'decimal', Record<Lang, string>> = {
  list: { zh: '请从下拉列表中选择。', en: 'Choose a value from the list.' },
  date: { zh: '请填写日期，如 2026-11-03。', en: 'Enter a date, e.g. 2026-11-03.' },
  whole: { zh: '请填写整数。', en: 'Enter a whole number.' },
  decimal: { zh: '请填写金额。', en: 'Enter an amount.' },
};

/** The serial of 1900-01-02: any real date is after it. */
const FIRST_DATE = new Date(Date.UTC(1900, 0, 2));

/** Bounds as Excel writes them: between min and max, at least min, at most max, or any number. */
function bounded(column: Column): Pick<DataValidation, 'operator' | 'formulae'> {
  const { min, max } = column;
  if (min !== undefined && max !== undefined) return { operator: 'between', formulae: [min, max] };
  if (min !== undefined) return { operator: 'greaterThanOrEqual', formulae: [min] };
  if (max !== undefined) return { operator: 'lessThanOrEqual', formulae: [max] };
  return { operator: 'between', formulae: [-1e15, 1e15] };
}

/** The validation of a column typed by people (formula columns get none); list is the named range of its dropdown, if any. */
export function validationOf(column: Column, list: string | undefined, lang: Lang): DataValidation | undefined {
  if (column.computed) return undefined;
  const common = { allowBlank: true, showErrorMessage: true };
  if (list) return { ...common, type: 'list', formulae: [list], error: MESSAGE.list[lang] };
  switch (column.type) {
    case 'date':
    case 'date-time': return { ...common, type: 'date', operator: 'greaterThan', formulae: [FIRST_DATE], error: MESSAGE.date[lang] };
    case 'integer': return { ...common, type: 'whole', ...bounded(column), error: MESSAGE.whole[lang] };
    case 'money': return { ...common, type: 'decimal', ...bounded(column), error: MESSAGE.decimal[lang] };
    default: return undefined;
  }
}
