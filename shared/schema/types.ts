// What a sheet schema is: columns as data, shared by the add-on (build the sheet), the CLI (check a CSV) and the site.
import type { EnumValue } from '../enums';
import type { Settings } from '../settings';

export type ColumnType = 'id' | 'text' | 'phone' | 'date' | 'date-time' | 'enum' | 'integer' | 'money' | 'boolean';

export interface Column {
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
  required?: boolean;
  /** For enums: a fixed vocabulary, or a function picking a list out of Settings. */
  values?: readonly EnumValue[] | ((settings: Settings) => readonly EnumValue[]);
  min?: number;
  max?: number;
  /** Must match the id column of another sheet. */
  references?: SheetName;
  /** Unique within the sheet (the id column always is). */
  unique?: boolean;
  /** Personal data: never shown on a published page. */
  private?: boolean;
  /** Free text (a comment, a note): may be longer than a name and is not checked for hidden characters; never published. */
  prose?: boolean;
  /** Written by a formula in the sheet (the add-on's live columns); never typed in by a person. */
  computed?: boolean;
}

export type SheetName = 'customers' | 'calls' | 'complaints' | 'qaAudits' | 'training' | 'points' | 'settings' | 'notes';

export interface SheetSchema {
  name: SheetName;
  /** The CSV file name an export writes, e.g. "customers.csv". */
  file: string;
  zh: string;
  en: string;
  /** A workbook without this sheet is complete (the Notes sheet, added later): export and check do not ask for it. */
  optional?: boolean;
  columns: readonly Column[];
}

/** A parsed row: column key → typed value (string | number | boolean), absent when the cell is empty. */
export type Row = Record<string, string | number | boolean | undefined>;

export function allowedValues(column: Column, settings: Settings): readonly EnumValue[] {
  if (!column.values) return [];
  return typeof column.values === 'function' ? column.values(settings) : column.values;
}

export function idColumn(schema: SheetSchema): Column | undefined {
  return schema.columns.find((c) => c.type === 'id' && c.key === 'id');
}

/** What a cell of each column type is read as (csv/parse-value.ts). */
interface ValueOfType {
  id: string; text: string; phone: string; date: string; 'date-time': string; enum: string; integer: number; money: number; boolean: boolean;
}

/** A column's value: an enum with a fixed vocabulary is one of its keys; one listed in Settings is any text. */
type ValueOf<C extends Column> = C extends { values: readonly EnumValue<infer K>[] } ? K : ValueOfType[C['type']];

/** A row of a sheet as the reader types it, derived from its `as const` columns: a required column always holds a value. */
export type RecordOf<Columns extends readonly Column[]> = Flat<{
  -readonly [C in Columns[number] as C extends { required: true } ? C['key'] : never]: ValueOf<C>;
} & {
  -readonly [C in Columns[number] as C extends { required: true } ? never : C['key']]?: ValueOf<C>;
}>;

/** One object type instead of an intersection, as editors show it. */
type Flat<T> = { [K in keyof T]: T[K] };
