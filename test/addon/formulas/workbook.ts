// A HyperFormula workbook laid out like the add-on's: Settings sheet with named ranges, data sheets per schema, live formulas in the header cells.
import { HyperFormula, type CellValue } from 'hyperformula';
import { liveFormulas, namedRange, type Lang } from '../../../addon/src/formulas';
import { withHelpers } from '../../../addon/src/formulas/helpers';
import { toEpochMs } from '../../../shared/dates';
import { SETTINGS_SHEET, type SheetSchema } from '../../../shared/schema';
import { formatSettingValue, getSetting, SETTING_DESCRIPTORS, type Settings } from '../../../shared/settings';

export type Cell = string | number | boolean | null;
export type DataRow = Record<string, Cell | undefined>;

/** Sheets' serial number of an ISO date or local date-time: days since 1899-12-30. */
export function serial(iso: string): number {
  return toEpochMs(iso) / 86_400_000 + 25_569;
}

/** The ISO date of a whole serial number. */
export function isoOfSerial(value: number): string {
  return new Date((value - 25_569) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * HyperFormula cannot parse open ranges: A2:A (and 'Sheet'!B2:B) become A2:A{rows + 1}, A:A becomes A1:A{rows + 1};
 * string literals are left alone.
 */
export function boundRanges(formula: string, rows: number): string {
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 === 1 ? part
    : part.replace(/(\$?[A-Z]{1,3}\$?2:\$?[A-Z]{1,3})(?![A-Za-z0-9_$(!])/g, `$1${rows + 1}`)
      .replace(/(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}):(\$?[A-Z]{1,3})(?![A-Za-z0-9_$(!])/g, `$11:$2${rows + 1}`))).join('');
}

export interface Workbook {
  hf: HyperFormula;
  /** The computed column's value in each data row, in row order. */
  column(schema: SheetSchema, key: string, count: number): CellValue[];
  /** Replaces one setting's value cell. */
  setSetting(key: string, value: number | string): void;
}

function settingValue(settings: Settings, key: string): Cell {
  const descriptor = SETTING_DESCRIPTORS.find((d) => d.key === key)!;
  const value = getSetting(settings, key);
  return typeof value === 'number' ? value : formatSettingValue(descriptor, value);
}

export function buildWorkbook(
  settings: Settings,
  sheets: { schema: SheetSchema; rows: DataRow[] }[],
  options: { lang?: Lang; rows: number },
): Workbook {
  const lang = options.lang ?? 'zh';
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const ids = new Map<string, number>();
  const written: { sheet: number; col: number; formula: string }[] = [];
  const addSheet = (schema: SheetSchema, cells: Cell[][]): void => {
    const id = hf.getSheetId(hf.addSheet(schema[lang]))!;
    ids.set(schema.name, id);
    hf.setCellContents({ sheet: id, row: 0, col: 0 }, cells);
  };
  hf.batch(() => {
    addSheet(SETTINGS_SHEET, [
      SETTINGS_SHEET.columns.map((c) => c[lang]),
      ...SETTING_DESCRIPTORS.map((d) => [d.key, d[lang], settingValue(settings, d.key)]),
    ]);
    const settingsTitle = SETTINGS_SHEET[lang];
    SETTING_DESCRIPTORS.forEach((d, i) => hf.addNamedExpression(namedRange(d.key), `='${settingsTitle}'!$C$${i + 2}`));
    for (const { schema, rows } of sheets) {
      addSheet(schema, [
        schema.columns.map((c) => c[lang]),
        ...rows.map((row) => schema.columns.map((c) => (c.computed ? null : row[c.key] ?? null))),
      ]);
    }
    for (const { schema } of sheets) {
      for (const { column, formula } of liveFormulas(schema, { lang })) {
        written.push({ sheet: ids.get(schema.name)!, col: column - 1, formula: boundRanges(formula, options.rows) });
      }
    }
    for (const { sheet, col, formula } of written) hf.setCellContents({ sheet, row: 0, col }, [[formula]]);
  });
  return {
    hf,
    column(schema, key, count) {
      const col = withHelpers(schema).columns.findIndex((c) => c.key === key);
      const sheet = ids.get(schema.name)!;
      return Array.from({ length: count }, (_, i) => hf.getCellValue({ sheet, row: i + 1, col }));
    },
    setSetting(key, value) {
      const row = SETTING_DESCRIPTORS.findIndex((d) => d.key === key) + 1;
      hf.setCellContents({ sheet: ids.get('settings')!, row, col: 2 }, [[value]]);
      // HyperFormula does not recompute an array literal ({"header";ARRAYFORMULA(…)}) when a name it reads changes: enter them again.
      hf.batch(() => { for (const { sheet, col, formula } of written) hf.setCellContents({ sheet, row: 0, col }, [[formula]]); });
    },
  };
}
