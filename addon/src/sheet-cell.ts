// One cell between the sheet and the shared core: what getValues gave → the text parseValue reads, and a typed value → what setValues writes.
import { escapeFormula } from '../../shared/sheet/cell-text';
import { allowedValues, type Column } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import type { Lang } from './rpc-contract';

export interface WallClock {
  y: number; m: number; d: number; h: number; min: number; s: number;
}

/** A Date's wall-clock time in the spreadsheet's zone; supplied by the caller (Utilities in Apps Script). */
export type WallClockOf = (date: Date) => WallClock;

/** Dates may come from another realm (a test's vm), so instanceof is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

const two = (n: number): string => String(n).padStart(2, '0');

export function dateText(w: WallClock): string {
  return `${String(w.y).padStart(4, '0')}-${two(w.m)}-${two(w.d)}`;
}

export function dateTimeText(w: WallClock): string {
  return `${dateText(w)} ${two(w.h)}:${two(w.min)}:${two(w.s)}`;
}

/** The text a cell stands for, as a CSV export would hold it, so parseValue judges sheet and CSV alike. */
export function cellText(value: unknown, column: Column | undefined, wallClockOf: WallClockOf): string {
  if (value === undefined || value === null || value === '') return '';
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return '';
    const w = wallClockOf(value);
    const midnight = w.h === 0 && w.min === 0 && w.s === 0;
    return column?.type === 'date' || (column?.type !== 'date-time' && midnight) ? dateText(w) : dateTimeText(w);
  }
  if (typeof value === 'number') {
    // 0.1 + 0.2 noise from a formula would otherwise read as a third decimal.
    return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e9) / 1e9);
  }
  // A string that looks like a formula is text in a sheet (a formula would show its result), as the apostrophe says in a CSV.
  if (typeof value === 'string' && column?.type === 'text') return escapeFormula(value);
  return String(value);
}

/** True when no cell a person fills in holds anything (formula columns may show values on blank rows). */
export function isBlankRow(row: readonly unknown[], columns: readonly (Column | undefined)[]): boolean {
  return row.every((value, i) => columns[i]?.computed === true || value === '' || value === null || value === undefined);
}

/**
 * What setValues should write for a parsed value: enum labels in the sheet's language, dates as
 * yyyy-mm-dd (hh:mm) text the spreadsheet turns into dates, text guarded against running as a formula.
 */
export function sheetValue(value: unknown, column: Column, settings: Settings, lang: Lang): string | number | boolean {
  if (value === undefined || value === null || value === '') return '';
  switch (column.type) {
    case 'enum': {
      const match = allowedValues(column, settings).find((v) => v.key === value);
      return match ? match[lang] : escapeFormula(String(value));
    }
    case 'date-time': {
      const text = String(value).replace('T', ' ');
      return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(text) ? text.slice(0, 16) : escapeFormula(text);
    }
    case 'integer':
    case 'money':
      return typeof value === 'number' ? value : escapeFormula(String(value));
    case 'boolean':
      return value === true || value === false ? value : escapeFormula(String(value));
    default:
      // Phones like +44… would otherwise be read as a number or formula.
      return escapeFormula(String(value));
  }
}
