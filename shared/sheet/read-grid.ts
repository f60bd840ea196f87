// Rows of any grid source (CSV, getValues, API values, .xlsx) → typed rows of one sheet, each problem an issue at its place.
import { issueAt, type Bilingual, type Issue, type Lang } from '../issue';
import type { Settings } from '../settings';
import type { Column, Row, SheetSchema } from '../schema/types';
import { escapeFormula } from './cell-text';
import { keptText } from './kept-text';
import { parseValue, type ParsedValue } from './parse-value';
import type { GridCell, SourceRow } from './grid';
import { nameEn, nameZh, placeIn, readHeader, unheadedValues, type Header, type SheetWhere } from './match-header';
import { serialToDate, serialToDateTime } from './serial-date';
import type { ReadRow, SheetHead, SheetRead } from './sheet-read';

export interface ReadGridOptions {
  /** The language to name allowed values in, when the header's is not the user's (an export). */
  listLang?: Lang;
  /** Keep every row in the result (the report needs them; a check does not). */
  keepRows?: boolean;
  /**
   * A live sheet (the add-on's) may hold a person's own columns beside Kefu's: their headers are not reported, and a missing
   * column is added by a command rather than by hand (`fix`, the sentence that says how).
   */
  liveSheet?: { fix: Bilingual };
  /** Each data row as it is typed, in order, with its sheet's shape (the same object for every row): the one pass's sinks. */
  onRow?: (row: ReadRow, head: SheetHead) => void;
  /**
   * The cells are a spreadsheet's values (the Sheets API's), not CSV text: a string that looks like a formula was typed as
   * text (a formula cell gives its result), so a text column keeps it, as the apostrophe says in a CSV.
   */
  sheetValues?: boolean;
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A double within a billionth of a whole number (or of whole cents, for money) is that number: formula noise, not data. */
function tidyNumber(n: number, column: Column | undefined): number {
  const step = column?.type === 'integer' ? 1 : column?.type === 'money' ? 100 : 0;
  if (step === 0) return n;
  const tidy = Math.round(n * step) / step;
  return Math.abs(n - tidy) < 1e-9 ? tidy : n;
}

/** A cell as text: a number in a date or date-time column is a spreadsheet serial; TRUE/FALSE as a sheet shows them. */
export function gridCellText(cell: GridCell | undefined, column: Column | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (column?.type === 'date') return serialToDate(cell) ?? String(cell);
  if (column?.type === 'date-time') return serialToDateTime(cell) ?? String(cell);
  return String(tidyNumber(cell, column));
}

function allText(cells: readonly GridCell[]): cells is readonly string[] {
  for (let i = 0; i < cells.length; i++) if (typeof cells[i] !== 'string') return false;
  return true;
}

/** A CSV record is text already and is used as it is; other sources' numbers and booleans become text here. */
function textsOf(cells: readonly GridCell[], header: Header | undefined, sheetValues: boolean): readonly string[] {
  if (!(sheetValues && header) && allText(cells)) return cells;
  const texts: string[] = new Array<string>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const column = header?.columns[i];
    const cell = cells[i];
    texts[i] = sheetValues && column?.type === 'text' && typeof cell === 'string' ? escapeFormula(cell) : gridCellText(cell, column);
  }
  return texts;
}

function isBlank(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return false;
  return true;
}

function raggedIssue(where: SheetWhere, line: number, cells: readonly string[], width: number): Issue | undefined {
  const count = cells.length;
  if (count > width) {
    const lost = cells.slice(width).filter((f) => f.trim() !== '').length;
    if (lost === 0) return undefined;
    return issueAt(placeIn(where, line, width + 1), 'ragged-row',
      `This row has ${count} values but the header has ${width} columns, so ${plural(lost, 'extra value')} would be lost. ` +
        'Often a value holds a comma without quotes around it; check this row.',
      `这一行有 ${count} 个值，但表头只有 ${width} 列，多出的 ${lost} 个值会丢失。常见原因是某个值里有逗号却没加引号，请检查这一行。`);
  }
  if (count < width) {
    return issueAt(placeIn(where, line, count + 1), 'ragged-row',
      `This row has ${count} values but the header has ${width} columns, so its last ${plural(width - count, 'cell')} ${width - count === 1 ? 'is' : 'are'} missing. ` +
        'Check the row was not cut short or joined with the next one.',
      `这一行只有 ${count} 个值，但表头有 ${width} 列，最后 ${width - count} 个单元格缺失。请检查这一行是否被截断或与下一行连在了一起。`);
  }
  return undefined;
}

