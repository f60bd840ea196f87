// A customer's tier for the report: always the shared rule, so every section agrees whatever the sheet's formula column says.
import { TIER, type Tier } from '../enums';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { classifyTier } from '../rules/tier';
import { lastRowByNumber } from '../rules/customer-numbers';
import { numberedData } from './call-numbers';
import { onceFor } from './month-memo';
import type { ReportData } from './types';

export const TIERS: readonly Tier[] = TIER.map((t) => t.key);

export function tierOf(customer: Customer, settings: Settings): Tier {
  return classifyTier(customer, settings);
}

const tiers = new WeakMap<readonly Customer[], WeakMap<Settings, readonly Tier[]>>();
const byIds = new WeakMap<readonly Customer[], WeakMap<Settings, Map<string, Tier>>>();

/** Each customer's tier in the archive's order, once per archive and settings: the sheet holds today's values, so it is the same in every month. */
export function tiersInOrder(customers: readonly Customer[], settings: Settings): readonly Tier[] {
  let bySettings = tiers.get(customers);
  if (!bySettings) tiers.set(customers, (bySettings = new WeakMap()));
  let list = bySettings.get(settings);
  if (!list) bySettings.set(settings, (list = customers.map((c) => tierOf(c, settings))));
  return list;
}

/** Each customer's tier by id (tiersInOrder keyed by id). */
export function tiersById(customers: readonly Customer[], settings: Settings): Map<string, Tier> {
  let bySettings = byIds.get(customers);
  if (!bySettings) byIds.set(customers, (bySettings = new WeakMap()));
  let byId = bySettings.get(settings);
  if (!byId) {
    const list = tiersInOrder(customers, settings);
    byId = new Map();
    for (let i = 0; i < customers.length; i++) byId.set(customers[i]!.id, list[i]!);
    bySettings.set(settings, byId);
  }
  return byId;
}

/** Each customer number's tier (the last archive row of a repeated id, as tiersById), once per data and settings. */
export function tiersByNumber(data: Pick<ReportData, 'customers' | 'calls'>, settings: Settings): readonly (Tier | undefined)[] {
  return onceFor(data, settings, 'tiers-by-number', () => lastRowByNumber(numberedData(data).customers, tiersInOrder(data.customers, settings)));
}
