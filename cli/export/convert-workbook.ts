// A workbook's sheet values → the CSV files `kefu check` and the site read (zh headers, via writeSheet), and where each CSV line came from.
import { readSettings } from '../../shared/sheet/read-settings';
import { readSheet } from '../../shared/csv/read-sheet';
import { writeSheet } from '../../shared/csv/write-sheet';
import type { Issue } from '../../shared/issue';
import { SETTINGS_SHEET, SHEETS } from '../../shared/schema';
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

export function convertWorkbook(values: ReadonlyMap<SheetName, SheetValues>): ConvertedWorkbook {
  const rowsOf = (name: SheetName, settings: Settings): SheetRows => {
    const sheet = values.get(name)!;
    return toRows(sheet.title, sheet.values, SHEETS.find((s) => s.name === name)!, settings);
  };
  // Settings first: its lists decide how enum values are written in every other sheet.
  const settingsRows = rowsOf('settings', defaultSettings());
  const settingsText = writeSheet(settingsRows.rows, SETTINGS_SHEET, defaultSettings(), 'zh');
  const { settings } = readSettings(readSheet(settingsText, SETTINGS_SHEET.file, SETTINGS_SHEET, defaultSettings()));
  // An optional sheet the workbook lacks (月度备注) is not written.
  const sheets = SHEETS.filter((schema) => values.has(schema.name))
    .map((schema) => convertSheet(schema.name === 'settings' ? settingsRows : rowsOf(schema.name, settings), settings));
  return { sheets, settings, issues: sheets.flatMap((s) => s.issues) };
}
