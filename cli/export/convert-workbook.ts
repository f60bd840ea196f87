// A workbook's sheet values → the CSV files `kefu check` and the site read (zh headers, via writeSheet), and where each CSV line came from.
import type { GridCell, GridRow } from '../../shared/sheet/grid';
import { readGrid } from '../../shared/sheet/read-grid';
import { readSettingsFirst } from '../../shared/sheet/read-workbook';
import { writeSheet } from '../../shared/csv/write-sheet';
import type { Issue } from '../../shared/issue';
import { sheetByName, SHEETS } from '../../shared/schema';
import type { SheetName } from '../../shared/schema/types';
import { defaultSettings, type Settings } from '../../shared/settings';
import type { SheetValues } from './read-workbook-values';
import { csvLines, toRows, type SheetRows } from './to-rows';

export interface ConvertedSheet extends SheetRows {
  /** CSV file name, e.g. "customers.csv". */
  file: string;
  text: string;
  /** CSV line where a row starts → the sheet row it came from (line 1, the header, → the header row). */
  sheetRowOfLine: Map<number, number>;
}

export interface ConvertedWorkbook {
  sheets: ConvertedSheet[];
  settings: Settings;
  /** Found before any CSV exists: header problems and yes/no cells that are neither. */
  issues: Issue[];
}

function convertSheet(rows: SheetRows, settings: Settings): ConvertedSheet {
  const text = writeSheet(rows.rows, rows.schema, settings, 'zh');
  const sheetRowOfLine = new Map<number, number>();
  if (rows.headerRow !== undefined) sheetRowOfLine.set(1, rows.headerRow);
  csvLines(rows.rows).forEach((line, i) => sheetRowOfLine.set(line, rows.sheetRows[i]!));
  return { ...rows, file: rows.schema.file, text, sheetRowOfLine };
}

/** The API's values as grid rows: values[i] is sheet row i + 1; a cell the API left out is empty. */
function gridRows(values: SheetValues['values']): GridRow[] {
  return values.map((cells, i) => ({
    line: i + 1,
    cells: (cells ?? []).map((c): GridCell => (typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' ? c : '')),
  }));
}

export function convertWorkbook(values: ReadonlyMap<SheetName, SheetValues>): ConvertedWorkbook {
  const rowsOf = (name: SheetName, settings: Settings): SheetRows => {
    const sheet = values.get(name)!;
    return toRows(sheet.title, sheet.values, SHEETS.find((s) => s.name === name)!, settings);
  };
  // Settings first, as every source reads a workbook: its lists decide how enum values are written in every other sheet. The
  // Settings are read from the API's values by the core's sheet reader (no round trip through CSV text).
  const present = SHEETS.filter((schema) => values.has(schema.name));
  const workbook = readSettingsFirst(present.map((s) => s.name), (name, known) => {
    const schema = sheetByName(name);
    // Only the Settings' read is asked for (readOf): the other sheets go to their CSV as the person typed them.
    return { rows: rowsOf(name, known), read: () => readGrid(gridRows(values.get(name)!.values), { file: schema.file }, schema, known) };
  }, (sheet) => sheet.read());
  const { settings } = workbook;
  // An optional sheet the workbook lacks (月度备注) is not written.
  const sheets = present.map((schema) => convertSheet(workbook.sheets[schema.name]!.rows, settings));
  return { sheets, settings, issues: sheets.flatMap((s) => s.issues) };
}
