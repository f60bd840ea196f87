// What the archive and the complaints read from the calls, gathered in one sweep per calls sheet: a million calls are visited once, not once per section.
import type { Call } from '../schema/calls';
import { isStaffVisit } from '../rules/visit-minimum';
import { asCallTable, atOf, callAt, timeText, type Calls, type CallTable } from '../sheet/call-table';
import { byCodes, codeOf, valueOf } from '../sheet/interned';
import { pushTo, sortAscending } from './order';

/** A call as the complaints read it (made only for the calls that name a complaint or follow one up). */
type ComplaintCall = Pick<Call, 'customerId' | 'at' | 'purpose' | 'complaintId'>;

export interface CallSweep {
  /** The earliest call time (undefined without calls): its day is the first day on record. */
  firstAt: string | undefined;
  /** Each customer's staff visits (isStaffVisit: a reached 上门 call) as their call times, ascending. */
  staffVisits: Map<string, string[]>;
  /** The calls naming each complaint (its id), in sheet order. */
  byComplaint: Map<string, ComplaintCall[]>;
  /** Each customer's complaint follow-up calls, in sheet order. */
  complaintFollowUps: Map<string, ComplaintCall[]>;
}

const sweeps = new WeakMap<CallTable, CallSweep>();

/** The earliest `at` text: the least time number (they order as their texts do), then any text not in the reader's form. */
function earliestAt(table: CallTable): string | undefined {
  let least = Infinity;
  const { time } = table;
  for (let i = 0; i < table.length; i++) if (time[i]! < least) least = time[i]!;
  let first = least === Infinity ? undefined : timeText(least);
  for (const text of table.oddAt.values()) if (first === undefined || text < first) first = text;
  return first;
}

/** The sweep of these calls, once per calls sheet: columns compared as codes, texts made only for the calls kept. */
export function sweepCalls(calls: Calls): CallSweep {
  const table = asCallTable(calls);
  let sweep = sweeps.get(table);
  if (sweep) return sweep;
  sweep = { firstAt: earliestAt(table), staffVisits: new Map(), byComplaint: new Map(), complaintFollowUps: new Map() };
  const { channel, reached, purpose, complaintId, customerId } = table.columns;
  const staffVisit = byCodes(channel, reached, (c, r) => isStaffVisit({ channel: c, reached: r }));
  const followUp = codeOf(purpose, 'complaint-follow-up');
  const customerOf = (i: number): string => valueOf(customerId, i) ?? '';
  for (let i = 0; i < table.length; i++) {
    if (staffVisit(i)) pushTo(sweep.staffVisits, customerOf(i), atOf(table, i));
    const complaint = complaintId.codes[i]!;
    if (complaint >= 0) pushTo(sweep.byComplaint, complaintId.values[complaint]!, callAt(table, i));
    if (purpose.codes[i] === followUp) pushTo(sweep.complaintFollowUps, customerOf(i), callAt(table, i));
  }
  for (const list of sweep.staffVisits.values()) sortAscending(list);
  sweeps.set(table, sweep);
  return sweep;
}
