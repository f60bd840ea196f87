// What reading one sheet gives, whatever its source: typed rows (when kept), issues at their places, where each column sits.
import type { Issue, Lang } from '../issue';
import type { Row, SheetSchema } from '../schema/types';

export interface ReadRow {
  /** 1-based physical line (CSV) or sheet row where the record starts. */
  line: number;
  values: Row;
}

/** A sheet's shape without its rows: all a per-row check needs to place an issue. */
export interface SheetHead {
  file: string;
  /** The worksheet inside a workbook file; absent for a CSV file. */
  sheet?: string;
  schema: SheetSchema;
  /** Column key → 1-based column in this file (for cross-file issues). */
  columnOf: Record<string, number>;
  /** The language of the header row (most headers matched in it); allowed values are listed in it. */
  headerLang?: Lang;
}

export interface SheetRead extends SheetHead {
  /** Every data row, including ones with issues (bad cells left undefined); empty unless rows were kept. */
  rows: ReadRow[];
  /** Data rows read, kept or not. */
  rowCount: number;
  issues: Issue[];
}
