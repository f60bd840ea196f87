// Key-field completeness of the archive on any day: each field's filled count per first-visit day, counted once, summed up to the day asked.
import { completenessFromCounts, completenessOrder, isFilled, type ArchiveCompleteness } from '../rules/completeness';
import type { Customer } from '../schema/customers';
import { countAtMost } from './day-spans';

/** Counts gathered customer by customer (addToCompleteness) before they are summed by day. */
export interface CompletenessCounter {
  keyFields: readonly string[];
  /** Completeness order: the key fields first. */
  fields: readonly string[];
  /** Where each field name sits in `fields` (more than once if a key field is listed twice). */
  fieldAt: Map<string, number[]>;
  /** Per first-visit day number (-Infinity: undated): filled counts per field, then complete, then all customers. */
  byDay: Map<number, Int32Array>;
  /** filledBy[j] = n: field j is filled for the n-th customer added. */
  filledBy: Int32Array;
  added: number;
}

export interface CompletenessByDay {
  keyFields: readonly string[];
  fields: readonly string[];
  /** The first-visit days with customers, ascending. */
  days: Float64Array;
  /** totals[i]: the counts (as byDay) of the customers whose first visit came on or before days[i - 1]; totals[0] all zero. */
  totals: Int32Array[];
}

export function startCompleteness(keyFields: readonly string[]): CompletenessCounter {
  const fields = completenessOrder(keyFields);
  const fieldAt = new Map<string, number[]>();
  fields.forEach((key, j) => fieldAt.set(key, [...(fieldAt.get(key) ?? []), j]));
  return { keyFields, fields, fieldAt, byDay: new Map(), filledBy: new Int32Array(fields.length).fill(-1), added: 0 };
}

/** Counts one customer under its first-visit day (a day number, -Infinity when undated). */
export function addToCompleteness(counter: CompletenessCounter, customer: Customer, firstDay: number): void {
  const { fields, fieldAt, filledBy } = counter;
  const n = counter.added++;
  let counts = counter.byDay.get(firstDay);
  if (!counts) counter.byDay.set(firstDay, (counts = new Int32Array(fields.length + 2)));
  // A row holds only the cells that had a value, so asking it for its keys reads fewer cells than asking it for every field.
  const record = customer as unknown as Readonly<Record<string, unknown>>;
  for (const key of Object.keys(record)) {
    const at = fieldAt.get(key);
    if (at !== undefined && isFilled(record[key])) for (const j of at) filledBy[j] = n;
  }
  for (let j = 0; j < fields.length; j++) if (filledBy[j] === n) counts[j]!++;
  let complete = counter.keyFields.length > 0;
  for (let j = 0; j < counter.keyFields.length; j++) if (filledBy[j] !== n) complete = false;
  if (complete) counts[fields.length]!++;
  counts[fields.length + 1]!++;
}

export function sumCompletenessByDay(counter: CompletenessCounter): CompletenessByDay {
  const days = Float64Array.from(counter.byDay.keys()).sort();
  const running = new Int32Array(counter.fields.length + 2);
  const totals = [running.slice()];
  for (const day of days) {
    const counts = counter.byDay.get(day)!;
    for (let j = 0; j < running.length; j++) running[j]! += counts[j]!;
    totals.push(running.slice());
  }
  return { keyFields: counter.keyFields, fields: counter.fields, days, totals };
}

/** Completeness of the customers the archive held on the day (first visit by then, or undated). */
export function completenessOn(index: CompletenessByDay, day: number): ArchiveCompleteness {
  const totals = index.totals[countAtMost(index.days, day)]!;
  const { fields, keyFields } = index;
  return completenessFromCounts((key) => totals[fields.indexOf(key)]!, totals[fields.length]!, totals[fields.length + 1]!, keyFields);
}
