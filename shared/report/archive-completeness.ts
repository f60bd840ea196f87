// Key-field completeness of the archive on any day: each field's filled count per first-visit day, counted once, summed up to the day asked.
import { completenessFromCounts, completenessOrder, isFilled, type ArchiveCompleteness } from '../rules/completeness';
import type { Customer } from '../schema/customers';
import { countAtMost } from './day-spans';

/** Counts gathered customer by customer (addToCompleteness) before they are summed by day. */
export interface CompletenessCounter {
  keyFields: readonly string[];
  /** Completeness order: the key fields first (a key field listed twice sits there twice). */
  fields: readonly string[];
  /** Per first-visit day number (-Infinity: undated): filled counts per field, then complete, then all customers. */
  byDay: Map<number, Int32Array>;
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
  return { keyFields, fields: completenessOrder(keyFields), byDay: new Map() };
}

/** Counts one customer under its first-visit day (a day number, -Infinity when undated). */
export function addToCompleteness(counter: CompletenessCounter, customer: Customer, firstDay: number): void {
  const { fields, keyFields } = counter;
  let counts = counter.byDay.get(firstDay);
  if (!counts) counter.byDay.set(firstDay, (counts = new Int32Array(fields.length + 2)));
  // Each field read by its name (a missing cell reads as undefined): cheaper than listing the row's own keys and looking each up.
  const cells: Readonly<Record<string, unknown>> = customer;
  let complete = keyFields.length > 0;
  for (let j = 0; j < fields.length; j++) {
    if (isFilled(cells[fields[j]!])) counts[j]!++;
    else if (j < keyFields.length) complete = false;
  }
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
