// 客户流失 (003) — a customer is lapsed when their last visit is further back than their service cycle × a Settings factor.
import { daysBetween, dateOf } from '../dates';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';

/** Days without a visit after which the customer counts as lapsed: own cycle (else the default) × archive.lapsedAfterCycles. */
export function lapsedAfterDays(customer: Pick<Customer, 'serviceCycleDays'>, settings: Settings): number {
  return (customer.serviceCycleDays ?? settings.serviceCycleDays) * settings.archive.lapsedAfterCycles;
}

/**
 * Lapsed on that day: the last visit (the first one when no last is recorded) lies more than lapsedAfterDays back.
 * A customer with no visit on record, or whose recorded visit is after the day, is not judged lapsed.
 */
export function isLapsed(customer: Pick<Customer, 'lastVisit' | 'firstVisit' | 'serviceCycleDays'>, onDate: string, settings: Settings): boolean {
  const last = customer.lastVisit ?? customer.firstVisit;
  if (!last || dateOf(last) > dateOf(onDate)) return false;
  return daysBetween(last, onDate) > lapsedAfterDays(customer, settings);
}
