// Switching language in a set-up workbook: chosen dropdown values turn into the new language's labels, then set-up rewrites lists and formulas in it.
import { SETTINGS_SHEET, SHEETS } from '../../shared/schema';
import { allowedValues, type Column } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import type { Lang } from './rpc-contract';
import { setUpWorkbook } from './setup-workbook';
import { clockOf, dataExtent, findSheet, readSettingsSheet } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A label of either language (or the key) → the label in lang; anything else as it is. */
export function relabelValue(value: unknown, column: Column, settings: Settings, lang: Lang): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const text = value.trim();
  const match = allowedValues(column, settings).find((v) => v.zh === text || v.en === text || v.key === text);
  return match ? match[lang] : value;
}

/** One read per enum column down to the last id, one write per column whose values changed. */
function relabelSheet(sheet: Sheet, columns: readonly Column[], columnOf: Record<string, number>, lastIdRow: number,
  settings: Settings, lang: Lang): number {
  let writes = 0;
  if (lastIdRow < 2) return 0;
  for (const column of columns) {
    const at = columnOf[column.key];
    if (at === undefined) continue;
    const range = sheet.getRange(2, at, lastIdRow - 1, 1);
    const values = range.getValues();
    const next = values.map(([v]) => [relabelValue(v, column, settings, lang)]);
    if (next.some(([v], i) => v !== values[i]![0])) {
      range.setValues(next);
      writes++;
    }
  }
  return writes;
}

/**
 * Relabels a workbook that has been set up (it has a Settings sheet); one that has not is left alone.
 * Returns the writes made. Values first: the lists set-up then writes accept them.
 */
export function relabelWorkbook(lang: Lang): number {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!findSheet(ss, SETTINGS_SHEET)) return 0;
  const { settings } = readSettingsSheet(ss, clockOf(ss));
  let writes = 0;
  for (const schema of SHEETS) {
    if (schema === SETTINGS_SHEET) continue;
    const sheet = findSheet(ss, schema);
    const columns = schema.columns.filter((c) => c.type === 'enum' && !c.computed);
    if (!sheet || columns.length === 0) continue;
    const { layout, lastIdRow } = dataExtent(sheet, schema);
    writes += relabelSheet(sheet, columns, layout.columnOf, lastIdRow, settings, lang);
  }
  return writes + setUpWorkbook(settings.businessType, lang).writes;
}
