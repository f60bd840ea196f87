// 客户分级 — a customer's tier from spend, visits and referrals this year, against the Settings thresholds.
import type { Tier } from '../enums';
import type { Settings, TierThreshold } from '../settings';

export interface TierFigures {
  spendThisYear?: number;
  visitsThisYear?: number;
  referrals?: number;
}

function reaches(figures: TierFigures, threshold: TierThreshold): boolean {
  return (figures.spendThisYear ?? 0) >= threshold.spend
    || (figures.visitsThisYear ?? 0) >= threshold.visits
    || (figures.referrals ?? 0) >= threshold.referrals;
}

/** The highest tier any one of whose thresholds the customer reaches; ordinary otherwise. */
export function classifyTier(figures: TierFigures, settings: Settings): Tier {
  if (reaches(figures, settings.tier.vip)) return 'vip';
  if (reaches(figures, settings.tier.core)) return 'core';
  if (reaches(figures, settings.tier.potential)) return 'potential';
  return 'ordinary';
}
