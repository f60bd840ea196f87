// Which months the data covers, a month's first and last day, and the instant a month's report treats as "now".
import { dateOf, formatIsoDate, monthOf, previousMonth } from '../dates';
import type { ReportData } from './types';
import { sortedUnique } from './order';

export interface MonthRange {
  from: string;
  to: string;
}

type Dated = Pick<ReportData, 'calls' | 'complaints' | 'qaAudits' | 'training'>;
const monthsOf = new WeakMap<Dated, string[]>();

/** Every month with any call, complaint, QA audit or training row, ascending (once per dataset: the input and the reports both ask). */
export function dataMonths(data: Dated): string[] {
  let months = monthsOf.get(data);
  if (!months) {
    const seen = new Set<string>();
    for (const c of data.calls) seen.add(monthOf(c.at));
    for (const c of data.complaints) seen.add(monthOf(c.receivedAt));
    for (const a of data.qaAudits) seen.add(monthOf(a.date));
    for (const t of data.training) seen.add(monthOf(t.date));
    monthsOf.set(data, (months = sortedUnique(seen)));
  }
  return [...months];
}

/** The first and last calendar day of a 'YYYY-MM' month. */
export function monthRange(month: string): MonthRange {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: formatIsoDate(y, m, 1), to: formatIsoDate(y, m, last) };
}

/** The last second of the month: a month's report sees everything that happened in it and nothing after. */
export function monthEnd(month: string): string {
  return `${monthRange(month).to}T23:59:59`;
}

export function isInMonth(iso: string, month: string): boolean {
  return monthOf(iso) === month;
}

/** True when a date or date-time falls on or before the month's last day. */
export function isByMonthEnd(iso: string, month: string): boolean {
  return dateOf(iso) <= monthRange(month).to;
}

/** The `count` months ending at month, oldest first. */
export function trailingMonths(month: string, count = 12): string[] {
  const out = [month];
  while (out.length < count) out.unshift(previousMonth(out[0]!));
  return out;
}

/** Calls indexed by month once per calls array: every section and trend month asks, so one pass serves them all. */
const byMonthOf = new WeakMap<readonly { at: string }[], Map<string, { at: string }[]>>();

export function callsInMonth<T extends { at: string }>(calls: readonly T[], month: string): readonly T[] {
  let byMonth = byMonthOf.get(calls);
  if (!byMonth) {
    byMonth = new Map();
    for (const call of calls) {
      const m = monthOf(call.at);
      const list = byMonth.get(m);
      if (list) list.push(call);
      else byMonth.set(m, [call]);
    }
    byMonthOf.set(calls, byMonth);
  }
  // Shared, not copied: every caller only reads it, and a month of a million-call sheet is a large list.
  return (byMonth.get(month) ?? []) as T[];
}
