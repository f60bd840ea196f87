// A workbook's sheet values → read and checked by the core's one sheet reader, each issue at its sheet cell, and the CSV files `kefu check` and the site read.
import { checkWorkbook } from '../../shared/check/check-workbook';
import { writeSheet } from '../../shared/csv/write-sheet';
import { isWarning, type Issue } from '../../shared/issue';
import { sheetByName, SHEETS } from '../../shared/schema';
import type { SheetName, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import type { GridCell, GridRow } from '../../shared/sheet/grid';
import { readGrid } from '../../shared/sheet/read-grid';
import { readSettingsFirst, SHEET_ORDER } from '../../shared/sheet/read-workbook';
import type { SheetRead } from '../../shared/sheet/sheet-read';
import type { SheetValues } from './read-workbook-values';

export interface ConvertedSheet {
  schema: SheetSchema;
  /** The tab's title as the spreadsheet has it, e.g. "客户档案" or "Customers". */
  title: string;
  /** CSV file name, e.g. "customers.csv". */
  file: string;
  /** The rows as the reader typed them, each with its sheet row. */
  read: SheetRead;
  /** The CSV (zh headers), written only when the workbook has no issues. */
  text: string;
}

export interface ConvertedWorkbook {
  sheets: ConvertedSheet[];
  settings: Settings;
  /** Every problem, at its sheet cell (`file` the spreadsheet, `sheet` the tab); warnings are left to `kefu check`. */
  issues: Issue[];
}

const HEADER_CODES = new Set(['unknown-column', 'duplicate-column', 'missing-column']);
/** A blank tab, or one with headers only, is a sheet with no rows yet: exported as a header-only CSV, as in a workbook. */
const BLANK_SHEET = new Set(['empty-file', 'no-rows']);

/**
 * The API's values as grid rows: values[i] is sheet row i + 1. The API leaves out a row's trailing blank cells, so every row
 * is as wide as the widest: a short row is no ragged CSV record, and a value right of the last header is one under no header.
 */
function gridRows(values: SheetValues['values']): GridRow[] {
  const width = values.reduce((w, cells) => Math.max(w, cells?.length ?? 0), 0);
  return values.map((cells, i) => ({
    line: i + 1,
    cells: Array.from({ length: width }, (_, j): GridCell => {
      const c = cells?.[j];
      return typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' ? c : '';
    }),
  }));
}

/** `spreadsheet`: the spreadsheet's title, which issues name as their file. */
export function convertWorkbook(spreadsheet: string, values: ReadonlyMap<SheetName, SheetValues>): ConvertedWorkbook {
  // Settings first, as every source reads a workbook: its lists decide how enum values are read in every other sheet.
  const workbook = readSettingsFirst(SHEET_ORDER.filter((name) => values.has(name)), (name, settings) => {
    const sheet = values.get(name)!;
    return readGrid(gridRows(sheet.values), { file: spreadsheet, sheet: sheet.title }, sheetByName(name), settings, { sheetValues: true });
  }, (read) => read);
  const { settings } = workbook;
  // Written in the workbook's order; an optional sheet the workbook lacks (月度备注) is not written.
  const reads = SHEETS.flatMap((schema) => workbook.sheets[schema.name] ?? []);
  const read = [...reads.flatMap((r) => r.issues.filter((i) => !BLANK_SHEET.has(i.code))), ...workbook.settingsIssues];
  // Until the headers are right the columns cannot be trusted, so the rows are checked across sheets after they are fixed.
  const across = read.some((i) => HEADER_CODES.has(i.code)) ? [] : checkWorkbook(workbook.sheets, settings);
  const sheets = reads.map((r): ConvertedSheet => ({
    schema: r.schema, title: r.sheet!, file: r.schema.file, read: r,
    text: writeSheet(r.rows.map((row) => row.values), r.schema, settings, 'zh'),
  }));
  return { sheets, settings, issues: [...read, ...across].filter((i) => !isWarning(i)) };
}
