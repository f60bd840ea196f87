// A text column kept as numbers: per row an index into the column's distinct texts. The report's tables (calls, spends) are made of these.
import { createPairTable, toPair, type Pair, type PairTable } from '../check/id-set';

/** A text column: per row an index into `values` (each distinct text once), −1 where the cell has none. */
export interface Interned<T extends string = string> {
  codes: Int32Array;
  values: T[];
}

/** The text a row's cell held (undefined for none), exactly as the reader typed it. */
export function valueOf<T extends string>(column: Interned<T>, i: number): T | undefined {
  const code = column.codes[i]!;
  return code < 0 ? undefined : column.values[code];
}

/**
 * A rule over two of a row's texts, worked out once for each pair of distinct texts (undefined for an empty cell), then
 * read per row by its two codes: a rule of rules/ applies to a million calls without a row object each.
 */
export function byCodes<A extends string, B extends string, R>(a: Interned<A>, b: Interned<B>, rule: (x: A | undefined, y: B | undefined) => R): (i: number) => R {
  const width = b.values.length + 1;
  const results = [undefined, ...a.values].flatMap((x) => [undefined, ...b.values].map((y) => rule(x, y)));
  return (i) => results[(a.codes[i]! + 1) * width + b.codes[i]! + 1]!;
}

/** The code of a text in a column, −2 (no row's code) when no row has it. */
export function codeOf(column: Interned, value: string): number {
  const code = column.values.indexOf(value);
  return code < 0 ? -2 : code;
}

/** A column being filled row by row. */
export interface GrowingColumn {
  codes: Int32Array;
  values: string[];
  codeOf: Map<string, number>;
  /** The text put last and its code: rows in a row often share an agent, a purpose, an answer. */
  last: string | undefined;
  lastCode: number;
}

export function growingColumn(size: number): GrowingColumn {
  return { codes: new Int32Array(size), values: [], codeOf: new Map(), last: undefined, lastCode: -1 };
}

/** Row i's text in a column: the code of a text seen before (the last one's without a look-up), else a new one. */
export function put(column: GrowingColumn, i: number, value: string | undefined): void {
  if (value === undefined) {
    column.codes[i] = -1;
    return;
  }
  if (value === column.last) {
    column.codes[i] = column.lastCode;
    return;
  }
  let code = column.codeOf.get(value);
  if (code === undefined) {
    column.codeOf.set(value, (code = column.values.length));
    column.values.push(value);
  }
  column.codes[i] = code;
  column.last = value;
  column.lastCode = code;
}

/** A customer id column: put, with short ASCII ids found by their number pair (see putId). */
export interface IdColumn {
  column: GrowingColumn;
  pairs: PairTable;
  pair: Pair;
}

export function idColumn(size: number): IdColumn {
  return { column: growingColumn(size), pairs: createPairTable(), pair: { a: 0, b: 0 } };
}

/**
 * put for customer ids: a short ASCII id (C0125-4) is found by its number pair in a flat table (check/id-set), not hashed
 * into a Map of 100 k texts — a row's customer is rarely the last row's, so this look-up runs for nearly every row.
 */
export function putId({ column, pairs, pair }: IdColumn, i: number, value: string | undefined): void {
  if (value === undefined || !toPair(value, pair)) {
    put(column, i, value);
    return;
  }
  let code = pairs.get(pair.a, pair.b) - 1;
  if (code < 0) {
    code = column.values.length;
    column.values.push(value);
    pairs.set(pair.a, pair.b, code + 1);
  }
  column.codes[i] = code;
}

/** A typed array twice as long, its first part the old one. */
export function doubled<A extends Int32Array | Float64Array>(a: A, make: (n: number) => A): A {
  const b = make(a.length * 2);
  b.set(a);
  return b;
}

/** The values at these positions, in order. */
export function picked<A extends Int32Array | Float64Array>(a: A, positions: readonly number[], make: (n: number) => A): A {
  const b = make(positions.length);
  for (let j = 0; j < positions.length; j++) b[j] = a[positions[j]!]!;
  return b;
}

/** A column's rows at these positions, in order (its texts shared). */
export function pickColumn<T extends string>(column: Interned<T>, positions: readonly number[]): Interned<T> {
  return { codes: picked(column.codes, positions, (n) => new Int32Array(n)), values: column.values };
}

/** Several tables' columns one after another (each `lengths[k]` rows), each table's texts passed through `rename`. */
export function joinColumns(columns: readonly Interned[], lengths: readonly number[], rename: (value: string, table: number) => string): Interned {
  const codes = new Int32Array(lengths.reduce((sum, n) => sum + n, 0));
  const values: string[] = [];
  const codeOfValue = new Map<string, number>();
  let offset = 0;
  columns.forEach((column, k) => {
    const recode = column.values.map((value) => {
      const renamed = rename(value, k);
      let code = codeOfValue.get(renamed);
      if (code === undefined) {
        codeOfValue.set(renamed, (code = values.length));
        values.push(renamed);
      }
      return code;
    });
    for (let i = 0; i < lengths[k]!; i++) codes[offset + i] = column.codes[i]! < 0 ? -1 : recode[column.codes[i]!]!;
    offset += lengths[k]!;
  });
  return { codes, values };
}

/** Typed arrays one after another. */
export function joined<A extends Int32Array | Float64Array>(arrays: readonly A[], make: (n: number) => A): A {
  const out = make(arrays.reduce((sum, a) => sum + a.length, 0));
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.length;
  }
  return out;
}

/** A builder of a table, filled one row at a time with each row's line. */
interface TableBuilder<R, T> {
  add(row: R, line: number): void;
  finish(): T;
}

/** Rows typed by hand or kept → their table, made once per array (a row's line is its position + 2, as in a file under its header). */
export function tableOfRows<R, T>(create: (capacity: number) => TableBuilder<R, T>): (rows: readonly R[]) => T {
  const tables = new WeakMap<readonly R[], T>();
  return (rows) => {
    let table = tables.get(rows);
    if (!table) {
      const builder = create(rows.length);
      rows.forEach((row, i) => builder.add(row, i + 2));
      tables.set(rows, (table = builder.finish()));
    }
    return table;
  };
}
