// 回访 owed, by month: every obligation found once per dataset and settings, kept as numbers, bucketed by the month its window ends (and the months a second follow-up is open at), each one's status worked out once.
import { addDays, monthOf, monthsBetween, ymdNumber } from '../dates';
import { findObligations, owedCustomers, type ObligationKind, type OwedCustomers, type OwedWindow } from '../rules/follow-up-obligations';
import type { DateWindow } from '../rules/follow-up-schedule';
import type { Settings } from '../settings';
import { asCallTable } from '../sheet/call-table';
import { valueOf } from '../sheet/interned';
import { numberedData } from './call-numbers';
import { figure } from './figure';
import { monthRange } from './months';
import type { Figure, ReportData } from './types';
import { pushTo } from './order';

const owedCustomersByData = new WeakMap<ReportData, OwedCustomers>();

/** The customers owed follow-ups and their calls as numbers in time order, once per dataset: the obligations and coverage both walk them. */
export function owedCustomersOf(data: ReportData): OwedCustomers {
  let owed = owedCustomersByData.get(data);
  if (!owed) owedCustomersByData.set(data, (owed = owedCustomers(data.customers, data.calls, numberedData(data))));
  return owed;
}

/** Obligations due in the month (window ending in it) and how many were kept on time. */
export interface Kept {
  due: number;
  onTime: number;
  timely: Figure;
}

/** Positions in the obligation list, in list order. */
export type Positions = number[];

/** The obligations whose window ends in one month: all of them and each kind's, as positions in the list. */
export interface Ending {
  all: Positions;
  byKind: Map<ObligationKind, Positions>;
}

/** Every obligation of a dataset once, as numbers by position (listed as of a far date: statuses are read per month), with what each month asks of it worked out once. */
export interface Owed {
  kind: ObligationKind[];
  /** Per position: the owed customer's number (report/call-numbers), and the agent of the call that completed it (undefined for none). */
  customer: number[];
  doneBy: (string | undefined)[];
  /** Per position: kept on time (done by its window's last day), and done by the end of the month its window ends (1 or 0). */
  onTime: number[];
  doneByMonthEnd: number[];
  ending: Map<string, Ending>;
  /** Second follow-ups whose window is open, not yet kept, at the end of each month. */
  secondOpen: Map<string, Positions>;
}

const NONE: Ending = { all: [], byKind: new Map() };
const owedOf = new WeakMap<ReportData, WeakMap<Settings, Owed>>();

/** What a window asks of each obligation with it (windows are shared by every obligation arising on the same day). */
interface WindowMonths {
  /** The month the window ends, its bucket and its kind's (a window arises with one kind only), and that month's last day as a ymdNumber. */
  month: string;
  ending: Ending;
  ofKind: Positions;
  end: number;
  /** The month ends a second follow-up with this window is open at unless kept by then: within the window, and no later than secondAfterFirstMaxDays before its end. */
  openAt: { month: string; end: number }[];
}

function windowMonths(window: DateWindow, kind: ObligationKind, settings: Settings, owed: Owed): WindowMonths {
  const month = monthOf(window.to);
  const openAt = monthsBetween(monthOf(window.from), month).map((m) => ({ month: m, end: monthRange(m).to }))
    .filter(({ end }) => window.from <= end && end <= window.to && month <= monthOf(addDays(end, settings.followUp.secondAfterFirstMaxDays)))
    .map(({ month: m, end }) => ({ month: m, end: ymdNumber(end) }));
  let ending = owed.ending.get(month);
  if (!ending) owed.ending.set(month, (ending = { all: [], byKind: new Map() }));
  let ofKind = ending.byKind.get(kind);
  if (!ofKind) ending.byKind.set(kind, (ofKind = []));
  return { month, ending, ofKind, end: ymdNumber(monthRange(month).to), openAt };
}

/** The dataset's obligations under these settings, bucketed, once: every month's section and trend reads its own buckets. */
export function owedIn(data: ReportData, settings: Settings): Owed {
  let bySettings = owedOf.get(data);
  if (!bySettings) owedOf.set(data, (bySettings = new WeakMap()));
  let owed = bySettings.get(settings);
  if (owed) return owed;
  const o: Owed = { kind: [], customer: [], doneBy: [], onTime: [], doneByMonthEnd: [], ending: new Map(), secondOpen: new Map() };
  const owedTo = owedCustomersOf(data);
  const calls = asCallTable(data.calls);
  const byWindow = new Map<OwedWindow, WindowMonths>();
  findObligations(calls, settings, '9999-12-31', owedTo, (n, kind, _since, window, done, doneDay) => {
    let w = byWindow.get(window);
    if (!w) byWindow.set(window, (w = windowMonths(window.window, kind, settings, o)));
    const at = o.kind.length;
    o.kind.push(kind);
    o.customer.push(owedTo.keys[n]!);
    o.doneBy.push(done >= 0 ? valueOf(calls.columns.agent, done) : undefined);
    // The month's end is on or after the window's last day, so obligationStatus at that end is on time exactly when this holds.
    o.onTime.push(done >= 0 && doneDay <= window.to ? 1 : 0);
    o.doneByMonthEnd.push(done >= 0 && doneDay <= w.end ? 1 : 0);
    w.ending.all.push(at);
    w.ofKind.push(at);
    if (kind !== 'second-follow-up') return;
    for (const open of w.openAt) if (done < 0 || doneDay > open.end) pushTo(o.secondOpen, open.month, at);
  });
  bySettings.set(settings, (owed = o));
  return owed;
}

/** The obligations whose window ends in the month. */
export function endingIn(owed: Owed, month: string): Ending {
  return owed.ending.get(month) ?? NONE;
}

/** How many of the obligations due were kept on time. */
export function kept(owed: Owed, due: Positions, minGroupSize: number): Kept {
  let onTime = 0;
  for (const at of due) onTime += owed.onTime[at]!;
  return { due: due.length, onTime, timely: figure(onTime, due.length, minGroupSize) };
}

/** The distinct customers (their numbers) of the obligations at these positions, in first-seen order. */
export function distinct(owed: Owed, positions: Iterable<number>): number[] {
  const keys = new Set<number>();
  for (const at of positions) keys.add(owed.customer[at]!);
  return [...keys];
}
