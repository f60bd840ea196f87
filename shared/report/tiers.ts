// A customer's tier for the report: always the shared rule, so every section agrees whatever the sheet's formula column says.
import { TIER, type Tier } from '../enums';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { classifyTier } from '../rules/tier';

export const TIERS: readonly Tier[] = TIER.map((t) => t.key);

export function tierOf(customer: Customer, settings: Settings): Tier {
  return classifyTier(customer, settings);
}

const tiers = new WeakMap<readonly Customer[], WeakMap<Settings, Map<string, Tier>>>();

/** Each customer's tier by id, once per archive and settings: the sheet holds today's values, so it is the same in every month. */
export function tiersById(customers: readonly Customer[], settings: Settings): Map<string, Tier> {
  let bySettings = tiers.get(customers);
  if (!bySettings) tiers.set(customers, (bySettings = new WeakMap()));
  let byId = bySettings.get(settings);
  if (!byId) {
    byId = new Map(customers.map((c) => [c.id, tierOf(c, settings)]));
    bySettings.set(settings, byId);
  }
  return byId;
}
