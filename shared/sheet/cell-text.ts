// How one typed value is written into a CSV or sheet cell, and the formula-injection guard both sides share.
import type { Lang } from '../issue';
import type { Settings } from '../settings';
import { allowedValues, type Column } from '../schema/types';

/**
 * Apostrophes already guarding a trigger — a text cell starting with = + - @ tab or a line break (or the full-width ＝ ＋ － ＠
 * of Chinese locales) would run as a formula in a spreadsheet: a text like "'=x" must gain one more to survive the round trip.
 */
const GUARDED = /^'*[=+\-@\t\r\n＝＋－＠]/;

/** Prefix a formula-looking text with an apostrophe, as spreadsheets do to keep it text. */
export function escapeFormula(text: string): string {
  return GUARDED.test(text) ? `'${text}` : text;
}

/** Undo escapeFormula: drop the apostrophe only where it guards a (possibly already guarded) trigger. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && GUARDED.test(text.slice(1)) ? text.slice(1) : text;
}

export function formatCell(value: unknown, column: Column, settings: Settings, lang: Lang): string {
  if (value === undefined || value === null || value === '') return '';
  switch (column.type) {
    case 'boolean':
      return value ? (lang === 'zh' ? '是' : 'yes') : (lang === 'zh' ? '否' : 'no');
    case 'enum': {
      const match = allowedValues(column, settings).find((v) => v.key === value);
      return match ? match[lang] : String(value);
    }
    case 'date-time':
      return String(value).replace('T', ' ');
    case 'integer':
    case 'money':
      return String(value);
    case 'text':
      return escapeFormula(String(value));
    default:
      return String(value);
  }
}