/**
 * Each column's parsed cells by text, within one read: parseValue is pure, and most columns repeat a few values
 * (an enum, an agent, a date), so a repeated text is parsed once. Unique columns are not memoised, and a memo is
 * emptied when it reaches MEMO_LIMIT texts, so memory stays bounded and date-ordered rows keep hitting. A memo that
 * filled with fewer hits than texts (a customer id per call) is switched off: its entries outlive young garbage
 * collections only to die in the old generation, costing more than parsing again.
 */
interface MemoEntry { key: string; parsed: ParsedValue }
/** `last`: the entry hit or added last, its text compared before any hashing (a day, an agent, a channel repeat row after row). */
interface Memo { texts: Map<string, MemoEntry>; hits: number; on: boolean; last: MemoEntry }
const MEMO_LIMIT = 4096;

/** An empty cell reads as no value in every column type (parseValue's first answer), shared rather than made per cell. */
const EMPTY: ParsedValue = Object.freeze({ ok: true, value: undefined });
/** A memo's last entry before any: the empty text, which never reaches a memo. */
const NO_ENTRY: MemoEntry = Object.freeze({ key: '', parsed: EMPTY });

function parseCell(text: string, column: Column, settings: Settings, memo: Memo | undefined, lang: Lang): ParsedValue {
  if (text === '') return EMPTY;
  if (!memo?.on) return parseValue(text, column, settings, lang);
  if (text === memo.last.key) {
    memo.hits++;
    return memo.last.parsed;
  }
  const entry = memo.texts.get(text);
  if (entry !== undefined) {
    memo.hits++;
    memo.last = entry;
    return entry.parsed;
  }
  let parsed = parseValue(text, column, settings, lang);
  if (memo.texts.size >= MEMO_LIMIT) {
    memo.on = memo.hits >= MEMO_LIMIT;
    memo.texts.clear();
    memo.hits = 0;
  }
  if (!memo.on) return parsed;
  // A long cell is a view into its chunk of the file: the memo keeps a copy, also as the value when the value is the text.
  const key = keptText(text);
  if (parsed.ok && parsed.value === text) parsed = { ok: true, value: key };
  memo.texts.set(key, memo.last = { key, parsed });
  return parsed;
}

/**
 * A failed parse's messages with the column's name in front, built once per memoised result: a million rows repeating
 * one bad value then share two strings instead of holding two million (the measurement is in docs/safety.md).
 */
const labelledMessages = new WeakMap<ParsedValue, [string, string]>();
function labelled(parsed: Extract<ParsedValue, { ok: false }>, column: Column): [string, string] {
  let messages = labelledMessages.get(parsed);
  if (!messages) {
    messages = [`${nameEn(column)}: ${parsed.message}`, `${nameZh(column)}：${parsed.messageZh}`];
    labelledMessages.set(parsed, messages);
  }
  return messages;
}

function readCells(line: number, cells: readonly string[], header: Header, memos: readonly (Memo | undefined)[], where: SheetWhere, settings: Settings,
  issues: Issue[], unread: ReadonlyMap<number, Issue> | undefined, shape: Row | undefined): Row {
  const values: Row = shape ? { ...shape } : {};
  const columns = header.columns;
  if (cells.length !== columns.length) {
    const ragged = raggedIssue(where, line, cells, columns.length);
    if (ragged) issues.push(ragged);
  }
  // A cell the source could not read (bytes that were not UTF-8) is reported and left unread, so no U+FFFD reaches a value.
  if (unread) issues.push(...unread.values());
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    if (!column || unread?.has(i)) continue;
    const parsed = parseCell(cells[i] ?? '', column, settings, memos[i], header.lang);
    if (!parsed.ok) {
      const [en, zh] = labelled(parsed, column);
      issues.push(issueAt(placeIn(where, line, i + 1), parsed.code, en, zh));
    } else if (parsed.value !== undefined) {
      values[column.key] = parsed.value;
    } else if (column.required) {
      issues.push(issueAt(placeIn(where, line, i + 1), 'required', `${nameEn(column)}: this cell is empty but must be filled in.`,
        `${nameZh(column)}：此项必填，不能为空。`));
    }
  }
  return values;
}

