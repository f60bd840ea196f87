// Appends one record under the document lock: reads the ids, takes the next one, writes the row with one setValues.
import type { Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { ID_FORMAT, nextId } from './ids';
import { withDocumentLock } from './lock';
import type { Lang } from './rpc-contract';
import { isBlankRow, sheetValue } from './sheet-cell';
import { readLayout } from './sheet-layout';

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
  const lastRow = sheet.getLastRow();
  const ids = lastRow >= 2 ? sheet.getRange(2, idColumn, lastRow - 1, 1).getValues().map((r) => r[0]) : [];
  let used = 1;
  ids.forEach((id, i) => { if (id !== '' && id !== null) used = i + 2; });
  // A row typed in without an id below the last id is someone's data too: start below it.
  if (lastRow > used) {
    const tail = sheet.getRange(used + 1, 1, lastRow - used, layout.width).getValues();
    for (let i = tail.length - 1; i >= 0; i--) {
      if (!isBlankRow(tail[i]!, layout.columns)) { used = used + i + 1; break; }
    }
  }
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
