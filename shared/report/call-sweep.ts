// What the archive and the complaints read from the calls, gathered in one sweep per calls sheet: a million rows are visited once, not once per section.
import type { Call } from '../schema/calls';
import { isStaffVisit } from '../rules/visit-minimum';
import { pushTo } from './order';

export interface CallSweep {
  /** The earliest call time (undefined without calls): its day is the first day on record. */
  firstAt: string | undefined;
  /** Each customer's staff visits (isStaffVisit) as their call times, ascending. */
  staffVisits: Map<string, string[]>;
  /** The calls naming each complaint (its id), in sheet order. */
  byComplaint: Map<string, Call[]>;
  /** Each customer's complaint follow-up calls, in sheet order. */
  complaintFollowUps: Map<string, Call[]>;
}

const sweeps = new WeakMap<readonly Call[], CallSweep>();

/** Sheets are mostly in time order: sort only the few lists that are not (a sort call per list costs more than the check). */
function sortAscending(list: string[]): void {
  for (let i = 1; i < list.length; i++) {
    if (list[i]! < list[i - 1]!) {
      list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return;
    }
  }
}

/** The sweep of these calls, once per calls sheet. The rows' own strings are kept, not cut: a million calls make garbage enough. */
export function sweepCalls(calls: readonly Call[]): CallSweep {
  let sweep = sweeps.get(calls);
  if (sweep) return sweep;
  sweep = { firstAt: undefined, staffVisits: new Map(), byComplaint: new Map(), complaintFollowUps: new Map() };
  // The earliest instant is on the earliest day: one comparison per call, the date part taken once by the reader.
  let firstAt: string | undefined;
  for (const call of calls) {
    const at = call.at;
    if (firstAt === undefined || at < firstAt) firstAt = at;
    if (isStaffVisit(call)) pushTo(sweep.staffVisits, call.customerId, at);
    if (call.complaintId !== undefined) pushTo(sweep.byComplaint, call.complaintId, call);
    if (call.purpose === 'complaint-follow-up') pushTo(sweep.complaintFollowUps, call.customerId, call);
  }
  sweep.firstAt = firstAt;
  for (const list of sweep.staffVisits.values()) sortAscending(list);
  sweeps.set(calls, sweep);
  return sweep;
}
