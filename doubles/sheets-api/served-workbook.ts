// The workbook the fake API serves: data/sample read with loadWorkbook and turned back into sheet values (serial dates, typed numbers).
import { existsSync, readdirSync } from 'node:fs';
import { loadWorkbook } from '../../load/load-workbook';
import { isoToSerial } from '../../shared/sheet/serial-date';
import { SHEETS } from '../../shared/schema';
import { allowedValues, type Row, type SheetName, type SheetSchema } from '../../shared/schema/types';
import { defaultSettings, type Settings } from '../../shared/settings';
import type { FakeSheet, FakeSpreadsheet } from './fake-sheets-api';
import { handMadeRows } from './hand-made-workbook';

export const SAMPLE = 'data/sample';

export const hasSample = (): boolean => existsSync(SAMPLE) && readdirSync(SAMPLE).some((f) => f.endsWith('.csv'));

export interface TypedWorkbook {
  rows: Record<SheetName, Row[]>;
  settings: Settings;
}

/** data/sample's rows when it is there, else the small hand-made workbook. */
export function typedWorkbook(): TypedWorkbook {
  if (!hasSample()) return { rows: handMadeRows(), settings: defaultSettings() };
  const loaded = loadWorkbook([SAMPLE]);
  if (loaded.unusable.length > 0 || loaded.issues.length > 0) throw new Error(`${SAMPLE} does not pass kefu check`);
  const rows = Object.fromEntries(SHEETS.map((s) => [s.name, loaded.sheets[s.name]?.rows.map((r) => r.values) ?? []])) as Record<SheetName, Row[]>;
  return { rows, settings: loaded.settings };
}

/** One typed value as a person's sheet holds it: dates as serial numbers, enums by their label, mobile numbers typed as numbers. */
function cellOf(value: Row[string], column: SheetSchema['columns'][number], settings: Settings, lang: 'zh' | 'en', schema: SheetSchema): unknown {
  if (value === undefined) return '';
  switch (column.type) {
    case 'date':
    case 'date-time': return isoToSerial(String(value));
    case 'enum': return allowedValues(column, settings).find((v) => v.key === value)?.[lang] ?? value;
    case 'phone': return /^1\d{10}$/.test(String(value)) ? Number(value) : value;
    case 'text':
      // Settings values that are whole numbers sit in the sheet as numbers.
      return schema.name === 'settings' && column.key === 'value' && /^\d+$/.test(String(value)) ? Number(value) : value;
    default: return value;
  }
}

export function sheetValues(rows: readonly Row[], schema: SheetSchema, settings: Settings, lang: 'zh' | 'en'): unknown[][] {
  return [
    schema.columns.map((c) => c[lang]),
    ...rows.map((row) => schema.columns.map((c) => cellOf(row[c.key], c, settings, lang, schema))),
  ];
}

export interface ServeOptions {
  spreadsheetId?: string;
  lang?: 'zh' | 'en';
  /** Change the sheets before they are served (rename, drop, edit a header…). */
  edit?(sheets: FakeSheet[]): FakeSheet[];
}

export function servedWorkbook(workbook: TypedWorkbook, options: ServeOptions = {}): FakeSpreadsheet {
  const lang = options.lang ?? 'zh';
  const sheets = SHEETS.map((schema) => ({ title: schema[lang], values: sheetValues(workbook.rows[schema.name], schema, workbook.settings, lang) }));
  // A tab Kefu does not know, as real workbooks have: it must be left alone.
  sheets.push({ title: lang === 'zh' ? '草稿' : 'Scratch', values: [['anything']] });
  return { spreadsheetId: options.spreadsheetId ?? 'kefu-test-sheet-0123456789', title: lang === 'zh' ? '客服工作簿' : 'Kefu workbook', sheets: options.edit ? options.edit(sheets) : sheets };
}
