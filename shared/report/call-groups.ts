// The calls grouped by customer once per calls sheet: every month's follow-ups ask.
import { callsByCustomer } from '../rules/follow-up-obligations';
import type { Call } from '../schema/calls';

const byCustomer = new WeakMap<readonly Call[], Map<string, Call[]>>();

/** Each customer's calls in sheet order (callsByCustomer), once per calls sheet: every month's follow-ups share it. */
export function callsOfCustomers(calls: readonly Call[]): Map<string, Call[]> {
  let groups = byCustomer.get(calls);
  if (!groups) byCustomer.set(calls, (groups = callsByCustomer(calls)));
  return groups;
}
