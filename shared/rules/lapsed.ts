// 客户流失 (003) — a customer is lapsed when neither a visit nor a purchase lies within their service cycle × a Settings factor.
import { daysBetween, dateOf } from '../dates';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';

/** Days without a visit after which the customer counts as lapsed: own cycle (else the default) × archive.lapsedAfterCycles. */
export function lapsedAfterDays(customer: Pick<Customer, 'serviceCycleDays'>, settings: Settings): number {
  return (customer.serviceCycleDays ?? settings.serviceCycleDays) * settings.archive.lapsedAfterCycles;
}

/**
 * Lapsed on that day: the later of the last visit (the first one when no last is recorded) and the last purchase
 * on record (a spend entry of the points ledger) lies more than lapsedAfterDays back. A customer with neither,
 * or whose recorded last visit is after the day, is not judged lapsed.
 */
export function isLapsed(
  customer: Pick<Customer, 'lastVisit' | 'firstVisit' | 'serviceCycleDays'>, onDate: string, settings: Settings, lastPurchase?: string,
): boolean {
  const visit = customer.lastVisit ?? customer.firstVisit;
  const purchase = lastPurchase && dateOf(lastPurchase) <= dateOf(onDate) ? dateOf(lastPurchase) : undefined;
  return isLapsedSince(visit ? dateOf(visit) : undefined, purchase, onDate, lapsedAfterDays(customer, settings));
}

/** isLapsed from its parts: the visit day, the last purchase day by onDate, the customer's lapsedAfterDays (and, for many customers, a faster daysBetween). */
export function isLapsedSince(visit: string | undefined, purchase: string | undefined, onDate: string, afterDays: number,
  between: (a: string, b: string) => number = daysBetween): boolean {
  const day = dateOf(onDate);
  if (visit && visit > day) return false;
  const last = visit && purchase ? (visit > purchase ? visit : purchase) : visit || purchase;
  if (!last) return false;
  return between(last, day) > afterDays;
}
