// The active workbook as the shared core sees it: each Kefu sheet found by either title, read with one getValues.
import { readSettings } from '../../shared/sheet/read-settings';
import type { Issue } from '../../shared/issue';
import { SHEETS, SETTINGS_SHEET, sheetByName } from '../../shared/schema';
import { readSettingsFirst } from '../../shared/sheet/read-workbook';
import type { SheetName, SheetSchema } from '../../shared/schema/types';
import { defaultSettings, type Settings } from '../../shared/settings';
import { readValues, type ValuesRead } from './read-values';
import { cacheSettings } from './settings-cache';
import type { WallClock, WallClockOf } from './sheet-cell';
import { headerTexts } from './live-columns';
import { readLayout, type SheetLayout } from './sheet-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The sheet under its zh title, else its en title. */
export function findSheet(ss: Spreadsheet, schema: SheetSchema): Sheet | null {
  return ss.getSheetByName(schema.zh) ?? ss.getSheetByName(schema.en);
}

export function schemaOfSheet(name: string): SheetSchema | undefined {
  const wanted = name.trim().toLowerCase();
  return SHEETS.find((s) => s.zh.toLowerCase() === wanted || s.en.toLowerCase() === wanted);
}

/**
 * Wall-clock time in the spreadsheet's zone. Utilities gives the zone's offset; it is asked twice per
 * UTC day seen (start and end), and per hour only on a day the offset changes, never once per cell.
 */
export function wallClockIn(timeZone: string): WallClockOf {
  const offsetAt = (ms: number): number => {
    const z = Utilities.formatDate(new Date(ms), timeZone, 'Z');
    const sign = z.startsWith('-') ? -1 : 1;
    return sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  };
  const days = new Map<number, number | undefined>();
  const hours = new Map<number, number>();
  const offsetOf = (ms: number): number => {
    const day = Math.floor(ms / 86_400_000);
    if (!days.has(day)) {
      const start = offsetAt(day * 86_400_000);
      days.set(day, start === offsetAt((day + 1) * 86_400_000 - 1) ? start : undefined);
    }
    const steady = days.get(day);
    if (steady !== undefined) return steady;
    const hour = Math.floor(ms / 3_600_000);
    let offset = hours.get(hour);
    if (offset === undefined) hours.set(hour, (offset = offsetAt(hour * 3_600_000)));
    return offset;
  };
  return (date: Date): WallClock => {
    const local = new Date(date.getTime() + offsetOf(date.getTime()) * 60_000);
    return {
      y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(),
      h: local.getUTCHours(), min: local.getUTCMinutes(), s: local.getUTCSeconds(),
    };
  };
}

export interface Clock {
  wallClockOf: WallClockOf;
  /** yyyy-mm-ddThh:mm:ss now, in the spreadsheet's zone. */
  now: string;
  today: string;
}

export function clockOf(ss: Spreadsheet): Clock {
  const wallClockOf = wallClockIn(ss.getSpreadsheetTimeZone());
  const w = wallClockOf(new Date());
  const two = (n: number): string => String(n).padStart(2, '0');
  const today = `${w.y}-${two(w.m)}-${two(w.d)}`;
  return { wallClockOf, today, now: `${today}T${two(w.h)}:${two(w.min)}:${two(w.s)}` };
}

export interface LiveSheet {
  sheet: Sheet;
  read: ValuesRead;
}

export interface LiveWorkbook {
  settings: Settings;
  settingsIssues: Issue[];
  sheets: Partial<Record<SheetName, LiveSheet>>;
  clock: Clock;
}

/** Settings from the Settings sheet (defaults when it is missing). */
export function readSettingsSheet(ss: Spreadsheet, clock: Clock): { settings: Settings; issues: Issue[]; live?: LiveSheet } {
  const sheet = findSheet(ss, SETTINGS_SHEET);
  if (!sheet) return { settings: defaultSettings(), issues: [] };
  const read = readValues(sheet.getDataRange().getValues(), sheet.getName(), SETTINGS_SHEET, defaultSettings(), clock.wallClockOf);
  const { settings, issues } = readSettings(read);
  return { settings, issues, live: { sheet, read } };
}

