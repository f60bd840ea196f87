// Which month a report opens on: the one asked for, else the newest calendar month that has ended and has data.
import type { Bilingual } from '../issue';
import { isPartialMonth } from './month-words';
import { isMonthText, latestEndedMonth } from './summary';

export type ReportMonth =
  | { ok: true; month: string; partial: boolean }
  | { ok: true; month: undefined; partial: false }
  | { ok: false; problem: Bilingual };

/**
 * `asked` (KEFU_MONTH / --month) when it is a month with data; otherwise the newest ended month with data, so a build on
 * the 1st does not open on a nearly empty new month. When no month has ended yet the newest one is shown, marked partial.
 */
export function chooseReportMonth(months: readonly string[], today: string, asked?: string): ReportMonth {
  if (asked !== undefined) {
    if (!isMonthText(asked)) return { ok: false, problem: { en: `KEFU_MONTH must be YYYY-MM (e.g. 2026-10), not "${asked}".`, zh: `KEFU_MONTH 应写作 YYYY-MM（例如 2026-10），而不是"${asked}"。` } };
    if (!months.includes(asked)) {
      const listed = months.join(', ') || '—';
      return { ok: false, problem: { en: `${asked} has no data; months with data: ${listed}.`, zh: `${asked} 没有数据；有数据的月份：${listed}。` } };
    }
    return { ok: true, month: asked, partial: isPartialMonth(asked, today) };
  }
  const month = latestEndedMonth(months, today) ?? [...months].sort().at(-1);
  return month === undefined ? { ok: true, month: undefined, partial: false } : { ok: true, month, partial: isPartialMonth(month, today) };
}
