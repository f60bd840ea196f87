// 档案 — the customer archive at a month's end as counts only: completeness against target, tier mix, visit minimums, members.
import type { Tier } from '../enums';
import { dateOf } from '../dates';
import type { Settings } from '../settings';
import { archiveCompleteness, type ArchiveCompleteness } from '../rules/completeness';
import { isMember } from '../rules/follow-up-schedule';
import { isBelowVisitMinimum } from '../rules/visit-minimum';
import { monthRange } from './months';
import { TIERS, tierOf } from './tiers';
import type { ReportData } from './types';

export interface ArchiveSummary {
  completeness: ArchiveCompleteness;
  target: number;
  tierMix: { tier: Tier; count: number }[];
  belowVisitMinimum: number;
  customers: number;
  members: number;
}

/** The sheet holds only today's values, so a past month sees the customers whose first visit came by its end (undated ones always). */
export function summariseArchive(data: ReportData, month: string, settings: Settings): ArchiveSummary {
  const end = monthRange(month).to;
  const customers = data.customers.filter((c) => !c.firstVisit || dateOf(c.firstVisit) <= end);
  const tiers = customers.map((c) => tierOf(c, settings));
  return {
    completeness: archiveCompleteness(customers as unknown as Record<string, unknown>[]),
    target: settings.archive.completenessTarget,
    tierMix: TIERS.map((tier) => ({ tier, count: tiers.filter((t) => t === tier).length })),
    belowVisitMinimum: customers.filter((c, i) => isBelowVisitMinimum(c, tiers[i]!, settings)).length,
    customers: customers.length,
    members: customers.filter((c) => isMember(c, end)).length,
  };
}
