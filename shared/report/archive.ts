// 档案 — the customer archive at a month's end as counts only: key-field completeness against target, tier mix, staff visits behind, lapsed, members.
import type { Tier } from '../enums';
import { countDaysBefore, dateOf, daysBetween } from '../dates';
import type { Settings } from '../settings';
import { completenessFromCounts, completenessOrder, isFilled, type ArchiveCompleteness } from '../rules/completeness';
import type { Customer } from '../schema/customers';
import { holdsCard, memberCard, type MemberCard } from '../rules/follow-up-schedule';
import { isLapsedSince, lapsedAfterDays } from '../rules/lapsed';
import { isStaffVisit, minimumStaffVisits, monthsJudgedFrom, monthsOver, staffVisitsDue } from '../rules/visit-minimum';
import { compareText } from './order';
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

/** What a month's archive counts need of one customer, read once: every month then only compares days. */
interface CustomerFacts {
  /** First-visit day: the archive holds the customer from then (undated: always). */
  from: string | undefined;
  tier: Tier;
  minimum: number;
  owes: boolean;
  /** The first visit, or the first day on record if later: months before it owe no staff visits. */
  since: string | undefined;
  /** Staff-visit days, ascending. */
  visits: readonly string[];
  card: MemberCard | undefined;
  /** The last visit (the first when no last is recorded), as a day. */
  visit: string | undefined;
  /** Purchase days (spend entries of the points ledger), ascending. */
  purchases: readonly string[];
  lapsedAfter: number;
}

const facts = new WeakMap<ReportData, WeakMap<Settings, CustomerFacts[]>>();

function push(map: Map<string, string[]>, key: string, day: string): void {
  const list = map.get(key);
  if (list) list.push(day);
  else map.set(key, [day]);
}

const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a > b ? a : b);

const NO_DAYS: readonly string[] = [];

/** A customer's days, ascending (the shared empty list for the many with none). */
function sortedDays(days: string[] | undefined): readonly string[] {
  return days ? days.sort(compareText) : NO_DAYS;
}

/** Each customer's facts, once per data and settings: staff visits and purchases grouped by customer in one pass each. */
function customerFacts(data: ReportData, settings: Settings): CustomerFacts[] {
  let bySettings = facts.get(data);
  if (!bySettings) facts.set(data, (bySettings = new WeakMap()));
  const known = bySettings.get(settings);
  if (known) return known;
  const visits = new Map<string, string[]>();
  let recordsFrom: string | undefined;
  for (const call of data.calls) {
    const day = dateOf(call.at);
    if (recordsFrom === undefined || day < recordsFrom) recordsFrom = day;
    if (isStaffVisit(call)) push(visits, call.customerId, day);
  }
  const purchases = new Map<string, string[]>();
  for (const entry of data.points) if (entry.kind === 'spend') push(purchases, entry.customerId, dateOf(entry.date));
  const out = data.customers.map((c): CustomerFacts => {
    const from = c.firstVisit ? dateOf(c.firstVisit) : undefined;
    const tier = tierOf(c, settings);
    const visit = c.lastVisit ?? c.firstVisit;
    return {
      from, tier, minimum: minimumStaffVisits(tier, settings), owes: c.consent !== false, since: later(from, recordsFrom),
      visits: sortedDays(visits.get(c.id)), card: memberCard(c), visit: visit ? dateOf(visit) : undefined,
      purchases: sortedDays(purchases.get(c.id)), lapsedAfter: lapsedAfterDays(c, settings),
    };
  });
  bySettings.set(settings, out);
  return out;
}

/** daysBetween for YYYY-MM-DD days, each day's number worked out once: every month judges every customer's last visit. */
function daysBetweenDays(): (a: string, b: string) => number {
  const numbers = new Map<string, number>();
  const numberOf = (day: string): number => {
    let n = numbers.get(day);
    if (n === undefined) numbers.set(day, (n = daysBetween(EPOCH_DAY, day)));
    return n;
  };
  return (a, b) => numberOf(b) - numberOf(a);
}

