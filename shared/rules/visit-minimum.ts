// Service by tier — the fewest visits a year each tier should get (VIP and core 4, ordinary 2 by default).
import type { Tier } from '../enums';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';

export function minimumVisits(tier: Tier, settings: Settings): number {
  return settings.visitsPerYear[tier];
}

/** True when the customer has had fewer visits this year than their tier promises; no figure counts as 0. */
export function isBelowVisitMinimum(customer: Pick<Customer, 'visitsThisYear'>, tier: Tier, settings: Settings): boolean {
  return (customer.visitsThisYear ?? 0) < minimumVisits(tier, settings);
}
