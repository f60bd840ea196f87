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
    // The calls' months are the keys of their month index, which the reports use anyway: no pass of its own.
    for (const m of callMonths(data.calls)) seen.add(m);
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

/** Calls indexed by month once per calls array: every section, trend month and the list of months ask, so one pass serves them all. */
interface ByMonth<T> {
  calls: Map<string, T[]>;
  /** Each month's calls as positions in the calls array, for reading what is kept per call in arrays (report/call-numbers). */
  positions: Map<string, number[]>;
}

const byMonthOf = new WeakMap<readonly { at: string }[], ByMonth<{ at: string }>>();

function callsByMonth<T extends { at: string }>(calls: readonly T[]): ByMonth<T> {
  let byMonth = byMonthOf.get(calls) as ByMonth<T> | undefined;
  if (!byMonth) {
    byMonth = { calls: new Map(), positions: new Map() };
    let month = '';
    let list: T[] | undefined;
    let at: number[] = [];
    for (let i = 0; i < calls.length; i++) {
      const call = calls[i]!;
      // Calls mostly come month by month: a call starting with the current month's 7 characters is in it (no month text
      // cut per call); the month's list is looked up only when the month changes.
      if (!list || month.length !== 7 || !call.at.startsWith(month)) {
        month = monthOf(call.at);
        list = byMonth.calls.get(month);
        if (!list) {
          byMonth.calls.set(month, (list = []));
          byMonth.positions.set(month, []);
        }
        at = byMonth.positions.get(month)!;
      }
      list.push(call);
      at.push(i);
    }
    byMonthOf.set(calls, byMonth);
  }
  return byMonth;
}

/** The months the calls fall in, in first-call order (the keys of their month index). */
export function callMonths(calls: readonly { at: string }[]): string[] {
  return [...callsByMonth(calls).calls.keys()];
}

export function callsInMonth<T extends { at: string }>(calls: readonly T[], month: string): readonly T[] {
  // Shared, not copied: every caller only reads it, and a month of a million-call sheet is a large list.
  return callsByMonth(calls).calls.get(month) ?? [];
}

/** Where callsInMonth's calls are in the calls array, in the same order. */
export function callPositionsInMonth(calls: readonly { at: string }[], month: string): readonly number[] {
  return callsByMonth(calls).positions.get(month) ?? [];
}
