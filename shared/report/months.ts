// Which months the data covers, a month's first and last day, and the instant a month's report treats as "now".
import { dateOf, formatIsoDate, monthOf, previousMonth } from '../dates';
import { asCallTable, atOf, type CallTable, type Calls } from '../sheet/call-table';
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

/** Each month's calls as positions in the calls table, once per table: every section, trend month and the list of months ask, so one pass serves them all. */
const byMonthOf = new WeakMap<CallTable, Map<string, number[]>>();

/** A yyyymm number's month text, "YYYY-MM" (a time number's first six digits, a ymdNumber's first four). */
export function monthText(yyyymm: number): string {
  const s = String(yyyymm).padStart(6, '0');
  return `${s.slice(0, 4)}-${s.slice(4)}`;
}

function callsByMonth(calls: Calls): Map<string, number[]> {
  const table = asCallTable(calls);
  let byMonth = byMonthOf.get(table);
  if (!byMonth) {
    const months = new Map<string, number[]>();
    const listOf = (month: string): number[] => {
      let list = months.get(month);
      if (!list) months.set(month, (list = []));
      return list;
    };
    const { time, length } = table;
    // Calls mostly come month by month: the month's text is built and its list looked up only when the month changes.
    let current = -1;
    let list: number[] = [];
    for (let i = 0; i < length; i++) {
      const t = time[i]!;
      if (t === t) {
        const yyyymm = Math.floor(t / 1e8);
        if (yyyymm !== current) list = listOf(monthText((current = yyyymm)));
      } else {
        // A time not in the reader's form is filed under its text's first 7 characters, as any time was before ('' for none).
        current = -1;
        list = listOf(monthOf(atOf(table, i)));
      }
      list.push(i);
    }
    byMonthOf.set(table, (byMonth = months));
  }
  return byMonth;
}

/** The months the calls fall in, in first-call order (the keys of their month index). */
export function callMonths(calls: Calls): string[] {
  return [...callsByMonth(calls).keys()];
}

/** The positions in the calls table of the month's calls, in calls order (shared, not copied: every caller only reads it). */
export function callPositionsInMonth(calls: Calls, month: string): readonly number[] {
  return callsByMonth(calls).get(month) ?? [];
}
