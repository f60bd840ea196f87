// 月度备注 — the supervisor's own comment for a month, published as written on that month's report (optional sheet).
import type { SheetSchema } from './types';

export interface Note {
  /** "YYYY-MM": one note per month. */
  month: string;
  text: string;
}

export const NOTES: SheetSchema = {
  name: 'notes',
  file: 'notes.csv',
  zh: '月度备注',
  en: 'Notes',
  optional: true,
  columns: [
    { key: 'month', zh: '月份', en: 'Month', type: 'text', required: true, unique: true },
    { key: 'text', zh: '备注', en: 'Note', type: 'text', required: true },
  ],
};