/** Every Kefu sheet present, one getValues each; `only` limits which are read (Settings always is, first, as every source reads it). */
export function readWorkbook(ss: Spreadsheet, only?: readonly SheetName[]): LiveWorkbook {
  const clock = clockOf(ss);
  const names = SHEETS.map((s) => s.name).filter((name) => name === 'settings' || !only || only.includes(name));
  const { settings, settingsIssues, sheets } = readSettingsFirst(names, (name, known): LiveSheet | undefined => {
    const schema = sheetByName(name);
    const sheet = findSheet(ss, schema);
    if (!sheet) return undefined;
    const values = name === 'settings' ? sheet.getDataRange().getValues() : dataValues(sheet, schema);
    return { sheet, read: readValues(values, sheet.getName(), schema, known, clock.wallClockOf) };
  }, (live) => live.read);
  cacheSettings(settings);
  return { settings, settingsIssues, sheets, clock };
}

export { cacheSettings, cachedSettings } from './settings-cache';

/** A data sheet's header and where its rows end: the last row holding an id (1 when none). */
export interface DataExtent {
  header: unknown[];
  layout: SheetLayout;
  lastIdRow: number;
}

/**
 * Reads the header and the id column only. Sheets counts a formula's "" as content, so getLastRow() runs
 * to the bottom of every array formula; the id column says where the records end.
 */
export function dataExtent(sheet: Sheet, schema: SheetSchema): DataExtent {
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]! : [];
  const layout = readLayout(schema, header);
  // A sheet whose id column was deleted is still read to its end, so its rows are checked and exported.
  const last = layout.columnOf['id'] === undefined ? Math.max(sheet.getLastRow(), 1) : lastIdRow(sheet, layout);
  return { header, layout, lastIdRow: last };
}

/** The header and the rows down to the last id (a row without an id below it is not a record), one getValues for the rows. */
export function dataValues(sheet: Sheet, schema: SheetSchema): unknown[][] {
  const { header, lastIdRow: last } = dataExtent(sheet, schema);
  if (last < 2 || header.length === 0) return [header];
  return [header, ...sheet.getRange(2, 1, last - 1, header.length).getValues()];
}

/**
 * The last row holding an id (1 when none): Ctrl+Up (getNextDataCell) from the bottom of the id column, so no
 * rows are read; formula output on blank rows below it is not data.
 */
export function lastIdRow(sheet: Sheet, layout: { columnOf: Record<string, number> }): number {
  const idColumn = layout.columnOf['id'];
  const maxRows = sheet.getMaxRows();
  if (idColumn === undefined || maxRows < 2) return 1;
  const bottom = sheet.getRange(maxRows, idColumn);
  const value = bottom.getValue();
  // Asked either way, so the calls are the same whether or not the sheet is full to its last row.
  const above = bottom.getNextDataCell(SpreadsheetApp.Direction.UP).getRow();
  return value !== '' && value !== null ? maxRows : Math.max(above, 1);
}

/** Row 1's texts; formulas are read only when a cell shows nothing (a live formula's header in a sheet that has not computed it). */
function headerOf(range: GoogleAppsScript.Spreadsheet.Range): unknown[] {
  const values = range.getValues()[0]!;
  return values.some((v) => String(v ?? '').trim() === '') ? headerTexts({ values, formulas: range.getFormulas()[0]! }) : values;
}

/** Chosen columns of a sheet's data rows, one getValues per column: far less to move than the whole sheet. */
export function readColumns(sheet: Sheet, schema: SheetSchema, keys: readonly string[]): Record<string, unknown[]> {
  const lastColumn = sheet.getLastColumn();
  const layout = readLayout(schema, lastColumn > 0 ? headerOf(sheet.getRange(1, 1, 1, lastColumn)) : []);
  // Without an id column nothing says where records end but getLastRow.
  const last = layout.columnOf['id'] === undefined ? sheet.getLastRow() : lastIdRow(sheet, layout);
  const out: Record<string, unknown[]> = {};
  for (const key of keys) {
    const column = layout.columnOf[key];
    out[key] = column === undefined || last < 2 ? [] : sheet.getRange(2, column, last - 1, 1).getValues().map((r) => r[0]);
  }
  return out;
}
