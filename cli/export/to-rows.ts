// One sheet's values (UNFORMATTED_VALUE, dates as serial numbers) → typed rows for writeSheet, each typed by its column in the schema.
import { parseValue } from '../../shared/sheet/parse-value';
import { matchEnum } from '../../shared/enums';
import { issueAt, type Issue } from '../../shared/issue';
import { allowedValues, type Column, type Row, type SheetSchema } from '../../shared/schema/types';
import { defaultSettings, type Settings } from '../../shared/settings';
import { cellText, readHeaderRow, type SheetHeader } from './match-headers';
import { serialToDate, serialToDateTime } from '../../shared/sheet/serial-date';

export type RowValue = Row[string];
const DEFAULTS: Settings = defaultSettings();
type Cell = { ok: true; value: RowValue } | { ok: false; en: string; zh: string };

/** A double within a billionth of a whole number (formula noise) is that number. */
function tidyNumber(n: number, column: Column): number {
  if (column.type === 'integer' && Math.abs(n - Math.round(n)) < 1e-9) return Math.round(n);
  if (column.type === 'money') {
    const cents = Math.round(n * 100) / 100;
    if (Math.abs(n - cents) < 1e-9) return cents;
  }
  return n;
}

function fromNumber(n: number, column: Column, settings: Settings): Cell {
  switch (column.type) {
    case 'date': return { ok: true, value: serialToDate(n) ?? String(n) };
    case 'date-time': return { ok: true, value: serialToDateTime(n) ?? String(n) };
    case 'integer':
    case 'money': return { ok: true, value: tidyNumber(n, column) };
    case 'boolean': return fromText(String(n), column, settings);
    default: return { ok: true, value: String(n) };
  }
}

function fromText(text: string, column: Column, settings: Settings): Cell {
  if (text.trim() === '') return { ok: true, value: undefined };
  // A known enum label (zh, en or alias) becomes its key, so the CSV says it in Chinese whatever the sheet's language.
  if (column.type === 'enum') return { ok: true, value: matchEnum(allowedValues(column, settings), text) ?? text };
  if (column.type !== 'boolean') return { ok: true, value: text };
  // writeSheet writes any truthy value as 是, so a yes/no must be known here; other columns go to the checker as typed.
  const parsed = parseValue(text, column, DEFAULTS);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, en: parsed.message, zh: parsed.messageZh };
}

/** One cell as the API sends it (string, number, boolean or nothing) → the value writeSheet writes for its column. */
export function toCellValue(raw: unknown, column: Column, settings: Settings = DEFAULTS): Cell {
  if (raw === undefined || raw === null || raw === '') return { ok: true, value: undefined };
  if (typeof raw === 'number') return fromNumber(raw, column, settings);
  if (typeof raw === 'boolean') return column.type === 'boolean' ? { ok: true, value: raw } : { ok: true, value: raw ? 'TRUE' : 'FALSE' };
  return fromText(String(raw), column, settings);
}

export interface SheetRows {
  title: string;
  schema: SheetSchema;
  header: SheetHeader | undefined;
  /** The sheet row holding the headers; undefined for a blank sheet. */
  headerRow: number | undefined;
  rows: Row[];
  /** The sheet row each of `rows` came from. */
  sheetRows: number[];
  /** Header problems and cells no CSV can carry; the checker judges the rest once the CSV is written. */
  issues: Issue[];
}

const isBlank = (cells: readonly unknown[] | undefined): boolean => !cells || cells.every((c) => cellText(c).trim() === '');

/** `values[i]` is sheet row i + 1; the first non-blank row is the header, as in a CSV. */
export function toRows(title: string, values: readonly (readonly unknown[] | undefined)[], schema: SheetSchema, settings: Settings): SheetRows {
  const filled = values.map((cells, i) => ({ row: i + 1, cells: cells ?? [] })).filter((r) => !isBlank(r.cells));
  const [first, ...data] = filled;
  if (!first) return { title, schema, header: undefined, headerRow: undefined, rows: [], sheetRows: [], issues: [] };
  const header = readHeaderRow(title, first.row, first.cells, data, schema);
  const issues = [...header.issues];
  const rows: Row[] = [];
  const sheetRows: number[] = [];
  for (const { row, cells } of data) {
    const values: Row = {};
    header.columns.forEach((column, i) => {
      if (!column) return;
      const cell = toCellValue(cells[i], column, settings);
      if (cell.ok) {
        if (cell.value !== undefined) values[column.key] = cell.value;
      } else {
        issues.push(issueAt({ file: title, line: row, column: i + 1 }, 'bad-cell', `${column.en} (${column.zh}): ${cell.en}`, `${column.zh}（${column.en}）：${cell.zh}`));
      }
    });
    rows.push(values);
    sheetRows.push(row);
  }
  return { title, schema, header, headerRow: first.row, rows, sheetRows, issues };
}

/** The CSV line each row starts on once writeSheet has written it: line 1 is the header; a value's line breaks push later rows down. */
export function csvLines(rows: readonly Row[]): number[] {
  let line = 2;
  return rows.map((row) => {
    const start = line;
    const breaks = Object.values(row).reduce<number>((n, v) => n + (typeof v === 'string' ? (v.match(/\r\n|\r|\n/g)?.length ?? 0) : 0), 0);
    line += 1 + breaks;
    return start;
  });
}
