// The calls sheet as columns of numbers, filled row by row as the reader streams: a report keeps this, not a million row objects.
import { timeNumber } from '../dates';
import type { Call } from '../schema/calls';
import { doubled, growingColumn, idColumn, joinColumns, joined, pickColumn, picked, put, putId, tableOfRows, valueOf, type GrowingColumn, type Interned } from './interned';

/** What the report reads of each call (no call id, comment or suggestion: no figure uses them). */
export type TabledKey = 'customerId' | 'agent' | 'channel' | 'purpose' | 'serviceDate' | 'stage' | 'reached' | 'satisfaction' | 'promisedAnswerDate' | 'complaintId';
export const TABLED: readonly TabledKey[] = ['customerId', 'agent', 'channel', 'purpose', 'serviceDate', 'stage', 'reached', 'satisfaction', 'promisedAnswerDate', 'complaintId'];

/** Each tabled column, its texts typed as the reader typed them (an enum column holds its keys). */
export type CallColumns = { [K in TabledKey]: Interned<NonNullable<Call[K]>> };

/** Columns filled from calls' own values (typed rows, or other tables' columns): their texts are of those types. */
const asColumns = (columns: Record<TabledKey, Interned>): CallColumns => columns as CallColumns;

export interface CallTable {
  readonly kind: 'call-table';
  length: number;
  /** Per call: its line in its file (1 is the header), for leaving rows with problems out. */
  line: Int32Array;
  /** Per call: its time as timeNumber() reads it (yyyymmddhhmmss), NaN where the text is not in the reader's form. */
  time: Float64Array;
  /** The `at` text of each call whose time is NaN, by position (absent: no time at all). */
  oddAt: Map<number, string>;
  columns: CallColumns;
  /** Lines of rows read but not whole calls (a required cell did not read: that row has an issue), left out as recordsOf does. */
  partialLines: number[];
}

