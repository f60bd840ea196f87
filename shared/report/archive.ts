// 档案 — the customer archive at a month's end as counts only: key-field completeness against target, tier mix, staff visits behind, lapsed, members.
import type { Tier } from '../enums';
import type { Settings } from '../settings';
import type { ArchiveCompleteness } from '../rules/completeness';
import { monthsJudgedFrom, monthsOver, staffVisitsDue } from '../rules/visit-minimum';
import { completenessOn } from './archive-completeness';
import { archiveStandings } from './archive-standings';
import { countSpansOn } from './day-spans';
import { dayNumber } from '../dates';
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
    completeness: completenessOn(standings.completeness, day),
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
