// Where each schema column sits in a sheet, read from its header row in either language.
import type { Column, SheetSchema } from '../../shared/schema/types';
import { matchColumn as matchHeader } from '../../shared/sheet/match-header';
import { columnLetter } from './formulas';
import type { Lang } from '../../shared/issue';

export interface SheetLayout {
  schema: SheetSchema;
  /** Sheet column (0-based) → schema column; undefined for blank, unknown or repeated headers. */
  columns: (Column | undefined)[];
  /** Column key → 1-based sheet column. */
  columnOf: Record<string, number>;
  /** Columns of the header row, blank ones included. */
  width: number;
}

const norm = (text: unknown): string => String(text ?? '').trim().toLowerCase();

/** A header cell's column, as the core's one sheet reader matches it (zh or en title first, then the key). */
export function matchColumn(schema: SheetSchema, name: unknown): Column | undefined {
  return matchHeader(schema, String(name ?? ''));
}

export function readLayout(schema: SheetSchema, header: readonly unknown[]): SheetLayout {
  const columns: (Column | undefined)[] = [];
  const columnOf: Record<string, number> = {};
  let width = 0;
  header.forEach((cell, i) => {
    const column = matchColumn(schema, cell);
    const fresh = column && columnOf[column.key] === undefined;
    columns.push(fresh ? column : undefined);
    if (fresh) columnOf[column.key] = i + 1;
    if (norm(cell) !== '') width = i + 1;
  });
  return { schema, columns: columns.slice(0, width), columnOf, width };
}

/** Schema columns the header lacks, in schema order: set-up appends them after the last header. */
export function missingColumns(layout: SheetLayout): Column[] {
  return layout.schema.columns.filter((c) => layout.columnOf[c.key] === undefined);
}

/** The layout once the missing columns are appended after the last header. */
export function withAppended(layout: SheetLayout, lang: Lang): { layout: SheetLayout; header: string[] } {
  const missing = missingColumns(layout);
  const header = missing.map((c) => c[lang]);
  const columns = [...layout.columns, ...missing];
  const columnOf = { ...layout.columnOf };
  missing.forEach((c, i) => { columnOf[c.key] = layout.width + i + 1; });
  return { layout: { schema: layout.schema, columns, columnOf, width: layout.width + missing.length }, header };
}

/** The label a header cell shows in the other language (its note), given the text it holds. */
export function otherLanguageName(column: Column, headerText: unknown): string {
  return norm(headerText) === norm(column.en) ? column.zh : column.en;
}

/** 1 → A, 27 → AA. */
export function letter(column1: number): string {
  return columnLetter(column1 - 1);
}

export function a1(row: number, column1: number): string {
  return `${letter(Math.max(column1, 1))}${Math.max(row, 1)}`;
}

export { quoteSheetName } from '../../shared/a1';
