// Each customer's calls as numbers in time order, from one sweep of the calls sheet: what is owed is worked out from these, not from call rows scattered in memory.
import { ymdNumber } from '../dates';
import { compareAt, type CallTable } from '../sheet/call-table';
import type { Interned } from '../sheet/interned';

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

/** Per code of each column the CALL bits its text sets (purpose, reached, a promised answer date): a call's bits are then three look-ups. */
interface WhatBits {
  reached: Uint8Array;
  purpose: Uint8Array;
  promised: Uint8Array;
}

function bitsOf(column: Interned, bitsOfText: (text: string) => number): Uint8Array {
  return Uint8Array.from(column.values, bitsOfText);
}

function whatBits(table: CallTable): WhatBits {
  const { reached, purpose, promisedAnswerDate } = table.columns;
  return {
    reached: bitsOf(reached, (text) => (text === 'reached' ? REACHED : 0)),
    purpose: bitsOf(purpose, (text) => (text === 'post-service' ? POST_SERVICE : text === 'second-follow-up' ? SECOND_FOLLOW_UP : text === 'inbound' ? INBOUND : 0)),
    // A blank date promises nothing, as a row without one.
    promised: bitsOf(promisedAnswerDate, (text) => (text ? PROMISED_ANSWER : 0)),
  };
}

/** Call i's CALL bits: all that decides what it opens or completes. */
function whatOf(columns: CallTable['columns'], bits: WhatBits, i: number): number {
  const reached = columns.reached.codes[i]!;
  const purpose = columns.purpose.codes[i]!;
  const promised = columns.promisedAnswerDate.codes[i]!;
  return (reached < 0 ? 0 : bits.reached[reached]!) | (purpose < 0 ? 0 : bits.purpose[purpose]!) | (promised < 0 ? 0 : bits.promised[promised]!);
}

/** A call's customer number when it names no customer or has no time (half-typed rows: they belong to no customer's timeline). */
export const NO_CUSTOMER = -2;

/** Each call's customer, time and day as numbers, in calls order: read once per calls sheet, then shared by whatever walks the calls. */
export interface CallNumbers {
  /** Per call: its customer's number (keyOf), −1 when its customer has none, NO_CUSTOMER for a call without a customer or a time. */
  customer: Int32Array;
  /** Per call: its time as timeNumber() gives it (the table's own column: NaN when missing or not in the reader's form), and its day as ymdNumber() (0 without a time). */
  time: Float64Array;
  day: Int32Array;
  /** Per call with a time: its CALL bits. */
  what: Uint8Array;
}

/** One read of every call's customer, time and what it is: each distinct customer id is looked up in keyOf once, not once per call. */
export function numberCalls(table: CallTable, keyOf: ReadonlyMap<string, number>): CallNumbers {
  const n = table.length;
  const customer = new Int32Array(n).fill(NO_CUSTOMER);
  const day = new Int32Array(n);
  const what = new Uint8Array(n);
  const { time, oddAt, columns } = table;
  const bits = whatBits(table);
  // Per customer id code: its number, −1 when the archive lacks it, NO_CUSTOMER for a blank id.
  const keyOfCode = Int32Array.from(columns.customerId.values, (id) => (id ? keyOf.get(id) ?? -1 : NO_CUSTOMER));
  const idCodes = columns.customerId.codes;
  for (let i = 0; i < n; i++) {
    const t = time[i]!;
    // A time in the reader's form holds its day in its leading digits; any other text is read as ymdNumber reads it.
    if (t === t) day[i] = Math.floor(t / 1_000_000);
    else {
      const at = oddAt.get(i);
      if (!at) continue;
      day[i] = ymdNumber(at);
    }
    what[i] = whatOf(columns, bits, i);
    const code = idCodes[i]!;
    if (code >= 0) customer[i] = keyOfCode[code]!;
  }
  // A call without a time has none here either: the table's times are these numbers already.
  return { customer, time, day, what };
}

/**
 * The calls of the customers keyOf numbers 0 … keys - 1 (rows without a customer or a time are left out). A customer's
 * calls already in time order stay in sheet order; the others are sorted by time, stably, so equal times keep sheet order.
 * `numbers` is numberCalls(table, keyOf), for a caller that has it already.
 */
export function callTimeline(table: CallTable, keyOf: ReadonlyMap<string, number>, keys: number,
  numbers: CallNumbers = numberCalls(table, keyOf)): CallTimeline {
  const n = table.length;
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
  const compare = (a: number, b: number): number => compareAt(table, a, b);
  for (let k = 0; k < keys; k++) {
    if (unsorted[k]) order.set(Array.from(order.subarray(start[k]!, start[k + 1]!)).sort(compare), start[k]!);
  }
  return { start, order, day, what };
}
