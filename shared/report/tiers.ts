// A customer's tier for the report: always the shared rule, so every section agrees whatever the sheet's formula column says.
import { TIER, type Tier } from '../enums';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { classifyTier } from '../rules/tier';

export const TIERS: readonly Tier[] = TIER.map((t) => t.key);

export function tierOf(customer: Customer, settings: Settings): Tier {
  return classifyTier(customer, settings);
}
