// How a column's cells are formatted in a spreadsheet (Google Sheets and Excel share these pattern codes).
import type { Column } from './types';

/** Dates yyyy-mm-dd, date-times yyyy-mm-dd hh:mm, money 0.00, whole numbers 0, ids and phones as text (no lost zeros). */
export function numberFormatOf(column: Column): string | undefined {
  switch (column.type) {
    case 'date': return 'yyyy-mm-dd';
    case 'date-time': return 'yyyy-mm-dd hh:mm';
    case 'money': return '0.00';
    case 'integer': return '0';
    case 'phone':
    case 'id': return '@';
    default: return undefined;
  }
}