/** A time number back as the reader's text, "YYYY-MM-DDTHH:MM:SS". */
export function timeText(t: number): string {
  const s = String(t).padStart(14, '0');
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(8, 10)}:${s.slice(10, 12)}:${s.slice(12, 14)}`;
}

/** Call i's `at` as the reader typed it ('' for none, as a row missing its time reads in a report). */
export function atOf(table: CallTable, i: number): string {
  const t = table.time[i]!;
  return t === t ? timeText(t) : table.oddAt.get(i) ?? '';
}

/** Calls a and b ordered by their `at` as the texts order: by number when both are in the reader's form (the same order), else by text. */
export function compareAt(table: CallTable, a: number, b: number): number {
  const s = table.time[a]!;
  const t = table.time[b]!;
  if (s === s && t === t) return s < t ? -1 : s > t ? 1 : 0;
  const x = atOf(table, a);
  const y = atOf(table, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The fields of call i a few rare callers want as an object (complaint calls, done follow-ups). */
export function callAt(table: CallTable, i: number): Pick<Call, 'at' | TabledKey> {
  const call = { at: atOf(table, i) } as Record<string, string | undefined>;
  for (const key of TABLED) {
    const value = valueOf(table.columns[key], i);
    if (value !== undefined) call[key] = value;
  }
  return call as Pick<Call, 'at' | TabledKey>;
}

/** A table filled one row at a time (the reader's onRow), then finished once. */
export interface CallTableBuilder {
  add(call: Partial<Pick<Call, 'at' | TabledKey>>, line: number): void;
  /** A row read but not a whole call (a required cell did not read): only its line is kept. */
  skip(line: number): void;
  finish(): CallTable;
}

export function createCallTable(capacity = 1024): CallTableBuilder {
  let size = Math.max(16, capacity);
  let length = 0;
  let line = new Int32Array(size);
  let time = new Float64Array(size);
  const oddAt = new Map<number, string>();
  const partialLines: number[] = [];
  const customerIds = idColumn(size);
  const growing = {} as Record<TabledKey, GrowingColumn>;
  for (const key of TABLED) growing[key] = key === 'customerId' ? customerIds.column : growingColumn(size);
  const grow = (): void => {
    size *= 2;
    line = doubled(line, (n) => new Int32Array(n));
    time = doubled(time, (n) => new Float64Array(n));
    for (const g of Object.values(growing)) g.codes = doubled(g.codes, (n) => new Int32Array(n));
  };
  return {
    skip(at) {
      partialLines.push(at);
    },
    add(call, at) {
      if (length === size) grow();
      const i = length++;
      line[i] = at;
      const text = call.at;
      const t = text === undefined ? NaN : timeNumber(text);
      time[i] = t;
      if (t !== t && text !== undefined) oddAt.set(i, text);
      // Each field by name, not by a key from a list: rows come in many shapes, and a named read is the cheaper one.
      putId(customerIds, i, call.customerId);
      put(growing.agent, i, call.agent);
      put(growing.channel, i, call.channel);
      put(growing.purpose, i, call.purpose);
      put(growing.serviceDate, i, call.serviceDate);
      put(growing.stage, i, call.stage);
      put(growing.reached, i, call.reached);
      put(growing.satisfaction, i, call.satisfaction);
      put(growing.promisedAnswerDate, i, call.promisedAnswerDate);
      put(growing.complaintId, i, call.complaintId);
    },
    finish() {
      const columns = {} as Record<TabledKey, Interned>;
      for (const key of TABLED) columns[key] = { codes: growing[key].codes.slice(0, length), values: growing[key].values };
      return { kind: 'call-table', length, line: line.slice(0, length), time: time.slice(0, length), oddAt, columns: asColumns(columns), partialLines };
    },
  };
}

/** Calls typed by hand or kept as rows (tests, the add-on), or the table a streaming read filled: the report reads either. */
export type Calls = readonly Call[] | CallTable;

export function isCallTable(calls: Calls): calls is CallTable {
  return !Array.isArray(calls);
}

const callTableOf = tableOfRows(createCallTable);

/** The calls as a table, once per array (a row's line is its position + 2, as in a file under its header). */
export function asCallTable(calls: Calls): CallTable {
  return isCallTable(calls) ? calls : callTableOf(calls);
}

/** The calls at these positions, in order (leaving rows out keeps the rest). */
export function pickCalls(table: CallTable, positions: readonly number[]): CallTable {
  const oddAt = new Map<number, string>();
  positions.forEach((p, j) => {
    const text = table.oddAt.get(p);
    if (text !== undefined) oddAt.set(j, text);
  });
  const columns = {} as Record<TabledKey, Interned>;
  for (const key of TABLED) columns[key] = pickColumn(table.columns[key], positions);
  return { kind: 'call-table', length: positions.length, line: picked(table.line, positions, (n) => new Int32Array(n)),
    time: picked(table.time, positions, (n) => new Float64Array(n)), oddAt, columns: asColumns(columns), partialLines: [] };
}

/** Several tables one after another, each table's texts passed through `rename` (a multi-store report prefixes ids). */
export function joinCallTables(tables: readonly CallTable[], rename: (key: TabledKey, value: string, table: number) => string): CallTable {
  const oddAt = new Map<number, string>();
  let offset = 0;
  for (const t of tables) {
    for (const [i, text] of t.oddAt) oddAt.set(offset + i, text);
    offset += t.length;
  }
  const lengths = tables.map((t) => t.length);
  const columns = {} as Record<TabledKey, Interned>;
  for (const key of TABLED) columns[key] = joinColumns(tables.map((t) => t.columns[key]), lengths, (value, k) => rename(key, value, k));
  return { kind: 'call-table', length: offset, line: joined(tables.map((t) => t.line), (n) => new Int32Array(n)),
    time: joined(tables.map((t) => t.time), (n) => new Float64Array(n)), oddAt, columns: asColumns(columns), partialLines: [] };
}
