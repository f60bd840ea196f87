// The Notes sheet (月度备注): each month written YYYY-MM (one note per month is the column's uniqueness).
import { issueAt, type Issue } from '../issue';
import type { SheetRead } from '../sheet/sheet-read';
import { isMonthText } from '../report/summary';
import { header, placeOf } from './place';

export function findBadNoteMonths(read: SheetRead): Issue[] {
  const name = header(read, 'month');
  return read.rows.flatMap((row) => {
    const month = String(row.values['month'] ?? '');
    if (month === '' || isMonthText(month)) return [];
    return [issueAt(placeOf(read, row, 'month'), 'bad-month',
      `${name.en} "${month}" is not a month: write it YYYY-MM, e.g. 2026-10`,
      `${name.zh}“${month}”不是月份：请写作 YYYY-MM，例如 2026-10`)];
  });
}
