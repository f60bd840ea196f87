// Fills the Settings sheet from a business type's defaults where cells are empty, and names every value cell for the formulas.
import { BUSINESS_TYPE, type BusinessType } from '../../shared/enums';
import { readSettings } from '../../shared/sheet/read-settings';
import {
  defaultSettings, formatSettingValue, getSetting, SETTING_DESCRIPTORS,
  type SettingDescriptor, type Settings,
} from '../../shared/settings';
import { namedRange } from './formulas';
import { readValues } from './read-values';
import type { WallClockOf } from './sheet-cell';
import { a1, type SheetLayout } from './sheet-layout';
import type { Lang } from './rpc-contract';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const norm = (v: unknown): string => String(v ?? '').trim().toLowerCase();
const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

function matches(descriptor: SettingDescriptor, cell: unknown): boolean {
  const wanted = norm(cell);
  return wanted !== '' && [descriptor.key, descriptor.zh, descriptor.en].some((label) => norm(label) === wanted);
}

/** The value a fresh Settings row gets: the business type by its label, everything else as the CSV holds it. */
export function defaultCellText(descriptor: SettingDescriptor, defaults: Settings, lang: Lang): string {
  if (descriptor.kind === 'business-type') return BUSINESS_TYPE.find((b) => b.key === defaults.businessType)![lang];
  return formatSettingValue(descriptor, getSetting(defaults, descriptor.key), lang);
}

export interface SettingsFill {
  /** Sheet row of each setting's row, by key. */
  rowOf: Map<string, number>;
  settings: Settings;
  writes: number;
}

/**
 * values is the whole sheet (header first) as read; layout has key, name and value columns. Empty
 * value and name cells are filled, missing settings appended below, and the sheet's settings returned.
 */
export function fillSettings(sheet: Sheet, values: unknown[][], layout: SheetLayout, businessType: BusinessType,
  lang: Lang, wallClockOf: WallClockOf): SettingsFill {
  const defaults = defaultSettings(businessType);
  const [keyCol, nameCol, valueCol] = [layout.columnOf['key']!, layout.columnOf['name']!, layout.columnOf['value']!];
  const grid = values.map((row) => [...row]);
  while (grid.length < 1) grid.push([]);
  const rowOf = new Map<string, number>();
  const appended: SettingDescriptor[] = [];
  let writes = 0;
  for (const descriptor of SETTING_DESCRIPTORS) {
    let index = grid.findIndex((row, i) => i > 0 && matches(descriptor, row[keyCol - 1]));
    // A row under a former key (e.g. qa.noBonusBelow) is renamed in place, keeping the shop's value.
    const former = index < 0 ? grid.findIndex((row, i) => i > 0 && (descriptor.aliases ?? []).some((alias) => norm(alias) === norm(row[keyCol - 1]))) : -1;
    if (former > 0) {
      index = former;
      const renamed = grid[index]!;
      for (const [col, text] of [[keyCol, descriptor.key], [nameCol, descriptor[lang]]] as const) {
        sheet.getRange(index + 1, col).setValue(text);
        renamed[col - 1] = text;
        writes++;
      }
    }
    if (index < 0) {
      appended.push(descriptor);
      continue;
    }
    rowOf.set(descriptor.key, index + 1);
    const row = grid[index]!;
    for (const [col, text] of [[nameCol, descriptor[lang]], [valueCol, defaultCellText(descriptor, defaults, lang)]] as const) {
      // An optional setting whose default is empty (report.shopName) stays empty: there is nothing to fill in.
      if (!isEmpty(row[col - 1]) || text === '') continue;
      sheet.getRange(index + 1, col).setValue(text);
      row[col - 1] = text;
      writes++;
    }
  }
  if (appended.length > 0) {
    // Below the last row holding anything, so a shop's own notes under the table survive.
    let last = grid.length;
    while (last > 1 && grid[last - 1]!.every(isEmpty)) last--;
    const width = Math.max(layout.width, keyCol, nameCol, valueCol);
    const block = appended.map((descriptor, i) => {
      const row: unknown[] = new Array(width).fill('');
      row[keyCol - 1] = descriptor.key;
      row[nameCol - 1] = descriptor[lang];
      row[valueCol - 1] = defaultCellText(descriptor, defaults, lang);
      rowOf.set(descriptor.key, last + i + 1);
      return row;
    });
    const needed = last + block.length;
    if (sheet.getMaxRows() < needed) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
    sheet.getRange(last + 1, 1, block.length, width).setValues(block);
    grid.splice(last, grid.length - last, ...block);
    writes++;
  }
  const read = readValues(grid, sheet.getName(), layout.schema, defaultSettings(), wallClockOf);
  return { rowOf, settings: readSettings(read).settings, writes };
}

/** Every setting's value cell carries namedRange(key); a name pointing elsewhere is moved. Returns the writes made. */
export function nameSettingCells(ss: Spreadsheet, sheet: Sheet, rowOf: ReadonlyMap<string, number>, valueCol: number): number {
  const existing = new Map(ss.getNamedRanges().map((n) => [n.getName(), n]));
  const sheetName = sheet.getName();
  let writes = 0;
  for (const [key, row] of rowOf) {
    const name = namedRange(key);
    const current = existing.get(name);
    if (current) {
      const range = current.getRange();
      if (range.getA1Notation() === a1(row, valueCol) && range.getSheet().getName() === sheetName) continue;
      current.setRange(sheet.getRange(row, valueCol));
    } else {
      ss.setNamedRange(name, sheet.getRange(row, valueCol));
    }
    writes++;
  }
  return writes;
}
