// The calls grouped by customer once per sheet, and from those groups each month's calls by customer tier: every month asks.
import type { Tier } from '../enums';
import { monthOf } from '../dates';
import { callsByCustomer } from '../rules/follow-up-obligations';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';
import { tiersById } from './tiers';
import type { ReportData } from './types';

const byCustomer = new WeakMap<readonly Call[], Map<string, Call[]>>();

/** Each customer's calls in sheet order (callsByCustomer), once per calls sheet: follow-ups and satisfaction share it. */
export function callsOfCustomers(calls: readonly Call[]): Map<string, Call[]> {
  let groups = byCustomer.get(calls);
  if (!groups) byCustomer.set(calls, (groups = callsByCustomer(calls)));
  return groups;
}

const byTier = new WeakMap<ReportData, WeakMap<Settings, Map<string, Map<Tier, Call[]>>>>();

/**
 * Each month's calls by their customer's tier (calls to a customer missing from the archive have none), built once from
 * the customer groups so each customer's tier is looked up once, not once per call. A group lists its calls customer by customer.
 */
export function callsByTierInMonth(data: ReportData, settings: Settings, month: string): Map<Tier, Call[]> {
  let bySettings = byTier.get(data);
  if (!bySettings) byTier.set(data, (bySettings = new WeakMap()));
  let byMonth = bySettings.get(settings);
  if (!byMonth) {
    byMonth = new Map();
    const tiers = tiersById(data.customers, settings);
    for (const [customerId, calls] of callsOfCustomers(data.calls)) {
      const tier = tiers.get(customerId);
      if (tier === undefined) continue;
      for (const call of calls) {
        const m = monthOf(call.at);
        let groups = byMonth.get(m);
        if (!groups) byMonth.set(m, (groups = new Map()));
        const list = groups.get(tier);
        if (list) list.push(call);
        else groups.set(tier, [call]);
      }
    }
    bySettings.set(settings, byMonth);
  }
  return byMonth.get(month) ?? new Map();
}
