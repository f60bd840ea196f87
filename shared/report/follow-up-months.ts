// 回访 owed, by month: every obligation listed once per dataset and settings, bucketed by the month its window ends (and the months a second follow-up is open at), each one's status worked out once.
import { addDays, dateOf, monthOf, monthsBetween } from '../dates';
import { listFollowUpObligations, owedCustomers, type FollowUpObligation, type ObligationKind, type OwedCustomers } from '../rules/follow-up-obligations';
import type { DateWindow } from '../rules/follow-up-schedule';
import type { Settings } from '../settings';
import { numberedData } from './call-numbers';
import { figure } from './figure';
import { monthRange } from './months';
import type { Figure, ReportData } from './types';

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

/** Every obligation of a dataset once, with what each month asks of it worked out once (listed as of a far date: statuses are read per month). */
export interface Owed {
  list: FollowUpObligation[];
  /** Per position: kept on time (done by its window's last day), and done by the end of the month its window ends. */
  onTime: Uint8Array;
  doneByMonthEnd: Uint8Array;
  ending: Map<string, Ending>;
  /** Second follow-ups whose window is open, not yet kept, at the end of each month. */
  secondOpen: Map<string, Positions>;
}

const NONE: Ending = { all: [], byKind: new Map() };
const owedOf = new WeakMap<ReportData, WeakMap<Settings, Owed>>();

function push<K>(map: Map<K, Positions>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

/** What a window asks of each obligation with it (windows are shared by every obligation arising on the same day). */
interface WindowMonths {
  /** The month the window ends, and that month's last day. */
  month: string;
  end: string;
  /** The month ends a second follow-up with this window is open at unless kept by then: within the window, and no later than secondAfterFirstMaxDays before its end. */
  openAt: { month: string; end: string }[];
}

function windowMonths(window: DateWindow, settings: Settings): WindowMonths {
  const month = monthOf(window.to);
  const openAt = monthsBetween(monthOf(window.from), month).map((m) => ({ month: m, end: monthRange(m).to }))
    .filter(({ end }) => window.from <= end && end <= window.to && month <= monthOf(addDays(end, settings.followUp.secondAfterFirstMaxDays)));
  return { month, end: monthRange(month).to, openAt };
}

/** The dataset's obligations under these settings, bucketed, once: every month's section and trend reads its own buckets. */
export function owedIn(data: ReportData, settings: Settings): Owed {
  let bySettings = owedOf.get(data);
  if (!bySettings) owedOf.set(data, (bySettings = new WeakMap()));
  let owed = bySettings.get(settings);
  if (owed) return owed;
  const list = listFollowUpObligations(data.customers, data.calls, settings, '9999-12-31', owedCustomersOf(data));
  owed = { list, onTime: new Uint8Array(list.length), doneByMonthEnd: new Uint8Array(list.length), ending: new Map(), secondOpen: new Map() };
  const byWindow = new Map<DateWindow, WindowMonths>();
  for (let at = 0; at < list.length; at++) {
    const o = list[at]!;
    let w = byWindow.get(o.window);
    if (!w) byWindow.set(o.window, (w = windowMonths(o.window, settings)));
    const done = o.doneAt ? dateOf(o.doneAt) : undefined;
    // The month's end is on or after the window's last day, so obligationStatus at that end is on time exactly when this holds.
    if (done !== undefined && done <= o.window.to) owed.onTime[at] = 1;
    if (done !== undefined && done <= w.end) owed.doneByMonthEnd[at] = 1;
    let ending = owed.ending.get(w.month);
    if (!ending) owed.ending.set(w.month, (ending = { all: [], byKind: new Map() }));
    ending.all.push(at);
    push(ending.byKind, o.kind, at);
    if (o.kind !== 'second-follow-up') continue;
    for (const open of w.openAt) if (done === undefined || done > open.end) push(owed.secondOpen, open.month, at);
  }
  bySettings.set(settings, owed);
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

/** The distinct customers of the obligations at these positions, in first-seen order. */
export function distinct(owed: Owed, positions: Iterable<number>): string[] {
  const ids = new Set<string>();
  for (const at of positions) ids.add(owed.list[at]!.customerId);
  return [...ids];
}

