// 档案 — the customer archive at a month's end as counts only: key-field completeness against target, tier mix, staff visits behind, lapsed, members.
import type { Tier } from '../enums';
import { dateOf } from '../dates';
import type { Call } from '../schema/calls';
import type { PointsEntry } from '../schema/points';
import type { Settings } from '../settings';
import { completenessFromCounts, completenessOrder, isArchiveComplete, isFilled, type ArchiveCompleteness } from '../rules/completeness';
import type { Customer } from '../schema/customers';
import { isMember } from '../rules/follow-up-schedule';
import { isLapsed } from '../rules/lapsed';
import { isStaffVisit, staffVisitStanding } from '../rules/visit-minimum';
import { monthRange } from './months';
import { TIERS, tierOf } from './tiers';
import type { ReportData } from './types';

export interface StaffVisitTier {
  tier: Tier;
  /** The yearly minimum from Settings (0 = none). */
  minimum: number;
  /** Customers of the tier who owe at least one visit by month end. */
  owing: number;
  behind: number;
}

export interface ArchiveSummary {
  completeness: ArchiveCompleteness;
  target: number;
  tierMix: { tier: Tier; count: number }[];
  /** Staff visits (上门) made this calendar year up to month end, all customers. */
  staffVisitsThisYear: number;
  /** Customers with fewer staff visits this year than due pro rata by month end. */
  staffVisitsBehind: number;
  staffVisitsByTier: StaffVisitTier[];
  /** Customers whose last visit or purchase lies more than their service cycle × archive.lapsedAfterCycles back (003 流失). */
  lapsed: number;
  lapsedMembers: number;
  /** The Settings factor the lapsed count used, for the page to say. */
  lapsedAfterCycles: number;
  customers: number;
  members: number;
}

interface StaffVisitIndex {
  byCustomer: Map<string, string[]>;
  /** The first day any call is on record: months before it owe no visits. */
  recordsFrom: string | undefined;
}

/** Staff visits grouped by customer once per calls array: every month of a report asks. */
const indexes = new WeakMap<readonly Call[], StaffVisitIndex>();

function staffVisitIndex(calls: readonly Call[]): StaffVisitIndex {
  const known = indexes.get(calls);
  if (known) return known;
  const byCustomer = new Map<string, string[]>();
  let recordsFrom: string | undefined;
  for (const call of calls) {
    const day = dateOf(call.at);
    if (recordsFrom === undefined || day < recordsFrom) recordsFrom = day;
    if (!isStaffVisit(call)) continue;
    const list = byCustomer.get(call.customerId);
    if (list) list.push(day);
    else byCustomer.set(call.customerId, [day]);
  }
  const index = { byCustomer, recordsFrom };
  indexes.set(calls, index);
  return index;
}

/** Purchase dates (spend entries of the points ledger) by customer, once per ledger. */
const purchases = new WeakMap<readonly PointsEntry[], Map<string, string[]>>();

function purchaseIndex(points: readonly PointsEntry[]): Map<string, string[]> {
  const known = purchases.get(points);
  if (known) return known;
  const byCustomer = new Map<string, string[]>();
  for (const entry of points) {
    if (entry.kind !== 'spend') continue;
    const list = byCustomer.get(entry.customerId);
    if (list) list.push(dateOf(entry.date));
    else byCustomer.set(entry.customerId, [dateOf(entry.date)]);
  }
  purchases.set(points, byCustomer);
  return byCustomer;
}

function lastPurchaseBy(dates: readonly string[] | undefined, day: string): string | undefined {
  let last: string | undefined;
  for (const d of dates ?? []) if (d <= day && (last === undefined || d > last)) last = d;
  return last;
}

/**
 * Completeness counts carried forward by first visit: a month sees the undated customers and those whose first visit
 * came by its end, so its counts are the undated ones plus a running total up to that day (once per archive and key fields).
 */
interface CompletenessIndex {
  /** First-visit days of the dated customers, ascending. */
  days: string[];
  /** Per field (completeness order), then "complete": the undated customers' count followed by running totals over `days`. */
  counts: Map<string, number[]>;
}

