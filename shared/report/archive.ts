// 档案 — the customer archive at a month's end as counts only: key-field completeness against target, tier mix, staff visits behind, lapsed, members.
import type { Tier } from '../enums';
import type { Settings } from '../settings';
import { completenessFromCounts, completenessOrder, isFilled, type ArchiveCompleteness } from '../rules/completeness';
import type { Customer } from '../schema/customers';
import { monthsJudgedFrom, monthsOver, staffVisitsDue } from '../rules/visit-minimum';
import { archiveStandings } from './archive-standings';
import { countSpansOn, dayNumber } from './day-spans';
import { monthRange } from './months';
import { TIERS } from './tiers';
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

/**
 * Completeness counts carried forward by first visit: a month sees the undated customers and those whose first visit
 * came by its end, so with the customers ordered by first visit (undated first) its counts are running totals up to that day.
 */
interface CompletenessIndex {
  /** First-visit day numbers in that order (-Infinity: undated). */
  days: Float64Array;
  /** Per field (completeness order), then "complete", then all: the running total after the first n customers at [n]. */
  counts: Map<string, Int32Array>;
}

const completenessIndexes = new WeakMap<readonly Customer[], Map<string, CompletenessIndex>>();

function completenessIndex(customers: readonly Customer[], keyFields: readonly string[]): CompletenessIndex {
  let byKeys = completenessIndexes.get(customers);
  if (!byKeys) completenessIndexes.set(customers, (byKeys = new Map()));
  const cacheKey = keyFields.join('\u0000');
  const known = byKeys.get(cacheKey);
  if (known) return known;
  const fields = completenessOrder(keyFields);
  const order = byFirstVisit(customers);
  const columns = [...fields, '\u0000complete'].map(() => new Int32Array(customers.length + 1));
  // A row holds only the cells that had a value, so asking it for its keys reads fewer cells than asking it for every field.
  const fieldAt = new Map<string, number[]>();
  fields.forEach((key, j) => fieldAt.set(key, [...(fieldAt.get(key) ?? []), j]));
  const keyAt = keyFields.map((_, j) => j);
  /** filledBy[j] = n: field j is filled for the n-th customer in order. */
  const filledBy = new Int32Array(fields.length).fill(-1);
  order.positions.forEach((i, n) => {
    const record = customers[i] as unknown as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      const at = fieldAt.get(key);
      if (at !== undefined && isFilled(record[key])) for (const j of at) filledBy[j] = n;
    }
    for (let j = 0; j < fields.length; j++) columns[j]![n + 1] = columns[j]![n]! + (filledBy[j] === n ? 1 : 0);
    let complete = keyAt.length > 0;
    for (const j of keyAt) if (filledBy[j] !== n) complete = false;
    columns[fields.length]![n + 1] = columns[fields.length]![n]! + (complete ? 1 : 0);
  });
  const counts = new Map(fields.map((key, j) => [key, columns[j]!]));
  counts.set('\u0000complete', columns[fields.length]!);
  const index = { days: order.days, counts };
  byKeys.set(cacheKey, index);
  return index;
}

/** Customers' positions ordered by first visit (undated first, then by day, ties by position) and their first-visit day numbers in that order. */
function byFirstVisit(customers: readonly Customer[]): { positions: number[]; days: Float64Array } {
  const n = customers.length;
  const firstDays = customers.map((c) => (c.firstVisit ? dayNumber(c.firstVisit) : -Infinity));
  const earliest = firstDays.reduce((a, d) => (d !== -Infinity && d < a ? d : a), Infinity);
  // Day (1 on for the dated, 0 undated) and position as one whole number each: a typed-array sort with no comparator is several times faster.
  const keys = Float64Array.from(firstDays, (d, i) => (d === -Infinity ? 0 : d - earliest + 1) * n + i).sort();
  const positions = Array.from(keys, (k) => k % n);
  return { positions, days: Float64Array.from(positions, (i) => firstDays[i]!) };
}

/** Completeness of the customers the archive held at `end` (first visit by then, or undated). */
function completenessAt(customers: readonly Customer[], end: string, keyFields: readonly string[]): ArchiveCompleteness {
  const { days, counts } = completenessIndex(customers, keyFields);
  const held = countSpansOn({ firsts: days, afterLasts: NO_DAYS }, dayNumber(end));
  const at = (key: string): number => counts.get(key)![held]!;
  return completenessFromCounts(at, at('\u0000complete'), held, keyFields);
}

const NO_DAYS = new Float64Array(0);

/** The sheet holds only today's values, so a past month sees the customers whose first visit came by its end (undated ones always). */
export function summariseArchive(data: ReportData, month: string, settings: Settings): ArchiveSummary {
  const end = monthRange(month).to;
  const day = dayNumber(end);
  const over = monthsOver(end);
  const standings = archiveStandings(data, settings);
  const byTier = new Map(TIERS.map((tier) => [tier, { count: countSpansOn(standings.held.get(tier)!, day), owing: 0, behind: 0 }]));
  let behind = 0;
  for (const group of standings.visitGroups) {
    // A visit is due only from since's month on, and the first visit is no later than since: every customer owing is held.
    const due = staffVisitsDue(group.minimum, monthsJudgedFrom(over, group.since));
    if (due <= 0) continue;
    const reached = group.reached[due - 1];
    const short = group.customers - (reached ? countSpansOn(reached, day) : 0);
    const tier = byTier.get(group.tier)!;
    tier.owing += group.customers;
    tier.behind += short;
    behind += short;
  }
  return {
    completeness: completenessAt(data.customers, end, settings.archive.keyFields),
    target: settings.archive.completenessTarget,
    tierMix: TIERS.map((tier) => ({ tier, count: byTier.get(tier)!.count })),
    staffVisitsThisYear: countSpansOn(standings.visitsThisYear, day),
    staffVisitsBehind: behind,
    staffVisitsByTier: TIERS.map((tier) => ({ tier, minimum: settings.staffVisitsPerYear[tier], owing: byTier.get(tier)!.owing, behind: byTier.get(tier)!.behind })),
    lapsed: countSpansOn(standings.lapsed, day),
    lapsedMembers: countSpansOn(standings.lapsedMembers, day),
    lapsedAfterCycles: settings.archive.lapsedAfterCycles,
    customers: TIERS.reduce((n, tier) => n + byTier.get(tier)!.count, 0),
    members: countSpansOn(standings.members, day),
  };
}
