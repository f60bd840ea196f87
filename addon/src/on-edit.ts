// onEdit: flags cells that fail the shared parser with a note, stamps a complaint's stage time and a new customer's 建档日期; one read of the edit, one of the header.
import { parseValue } from '../../shared/sheet/parse-value';
import { COMPLAINT_STAGE, matchEnum, type ComplaintStage } from '../../shared/enums';
import { COMPLAINTS, CUSTOMERS, SETTINGS_SHEET, STAGE_TIME_COLUMN } from '../../shared/schema';
import { getLanguage } from './language';
import { cellText, isDate, type WallClockOf } from './sheet-cell';
import { readLayout, type SheetLayout } from './sheet-layout';
import { cacheSettings, cachedSettings, clockOf, readSettingsSheet, schemaOfSheet, wallClockIn } from './workbook';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Marks a note as Kefu's, so a reader knows where it came from. */
export const FLAG = '⚠ ';

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e?.range;
  if (!range) return;
  const sheet = range.getSheet();
  const schema = schemaOfSheet(sheet.getName());
  if (!schema) return;
  if (schema === SETTINGS_SHEET) {
    // The lists other sheets are judged against may have changed.
    const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
    cacheSettings(readSettingsSheet(ss, clockOf(ss)).settings);
    return;
  }
  const firstRow = range.getRow();
  const numRows = range.getNumRows();
  const skip = Math.max(0, 2 - firstRow);
  if (numRows <= skip) return;
  const firstColumn = range.getColumn();
  const numColumns = range.getNumColumns();
  const lastColumn = sheet.getLastColumn();
  const layout = readLayout(schema, sheet.getRange(1, 1, 1, Math.max(lastColumn, 1)).getValues()[0]!);
  const values = range.getValues().slice(skip);
  const settings = cachedSettings(() => readSettingsSheet(e.source ?? SpreadsheetApp.getActiveSpreadsheet(), clockOf(e.source ?? SpreadsheetApp.getActiveSpreadsheet())).settings);
  const lang = getLanguage();
  let wallClockOf: WallClockOf | undefined;
  const clock = (d: Date): ReturnType<WallClockOf> => {
    wallClockOf ??= wallClockIn((e.source ?? SpreadsheetApp.getActiveSpreadsheet()).getSpreadsheetTimeZone());
    return wallClockOf(d);
  };
  const notes = values.map((cells) => cells.map((value, i) => {
    const column = layout.columns[firstColumn - 1 + i];
    if (!column || column.computed) return '';
    const parsed = parseValue(cellText(value, column, clock), column, settings);
    return parsed.ok ? '' : `${FLAG}${lang === 'zh' ? parsed.messageZh : parsed.message}`;
  }));
  sheet.getRange(firstRow + skip, firstColumn, values.length, numColumns).setNotes(notes);
  if (schema === COMPLAINTS) stampStages(sheet, layout, firstRow + skip, firstColumn, values);
  // An id typed over an old one (Sheets passes oldValue for a single cell) renames a customer, it does not create one.
  if (schema === CUSTOMERS && e.oldValue === undefined) stampCreated(sheet, layout, firstRow + skip, firstColumn, values);
}

const isEmptyCell = (cell: unknown): boolean => cell === '' || cell === null || cell === undefined || (isDate(cell) && Number.isNaN(cell.getTime()));

/** Rows whose id cell the edit filled get 建档日期 = now if it is empty: the archive was made today (000 "二日内…建立档案"). */
function stampCreated(sheet: Sheet, layout: SheetLayout, firstRow: number, firstColumn: number, values: unknown[][]): void {
  const idAt = (layout.columnOf['id'] ?? 0) - firstColumn;
  const createdColumn = layout.columnOf['createdAt'];
  if (idAt < 0 || idAt >= (values[0]?.length ?? 0) || createdColumn === undefined) return;
  const filled = values.map((cells) => !isEmptyCell(cells[idAt]) && String(cells[idAt]).trim() !== '');
  if (!filled.some(Boolean)) return;
  const range = sheet.getRange(firstRow, createdColumn, values.length, 1);
  const current = range.getValues();
  const now = new Date();
  const stamped = current.map((row, r) => [filled[r] && isEmptyCell(row[0]) ? now : row[0]]);
  if (stamped.some((row, r) => row[0] !== current[r]![0])) range.setValues(stamped);
}

/** For each edited row whose stage cell names a stage, fills that stage's time column with now if it is empty. */
function stampStages(sheet: Sheet, layout: SheetLayout, firstRow: number, firstColumn: number, values: unknown[][]): void {
  const stageAt = (layout.columnOf['stage'] ?? 0) - firstColumn;
  if (stageAt < 0 || stageAt >= (values[0]?.length ?? 0)) return;
  const wanted = values.map((cells) => {
    const key = matchEnum(COMPLAINT_STAGE, typeof cells[stageAt] === 'string' ? cells[stageAt] as string : '') as ComplaintStage | undefined;
    return key ? layout.columnOf[STAGE_TIME_COLUMN[key]] : undefined;
  });
  const columns = wanted.filter((c): c is number => c !== undefined);
  if (columns.length === 0) return;
  const first = Math.min(...columns);
  const times: Range = sheet.getRange(firstRow, first, values.length, Math.max(...columns) - first + 1);
  const current = times.getValues();
  const now = new Date();
  wanted.forEach((column, r) => {
    if (column === undefined) return;
    const cell = current[r]![column - first];
    if (cell === '' || cell === null || (isDate(cell) && Number.isNaN(cell.getTime()))) {
      sheet.getRange(firstRow + r, column).setValue(now);
    }
  });
}
