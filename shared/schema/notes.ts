// 月度备注 — the supervisor's own comment for a month, published as written on that month's report (optional sheet).
import type { Column, RecordOf, SheetSchema } from './types';

const COLUMNS = [
  { key: 'month', zh: '月份', en: 'Month', type: 'text', required: true, unique: true },
  { key: 'text', zh: '备注', en: 'Note', type: 'text', required: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type Note = RecordOf<typeof COLUMNS>;

export const NOTES: SheetSchema = {
  name: 'notes',
  file: 'notes.csv',
  zh: '月度备注',
  en: 'Notes',
  optional: true,
  columns: COLUMNS,
};