const completenessIndexes = new WeakMap<readonly Customer[], Map<string, CompletenessIndex>>();

function completenessIndex(customers: readonly Customer[], keyFields: readonly string[]): CompletenessIndex {
  let byKeys = completenessIndexes.get(customers);
  if (!byKeys) completenessIndexes.set(customers, (byKeys = new Map()));
  const cacheKey = keyFields.join('\u0000');
  const known = byKeys.get(cacheKey);
  if (known) return known;
  const fields = completenessOrder(keyFields);
  const undated = customers.filter((c) => !c.firstVisit);
  const dated = customers.filter((c) => c.firstVisit).map((c) => ({ day: dateOf(c.firstVisit!), c })).sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const running = (test: (c: Customer) => boolean): number[] => {
    const out = [undated.filter(test).length];
    for (const { c } of dated) out.push(out[out.length - 1]! + (test(c) ? 1 : 0));
    return out;
  };
  const record = (c: Customer): Readonly<Record<string, unknown>> => c as unknown as Record<string, unknown>;
  const counts = new Map(fields.map((key) => [key, running((c) => isFilled(record(c)[key]))]));
  counts.set('\u0000complete', keyFields.length === 0 ? running(() => false) : running((c) => isArchiveComplete(record(c), keyFields)));
  counts.set('\u0000all', running(() => true));
  const index = { days: dated.map((d) => d.day), counts };
  byKeys.set(cacheKey, index);
  return index;
}

/** Completeness of the customers the archive held at `end` (first visit by then, or undated). */
function completenessAt(customers: readonly Customer[], end: string, keyFields: readonly string[]): ArchiveCompleteness {
  const { days, counts } = completenessIndex(customers, keyFields);
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! <= end) lo = mid + 1;
    else hi = mid;
  }
  const at = (key: string): number => counts.get(key)![lo]!;
  return completenessFromCounts(at, at('\u0000complete'), at('\u0000all'), keyFields);
}

const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a > b ? a : b);

/** The sheet holds only today's values, so a past month sees the customers whose first visit came by its end (undated ones always). */
export function summariseArchive(data: ReportData, month: string, settings: Settings): ArchiveSummary {
  const end = monthRange(month).to;
  const customers = data.customers.filter((c) => !c.firstVisit || dateOf(c.firstVisit) <= end);
  const tiers = customers.map((c) => tierOf(c, settings));
  const index = staffVisitIndex(data.calls);
  const standings = customers.map((c, i) => staffVisitStanding({
    tier: tiers[i]!, consent: c.consent, since: later(c.firstVisit ? dateOf(c.firstVisit) : undefined, index.recordsFrom),
    visits: index.byCustomer.get(c.id) ?? [],
  }, end, settings));
  const bought = purchaseIndex(data.points);
  const lapsed = customers.filter((c) => isLapsed(c, end, settings, lastPurchaseBy(bought.get(c.id), end)));
  return {
    completeness: completenessAt(data.customers, end, settings.archive.keyFields),
    target: settings.archive.completenessTarget,
    tierMix: TIERS.map((tier) => ({ tier, count: tiers.filter((t) => t === tier).length })),
    staffVisitsThisYear: standings.reduce((sum, s) => sum + s.made, 0),
    staffVisitsBehind: standings.filter((s) => s.behind).length,
    staffVisitsByTier: TIERS.map((tier) => {
      const mine = standings.filter((_, i) => tiers[i] === tier);
      return { tier, minimum: settings.staffVisitsPerYear[tier], owing: mine.filter((s) => s.due > 0).length, behind: mine.filter((s) => s.behind).length };
    }),
    lapsed: lapsed.length,
    lapsedMembers: lapsed.filter((c) => isMember(c, end)).length,
    lapsedAfterCycles: settings.archive.lapsedAfterCycles,
    customers: customers.length,
    members: customers.filter((c) => isMember(c, end)).length,
  };
}