const EPOCH_DAY = '1970-01-01';

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
  // One pass over the customers, undated first: per field (then complete, then all) the undated count and the running totals after each dated one.
  const keyAt = keyFields.map((k) => fields.indexOf(k));
  const running = new Array<number>(fields.length + 2).fill(0);
  const columns = running.map(() => new Array<number>(dated.length + 1));
  const filled = new Array<boolean>(fields.length);
  const add = (c: Customer): void => {
    const record = c as unknown as Readonly<Record<string, unknown>>;
    for (let j = 0; j < fields.length; j++) if ((filled[j] = isFilled(record[fields[j]!]))) running[j]!++;
    if (keyFields.length > 0 && keyAt.every((j) => filled[j])) running[fields.length]!++;
    running[fields.length + 1]!++;
  };
  const record = (at: number): void => running.forEach((n, j) => { columns[j]![at] = n; });
  for (const c of undated) add(c);
  record(0);
  dated.forEach(({ c }, i) => {
    add(c);
    record(i + 1);
  });
  const counts = new Map(fields.map((key, j) => [key, columns[j]!]));
  counts.set('\u0000complete', columns[fields.length]!);
  counts.set('\u0000all', columns[fields.length + 1]!);
  const index = { days: dated.map((d) => d.day), counts };
  byKeys.set(cacheKey, index);
  return index;
}

/** Completeness of the customers the archive held at `end` (first visit by then, or undated). */
function completenessAt(customers: readonly Customer[], end: string, keyFields: readonly string[]): ArchiveCompleteness {
  const { days, counts } = completenessIndex(customers, keyFields);
  const lo = countDaysBefore(days, end, true);
  const at = (key: string): number => counts.get(key)![lo]!;
  return completenessFromCounts(at, at('\u0000complete'), at('\u0000all'), keyFields);
}

/** The sheet holds only today's values, so a past month sees the customers whose first visit came by its end (undated ones always). */
export function summariseArchive(data: ReportData, month: string, settings: Settings): ArchiveSummary {
  const end = monthRange(month).to;
  const yearStart = `${end.slice(0, 4)}-01-01`;
  const over = monthsOver(end);
  const tierCount = new Map<Tier, { count: number; owing: number; behind: number }>(TIERS.map((t) => [t, { count: 0, owing: 0, behind: 0 }]));
  let customers = 0;
  let members = 0;
  let made = 0;
  let behind = 0;
  let lapsed = 0;
  let lapsedMembers = 0;
  const between = daysBetweenDays();
  for (const f of customerFacts(data, settings)) {
    if (f.from !== undefined && f.from > end) continue;
    customers++;
    const tier = tierCount.get(f.tier)!;
    tier.count++;
    const member = f.card !== undefined && holdsCard(f.card, end);
    if (member) members++;
    // Staff visits this year by month end against the pro-rata minimum (staffVisitStanding, read from the facts).
    const visits = countDaysBefore(f.visits, end, true) - countDaysBefore(f.visits, yearStart, false);
    made += visits;
    const due = f.owes ? staffVisitsDue(f.minimum, monthsJudgedFrom(over, f.since)) : 0;
    if (due > 0) tier.owing++;
    if (visits < due) {
      behind++;
      tier.behind++;
    }
    const bought = countDaysBefore(f.purchases, end, true);
    if (isLapsedSince(f.visit, bought > 0 ? f.purchases[bought - 1] : undefined, end, f.lapsedAfter, between)) {
      lapsed++;
      if (member) lapsedMembers++;
    }
  }
  return {
    completeness: completenessAt(data.customers, end, settings.archive.keyFields),
    target: settings.archive.completenessTarget,
    tierMix: TIERS.map((tier) => ({ tier, count: tierCount.get(tier)!.count })),
    staffVisitsThisYear: made,
    staffVisitsBehind: behind,
    staffVisitsByTier: TIERS.map((tier) => ({ tier, minimum: settings.staffVisitsPerYear[tier], owing: tierCount.get(tier)!.owing, behind: tierCount.get(tier)!.behind })),
    lapsed,
    lapsedMembers,
    lapsedAfterCycles: settings.archive.lapsedAfterCycles,
    customers,
    members,
  };
}
