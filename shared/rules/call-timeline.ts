// Each customer's calls as numbers in time order, from one sweep of the calls sheet: what is owed is worked out from these, not from call rows scattered in memory.
import type { Call } from '../schema/calls';
import { timeNumber, ymdNumber } from '../dates';

/** What a call is, as bits: all that decides what it opens or completes. */
export const REACHED = 1;
export const POST_SERVICE = 2;
export const SECOND_FOLLOW_UP = 4;
export const INBOUND = 8;
export const PROMISED_ANSWER = 16;

/** Customer k's calls are the sheet rows order[start[k]] … order[start[k + 1] - 1], by time (sheet order among equal times). */
export interface CallTimeline {
  start: Int32Array;
  order: Int32Array;
  /** Per sheet row: its call's day as yyyymmdd (ISO days compare as these numbers do) and its CALL bits. */
  day: Int32Array;
  what: Uint8Array;
}

function whatOf(call: Call): number {
  let bits = call.reached === 'reached' ? REACHED : 0;
  const purpose = call.purpose;
  if (purpose === 'post-service') bits |= POST_SERVICE;
  else if (purpose === 'second-follow-up') bits |= SECOND_FOLLOW_UP;
  else if (purpose === 'inbound') bits |= INBOUND;
  if (call.promisedAnswerDate) bits |= PROMISED_ANSWER;
  return bits;
}

function byTime(calls: readonly Call[]): (a: number, b: number) => number {
  return (a, b) => {
    const x = calls[a]!.at;
    const y = calls[b]!.at;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}

/** A call's customer number when it names no customer or has no time (half-typed rows: they belong to no customer's timeline). */
export const NO_CUSTOMER = -2;

/** Each call's customer, time and day as numbers, in calls order: read once per calls sheet, then shared by whatever walks the calls. */
export interface CallNumbers {
  /** Per call: its customer's number (keyOf), −1 when its customer has none, NO_CUSTOMER for a call without a customer or a time. */
  customer: Int32Array;
  /** Per call: its time as timeNumber() gives it (NaN when missing or not in the reader's form), and its day as ymdNumber() (0 without a time). */
  time: Float64Array;
  day: Int32Array;
  /** Per call with a time: its CALL bits. */
  what: Uint8Array;
}

/** One read of every call's customer, time and what it is (the only look-up by customer id a call needs). */
export function numberCalls(calls: readonly Call[], keyOf: ReadonlyMap<string, number>): CallNumbers {
  const n = calls.length;
  const customer = new Int32Array(n).fill(NO_CUSTOMER);
  const time = new Float64Array(n).fill(NaN);
  const day = new Int32Array(n);
  const what = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const call = calls[i]!;
    const at = call.at;
    if (!at) continue;
    what[i] = whatOf(call);
    const t = timeNumber(at);
    time[i] = t;
    // A time in the reader's form holds its day in its leading digits; any other text is read as ymdNumber reads it.
    day[i] = t === t ? Math.floor(t / 1_000_000) : ymdNumber(at);
    const id = call.customerId;
    if (!id) continue;
    customer[i] = keyOf.get(id) ?? -1;
  }
  return { customer, time, day, what };
}

/**
 * The calls of the customers keyOf numbers 0 … keys - 1 (rows without a customer or a time are left out). A customer's
 * calls already in time order stay in sheet order; the others are sorted by time, stably, so equal times keep sheet order.
 * `numbers` is numberCalls(calls, keyOf), for a caller that has it already.
 */
export function callTimeline(calls: readonly Call[], keyOf: ReadonlyMap<string, number>, keys: number,
  numbers: CallNumbers = numberCalls(calls, keyOf)): CallTimeline {
  const n = calls.length;
  const { customer: keyAt, time: timeAt, day, what } = numbers;
  const start = new Int32Array(keys + 1);
  // Each customer's latest time so far, as a number; a time out of order, or not in the reader's form, sorts that customer's calls.
  const latest = new Float64Array(keys);
  const unsorted = new Uint8Array(keys);
  for (let i = 0; i < n; i++) {
    const key = keyAt[i]!;
    if (key < 0) continue;
    const time = timeAt[i]!;
    if (!(time >= latest[key]!)) unsorted[key] = 1;
    else latest[key] = time;
    start[key + 1]!++;
  }
  for (let k = 0; k < keys; k++) start[k + 1]! += start[k]!;
  const order = new Int32Array(start[keys]!);
  const next = start.slice(0, keys);
  for (let i = 0; i < n; i++) if (keyAt[i]! >= 0) order[next[keyAt[i]!]!++] = i;
  const compare = byTime(calls);
  for (let k = 0; k < keys; k++) {
    if (unsorted[k]) order.set(Array.from(order.subarray(start[k]!, start[k + 1]!)).sort(compare), start[k]!);
  }
  return { start, order, day, what };
}