/**
 * A kept row starts as a copy of this: every column the header matched, undefined until its cell is read. Built key by key,
 * a row of more than a dozen filled cells (a customer has up to 28) becomes a hash table in V8 — about twice the memory to
 * keep and slower to read; a copy of one object made whole keeps every row in one compact shape (measured at 1 M calls:
 * the report's read and model ≈ 0.5 s faster together). A row that is not kept is built key by key: it dies young.
 */
function keptShape(header: Header): Row {
  return Object.fromEntries(header.columns.flatMap((c) => (c ? [[c.key, undefined]] : [])));
}

/** A label for a cell the source could not read: its column's name, when the header names one. */
function cellLabel(header: Header | undefined): (field: number) => Bilingual {
  return (field) => {
    const column = header?.columns[field];
    return column ? { en: `${nameEn(column)}: `, zh: `${nameZh(column)}：` } : { en: '', zh: '' };
  };
}

export interface GridReader {
  /** The next row of the sheet, in order. */
  row(row: SourceRow): void;
  /** No more rows: what was read, and every issue. */
  end(): SheetRead;
}

/** The first non-blank row is the header; blank rows are skipped; every other row is typed by its column as it comes. */
export function createGridReader(where: SheetWhere, schema: SheetSchema, settings: Settings, options: ReadGridOptions = {}): GridReader {
  let header: Header | undefined;
  let sheetHead: SheetHead | undefined;
  let unheaded: ReturnType<typeof unheadedValues> | undefined;
  let memos: (Memo | undefined)[] = [];
  let shape: Row | undefined;
  const kept: ReadRow[] = [];
  let rowCount = 0;
  const rowIssues: Issue[] = [];
  const head = where.sheet === undefined ? { file: where.file } : { file: where.file, sheet: where.sheet };
  return {
    row(row) {
      const cells = textsOf(row.cells, header, options.sheetValues === true);
      const unread = row.unreadable?.(cellLabel(header));
      if (isBlank(cells)) return;
      if (!header) {
        header = readHeader(cells, row.line, where, schema, options.listLang, options.liveSheet?.fix);
        if (unread) header.issues.unshift(...unread.values());
        unheaded = unheadedValues(cells, where);
        memos = header.columns.map((c): Memo | undefined => (c && !c.unique ? { texts: new Map(), hits: 0, on: true, last: NO_ENTRY } : undefined));
        if (options.keepRows !== false) shape = keptShape(header);
        sheetHead = { ...head, schema, columnOf: header.columnOf, headerLang: header.lang };
        return;
      }
      unheaded!.see(row.line, cells);
      if (row.issues) rowIssues.push(...row.issues);
      const read: ReadRow = { line: row.line, values: readCells(row.line, cells, header, memos, where, settings, rowIssues, unread, shape) };
      rowCount++;
      options.onRow?.(read, sheetHead!);
      if (options.keepRows !== false) kept.push(read);
    },
    end() {
      if (!header) {
        return { ...head, schema, rows: [], rowCount: 0, columnOf: {}, issues: [issueAt(placeIn(where, 0, 0), 'empty-file',
          'The file is empty: it has no header row and no data. Export the sheet again.',
          '文件是空的：没有表头，也没有数据。请重新导出该表。')] };
      }
      const issues = [...header.issues, ...unheaded!.issues(), ...rowIssues];
      if (rowCount === 0) {
        issues.push(issueAt(placeIn(where, 0, 0), 'no-rows', 'The file has a header row but no data rows.', '文件只有表头，没有数据行。'));
      }
      return { ...head, schema, rows: kept, rowCount, issues, columnOf: header.columnOf, headerLang: header.lang };
    },
  };
}

/** One sheet from any grid source, read in one pass. */
export function readGrid(rows: Iterable<SourceRow>, where: SheetWhere, schema: SheetSchema, settings: Settings,
  options: ReadGridOptions = {}): SheetRead {
  const reader = createGridReader(where, schema, settings, options);
  for (const row of rows) reader.row(row);
  return reader.end();
}
