// One row of cells as a source holds it: a CSV record, a getValues row, an API values row, an .xlsx row.
/** A cell as a source gives it; a number in a date or date-time column is a spreadsheet serial (days since 1899-12-30). */
export type GridCell = string | number | boolean;
export interface GridRow {
  /** 1-based physical line (CSV) or sheet row (add-on, API, .xlsx). */
  line: number;
  /** cells[0] is column A / the first field. */
  cells: readonly GridCell[];
}

// Added below the shared contract (kept byte-identical with the xlsx reader's copy).
import type { Bilingual, Issue } from '../issue';

/** A row with what its source already found wrong in it (a CSV record's stray quote, its bytes that were not UTF-8). */
export interface SourceRow extends GridRow {
  /** Reported before the row's cells (a quote left open). */
  issues?: readonly Issue[];
  /** Cells (0-based) the source could not read, each with its issue; `label` names a cell by its header's column. */
  unreadable?: (label: (field: number) => Bilingual) => ReadonlyMap<number, Issue>;
}
