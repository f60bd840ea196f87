// The points ledger as the report reads it: each spend entry's (a purchase's) customer and day as numbers, filled as the reader streams.
import { dayNumber } from '../dates';
import type { PointsEntry } from '../schema/points';
import { doubled, idColumn, joinColumns, joined, pickColumn, picked, putId, tableOfRows, type Interned } from './interned';

/**
 * No figure reads more of the ledger than when a customer bought (a lapsed customer is one with no visit or purchase for
 * months): the entries' ids, amounts, points and notes are not kept, so they cannot reach a page.
 */
export interface SpendTable {
  readonly kind: 'spend-table';
  length: number;
  /** Per spend: its line in its file (1 is the header), for leaving rows with problems out. */
  line: Int32Array;
  customerId: Interned;
  /** Per spend: its date as dayNumber() reads it. */
  day: Int32Array;
  /** Lines of the ledger's entries of other kinds: counted as rows the report was built from, nothing a figure reads. */
  otherLines: number[];
  /** Lines of rows read but not whole entries (a required cell did not read: that row has an issue), left out as recordsOf does. */
  partialLines: number[];
}

/** The ledger's whole entries, every kind: the rows the report was built from. */
export function entryCount(points: Points): number {
  return isSpendTable(points) ? points.length + points.otherLines.length : points.length;
}

/** The ledger's entries typed by hand or kept as rows (tests), or the table a streaming read filled: the report reads either. */
export type Points = readonly PointsEntry[] | SpendTable;

/** A table filled one row at a time (the reader's onRow), then finished once. */
export interface SpendTableBuilder {
  /** An entry of the ledger: a spend is kept, any other kind only by its line. */
  add(entry: Pick<PointsEntry, 'customerId' | 'date' | 'kind'>, line: number): void;
  /** A row read but not a whole entry (a required cell did not read): only its line is kept. */
  skip(line: number): void;
  finish(): SpendTable;
}

export function createSpendTable(capacity = 1024): SpendTableBuilder {
  let length = 0;
  let line = new Int32Array(Math.max(16, capacity));
  let day = new Int32Array(line.length);
  const customerIds = idColumn(line.length);
  const otherLines: number[] = [];
  const partialLines: number[] = [];
  return {
    add(entry, at) {
      if (entry.kind !== 'spend') {
        otherLines.push(at);
        return;
      }
      if (length === line.length) {
        line = doubled(line, (n) => new Int32Array(n));
        day = doubled(day, (n) => new Int32Array(n));
        customerIds.column.codes = doubled(customerIds.column.codes, (n) => new Int32Array(n));
      }
      line[length] = at;
      day[length] = dayNumber(entry.date);
      putId(customerIds, length++, entry.customerId);
    },
    skip(at) {
      partialLines.push(at);
    },
    finish() {
      return { kind: 'spend-table', length, line: line.slice(0, length), day: day.slice(0, length),
        customerId: { codes: customerIds.column.codes.slice(0, length), values: customerIds.column.values }, otherLines, partialLines };
    },
  };
}

export function isSpendTable(points: Points): points is SpendTable {
  return !Array.isArray(points);
}

const spendTableOf = tableOfRows(createSpendTable);

/** The ledger as a table, once per array (an entry's line is its position + 2, as in a file under its header). */
export function asSpendTable(points: Points): SpendTable {
  return isSpendTable(points) ? points : spendTableOf(points);
}

/** The spends at these positions, in order, and the other entries on these lines (leaving rows out keeps the rest). */
export function pickSpends(table: SpendTable, positions: readonly number[], otherLines: number[]): SpendTable {
  return { kind: 'spend-table', length: positions.length, line: picked(table.line, positions, (n) => new Int32Array(n)),
    day: picked(table.day, positions, (n) => new Int32Array(n)), customerId: pickColumn(table.customerId, positions), otherLines, partialLines: [] };
}

/** Several tables one after another, each table's customer ids passed through `rename` (a multi-store report prefixes ids). */
export function joinSpendTables(tables: readonly SpendTable[], rename: (id: string, table: number) => string): SpendTable {
  return { kind: 'spend-table', length: tables.reduce((sum, t) => sum + t.length, 0),
    line: joined(tables.map((t) => t.line), (n) => new Int32Array(n)), day: joined(tables.map((t) => t.day), (n) => new Int32Array(n)),
    customerId: joinColumns(tables.map((t) => t.customerId), tables.map((t) => t.length), rename),
    otherLines: tables.flatMap((t) => t.otherLines), partialLines: [] };
}
