// Appends one record under the document lock: reads the ids, takes the next one, writes the row with one setValues.
import type { Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { ID_FORMAT, nextId } from './ids';
import { withDocumentLock } from './lock';
import type { Lang } from './rpc-contract';
import { sheetValue } from './sheet-cell';
import { readLayout } from './sheet-layout';
import { lastIdRow } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type AppendOutcome = { ok: true; id: string; row: number } | { ok: false; reason: 'busy' | 'no-id-column' };

/** Rows added at a time when the sheet is full, so the next appends need not grow it again. */
const GROW_BY = 100;

/** Must run under the lock: everything it reads decides what it writes. */
function appendLocked(sheet: Sheet, schema: SheetSchema, record: Row, settings: Settings, lang: Lang): AppendOutcome {
  const lastColumn = sheet.getLastColumn();
  const layout = readLayout(schema, lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]! : []);
  const idColumn = layout.columnOf['id'];
  if (idColumn === undefined) return { ok: false, reason: 'no-id-column' };
  // Records end at the last id: below it getLastRow() counts only the live formulas' "" results (Sheets calls them content).
  const used = lastIdRow(sheet, layout);
  const ids = used >= 2 ? sheet.getRange(2, idColumn, used - 1, 1).getValues().map((r) => r[0]) : [];
  const format = ID_FORMAT[schema.name as keyof typeof ID_FORMAT];
  const id = nextId(ids, format.prefix, format.width);
  const values: Row = { ...record, id };
  // Up to the last column a person fills in: formula columns further right keep spilling undisturbed.
  let width = 0;
  layout.columns.forEach((column, i) => { if (column && !column.computed) width = i + 1; });
  const cells = layout.columns.slice(0, width).map((column) =>
    column && !column.computed ? sheetValue(values[column.key], column, settings, lang) : '');
  const target = used + 1;
  const maxRows = sheet.getMaxRows();
  if (target > maxRows) sheet.insertRowsAfter(maxRows, GROW_BY);
  sheet.getRange(target, 1, 1, width).setValues([cells]);
  return { ok: true, id, row: target };
}

export function appendRecord(sheet: Sheet, schema: SheetSchema, record: Row, settings: Settings, lang: Lang): AppendOutcome {
  const outcome = withDocumentLock(() => appendLocked(sheet, schema, record, settings, lang));
  return outcome.ok ? outcome.value : { ok: false, reason: 'busy' };
}
