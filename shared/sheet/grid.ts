// One row of cells as a source holds it: a CSV record, a getValues row, an API values row, an .xlsx row.
/** A cell as a source gives it; a number in a date or date-time column is a spreadsheet serial (days since 1899-12-30). */
export type GridCell = string | number | boolean;
export interface GridRow {
  /** 1-based physical line (CSV) or sheet row (add-on, API, .xlsx). */
  line: number;
  /** cells[0] is column A / the first field. */
  cells: readonly GridCell[];
}
