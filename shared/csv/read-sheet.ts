// CSV text → typed rows of one sheet, with every problem as an issue at its physical file:line:column.
import Papa from 'papaparse';
import { issueAt, type Issue, type Lang, type Bilingual } from '../issue';
import type { Settings } from '../settings';
import type { Column, Row, SheetSchema } from '../schema/types';
import { badByteIssues, type BadBytes } from './bad-bytes';
import { codePointName, HIDDEN_CHARACTER, INPUT_LIMITS } from './input-limits';
import { parseValue, type ParsedValue } from './parse-value';

export type { BadBytes } from './bad-bytes';

export interface ReadRow {
  /** 1-based physical line where the record starts. */
  line: number;
  values: Row;
}

export interface SheetRead {
  file: string;
  schema: SheetSchema;
  /** Every data row, including ones with issues (bad cells left undefined). */
  rows: ReadRow[];
  issues: Issue[];
  /** Column key → 1-based column in this file (for cross-file issues). */
  columnOf: Record<string, number>;
  /** The language of the header row (most headers matched in it); allowed values are listed in it. */
  headerLang?: Lang;
}

interface RawRecord {
  line: number;
  /** Offsets in the text where the record starts and ends. */
  start: number;
  end: number;
  fields: string[];
  /** A quote that never closes or is followed by stray text. */
  badQuotes: boolean;
}

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter used most, outside quotes, on the first non-blank line; a comma when none is. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seen = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    if (c.trim() !== '' && !counts.has(c)) seen = true;
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * Counts the line breaks in text[from, to) — CRLF, LF and a lone CR each end one physical line — for ranges
 * that follow one another from the start of the text. Jumps from break to break with indexOf, keeping the next
 * LF and CR found, so the whole text is scanned once however many records it holds.
 */
function lineBreakCounter(text: string): (from: number, to: number) => number {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  return (from, to) => {
    let n = 0;
    while (lf !== -1 && lf < to) {
      if (lf >= from) n++;
      lf = text.indexOf('\n', lf + 1);
    }
    while (cr !== -1 && cr < to) {
      if (cr >= from && text.charCodeAt(cr + 1) !== 10) n++;
      cr = text.indexOf('\r', cr + 1);
    }
    return n;
  };
}

/** Hands each record to onRecord as papaparse finds it, so no list of every record is ever built. */
function forEachRecord(text: string, onRecord: (record: RawRecord) => void): void {
  let start = 0;
  let line = 1;
  const lineBreaks = lineBreakCounter(text);
  Papa.parse<string[]>(text, {
    header: false,
    delimiter: detectDelimiter(text),
    skipEmptyLines: false,
    // papaparse's cursor is where the next record starts, so each record's first line is exact.
    step(result) {
      const errors = result.errors;
      const end = result.meta.cursor;
      onRecord({ line, start, end, fields: result.data, badQuotes: errors.length > 0 && errors.some((e) => e.type === 'Quotes') });
      line += lineBreaks(start, end);
      start = end;
    },
  });
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) if (fields[i]!.trim() !== '') return false;
  return true;
}
const norm = (text: string): string => text.trim().toLowerCase();
const nameEn = (c: Column): string => `${c.en} (${c.zh})`;
const nameZh = (c: Column): string => `${c.zh}（${c.en}）`;

/** A header as a message quotes it: cut short, hidden characters as <U+XXXX>. */
function headerShown(name: string): string {
  const cut = name.length > 40 ? `${name.slice(0, 37)}…` : name;
  return cut.replace(new RegExp(HIDDEN_CHARACTER.source, 'g'), (c) => `<${codePointName(c)}>`);
}

interface Header {
  /** File column index (0-based) → schema column; undefined for unknown, duplicate or blank headers. */
  columns: (Column | undefined)[];
  columnOf: Record<string, number>;
  issues: Issue[];
  lang: Lang;
}

function matchColumn(schema: SheetSchema, name: string): Column | undefined {
  const wanted = norm(name);
  return schema.columns.find((c) => norm(c.zh) === wanted || norm(c.en) === wanted)
    ?? schema.columns.find((c) => norm(c.key) === wanted);
}

function readHeader(record: RawRecord, file: string, schema: SheetSchema, listLang: Lang | undefined): Header {
  const columns: (Column | undefined)[] = [];
  const columnOf: Record<string, number> = {};
  const issues: Issue[] = [];
  const unknown: { name: string; at: number }[] = [];
  record.fields.forEach((cell, i) => {
    const name = cell.trim();
    const column = name === '' ? undefined : matchColumn(schema, name);
    columns.push(undefined);
    if (name === '') return;
    if (!column) {
      unknown.push({ name, at: i + 1 });
      return;
    }
    const first = columnOf[column.key];
    if (first !== undefined) {
      issues.push(issueAt({ file, line: record.line, column: i + 1 }, 'duplicate-column',
        `${nameEn(column)} appears twice, in columns ${first} and ${i + 1}; only the first is read. Delete or rename the other.`,
        `${nameZh(column)}出现了两次（第 ${first} 列和第 ${i + 1} 列），只读取第一列。请删除或改名另一列。`));
      return;
    }
    columnOf[column.key] = i + 1;
    columns[i] = column;
  });
  const absent = schema.columns.filter((c) => columnOf[c.key] === undefined);
  const hint = absent.length > 0 ? absent : schema.columns;
  const listEn = hint.slice(0, 6).map((c) => c.en).join(', ') + (hint.length > 6 ? ', …' : '');
  const listZh = hint.slice(0, 6).map((c) => c.zh).join('、') + (hint.length > 6 ? '……' : '');
  const expected = absent.length > 0 ? ['Headers not yet in the file', '文件中还缺少的表头'] : ['Expected headers', '应有的表头'];
  const listed = INPUT_LIMITS.unknownColumnsListed;
  if (unknown.length > listed) {
    // A header thousands of columns wide is one problem, not thousands of lines.
    const count = (n: number): string => n.toLocaleString('en-US');
    const names = unknown.slice(0, listed).map((u) => headerShown(u.name));
    const namesEn = names.map((n) => `"${n}"`).join(', ');
    const namesZh = names.map((n) => `“${n}”`).join('、');
    issues.push(issueAt({ file, line: record.line, column: unknown[0]!.at }, 'unknown-column',
      `The header has ${count(record.fields.length)} columns; ${count(unknown.length)} are not columns of ${schema.en} (${schema.zh}), so their values are not read: ` +
        `${namesEn} and ${count(unknown.length - listed)} more. Delete them, or check this is the right file. ${expected[0]}: ${listEn}.`,
      `表头有 ${count(record.fields.length)} 列，其中 ${count(unknown.length)} 列不是“${schema.zh}”表的列，这些列的内容不会被读取：` +
        `${namesZh} 等（另有 ${count(unknown.length - listed)} 列）。请删除它们，或确认选对了文件。${expected[1]}：${listZh}。`));
    unknown.length = 0;
  }
  for (const { name, at } of unknown) {
    issues.push(issueAt({ file, line: record.line, column: at }, 'unknown-column',
      `The header "${headerShown(name)}" (column ${at}) is not a column of ${schema.en} (${schema.zh}), so its values are not read. ` +
        `Rename it or delete the column. ${expected[0]}: ${listEn}.`,
      `表头“${headerShown(name)}”（第 ${at} 列）不是“${schema.zh}”表的列，这一列的内容不会被读取。请改名或删除该列。${expected[1]}：${listZh}。`));
  }
  for (const column of absent.filter((c) => c.required)) {
    issues.push(issueAt({ file, line: record.line, column: 0 }, 'missing-column',
      `The required column ${nameEn(column)} is missing. Add a column with that header.`,
      `缺少必填列${nameZh(column)}。请添加这一列。`));
  }
  return { columns, columnOf, issues, lang: listLang ?? headerLanguage(schema, record.fields) };
}

/** The language most of a header row's Kefu names are in: zh when more match a Chinese name than not, else en. */
export function headerLanguage(schema: SheetSchema, names: readonly string[]): Lang {
  let balance = 0;
  for (const name of names) {
    const column = name.trim() === '' ? undefined : matchColumn(schema, name);
    if (column) balance += norm(column.zh) === norm(name) ? 1 : -1;
  }
  return balance > 0 ? 'zh' : 'en';
}

function raggedIssue(file: string, record: RawRecord, width: number): Issue | undefined {
  const count = record.fields.length;
  if (count > width) {
    const lost = record.fields.slice(width).filter((f) => f.trim() !== '').length;
    if (lost === 0) return undefined;
    return issueAt({ file, line: record.line, column: width + 1 }, 'ragged-row',
      `This row has ${count} values but the header has ${width} columns, so ${plural(lost, 'extra value')} would be lost. ` +
        'Often a value holds a comma without quotes around it; check this row.',
      `这一行有 ${count} 个值，但表头只有 ${width} 列，多出的 ${lost} 个值会丢失。常见原因是某个值里有逗号却没加引号，请检查这一行。`);
  }
  if (count < width) {
    return issueAt({ file, line: record.line, column: count + 1 }, 'ragged-row',
      `This row has ${count} values but the header has ${width} columns, so its last ${plural(width - count, 'cell')} ${width - count === 1 ? 'is' : 'are'} missing. ` +
        'Check the row was not cut short or joined with the next one.',
      `这一行只有 ${count} 个值，但表头有 ${width} 列，最后 ${width - count} 个单元格缺失。请检查这一行是否被截断或与下一行连在了一起。`);
  }
  return undefined;
}

/**
 * Each column's parsed cells by text, within one readSheet call: parseValue is pure, and most columns repeat a
 * few values (an enum, an agent, a date), so a repeated text is parsed once. Unique columns are not memoised, and
 * a memo is emptied when it reaches MEMO_LIMIT texts, so memory stays bounded and date-ordered rows keep hitting.
 */
type Memo = Map<string, ParsedValue> | undefined;
const MEMO_LIMIT = 4096;

function parseCell(text: string, column: Column, settings: Settings, memo: Memo, lang: Lang): ParsedValue {
  if (!memo) return parseValue(text, column, settings, lang);
  let parsed = memo.get(text);
  if (parsed === undefined) {
    parsed = parseValue(text, column, settings, lang);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, parsed);
  }
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

function readRecord(record: RawRecord, header: Header, memos: readonly Memo[], file: string, settings: Settings, issues: Issue[],
  badCells?: Map<number, Issue>): ReadRow {
  const values: Row = {};
  if (record.badQuotes) {
    issues.push(issueAt({ file, line: record.line, column: 0 }, 'bad-quotes',
      'A quote mark (") on this row is not closed properly, so the values after it run together. Check the quotes on this row.',
      '这一行的引号（"）没有正确闭合，后面的内容被连在了一起。请检查这一行的引号。'));
  }
  const columns = header.columns;
  const fields = record.fields;
  if (fields.length !== columns.length) {
    const ragged = raggedIssue(file, record, columns.length);
    if (ragged) issues.push(ragged);
  }
  // A cell with bytes that were not UTF-8 is reported and left unread, so no U+FFFD reaches a value.
  if (badCells) issues.push(...badCells.values());
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    if (!column || badCells?.has(i)) continue;
    const parsed = parseCell(fields[i] ?? '', column, settings, memos[i], header.lang);
    if (!parsed.ok) {
      const place = { file, line: record.line, column: i + 1 };
      const [en, zh] = labelled(parsed, column);
      issues.push(issueAt(place, parsed.code, en, zh));
    } else if (parsed.value !== undefined) {
      values[column.key] = parsed.value;
    } else if (column.required) {
      const place = { file, line: record.line, column: i + 1 };
      issues.push(issueAt(place, 'required', `${nameEn(column)}: this cell is empty but must be filled in.`,
        `${nameZh(column)}：此项必填，不能为空。`));
    }
  }
  return { line: record.line, values };
}

/**
 * Values under a blank header would be lost: reported once per such column, at the first row holding one.
 * Fed the data records one by one; `issues()` gives them in column order.
 */
function unheadedValues(header: RawRecord, file: string): { see(record: RawRecord): void; issues(): Issue[] } {
  let waiting: number[] = [];
  header.fields.forEach((name, i) => {
    if (name.trim() === '') waiting.push(i);
  });
  const found: (Issue | undefined)[] = [];
  return {
    see(record) {
      if (waiting.length === 0) return;
      let changed = false;
      for (const i of waiting) {
        // waiting is ascending: past the row's last value nothing can be found (a header of 100,000 blank columns stays cheap).
        if (i >= record.fields.length) break;
        if (record.fields[i]!.trim() === '') continue;
        changed = true;
        found[i] = issueAt({ file, line: record.line, column: i + 1 }, 'unknown-column',
          `Column ${i + 1} has values but no header, so they are not read. Give it a header or delete the column.`,
          `第 ${i + 1} 列有内容但没有表头，这些内容不会被读取。请填写表头或删除该列。`);
      }
      if (changed) waiting = waiting.filter((i) => found[i] === undefined);
    },
    issues: () => found.filter((i): i is Issue => i !== undefined),
  };
}

/** A memo for each column whose values are not meant to be unique (see parseCell). */
function memosFor(header: Header): Memo[] {
  return header.columns.map((c) => (c && !c.unique ? new Map<string, ParsedValue>() : undefined));
}

/** A label for a field's bad-byte message: its column's name, when the header names one. */
function fieldLabel(header: Header | undefined): (field: number) => Bilingual {
  return (field) => {
    const column = header?.columns[field];
    return column ? { en: `${nameEn(column)}: `, zh: `${nameZh(column)}：` } : { en: '', zh: '' };
  };
}

/**
 * badBytes: where text holds U+FFFD for bytes that were not UTF-8 (from the file's decoder); each is reported in its cell.
 * listLang overrides the header's language for naming allowed values (a CSV written from a sheet headed in another).
 */
export function readSheet(text: string, file: string, schema: SheetSchema, settings: Settings, badBytes: readonly BadBytes[] = [],
  listLang?: Lang): SheetRead {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const source = bom ? text.slice(1) : text;
  let nextBad = 0;
  let header: Header | undefined;
  let unheaded: ReturnType<typeof unheadedValues> | undefined;
  let memos: Memo[] = [];
  const rows: ReadRow[] = [];
  const rowIssues: Issue[] = [];
  // Rows are read as papaparse finds them: the header first, then each data row, blank ones skipped.
  forEachRecord(source, (record) => {
    const bad: BadBytes[] = [];
    while (nextBad < badBytes.length && badBytes[nextBad]!.index - bom < record.end) {
      const b = badBytes[nextBad++]!;
      bad.push(bom ? { ...b, index: b.index - bom } : b);
    }
    const badCells = bad.length > 0 ? badByteIssues(source, record, bad, file, fieldLabel(header)) : undefined;
    if (isBlank(record.fields)) return;
    if (!header) {
      header = readHeader(record, file, schema, listLang);
      if (badCells) header.issues.unshift(...badCells.values());
      unheaded = unheadedValues(record, file);
      memos = memosFor(header);
      return;
    }
    unheaded!.see(record);
    rows.push(readRecord(record, header, memos, file, settings, rowIssues, badCells));
  });
  if (!header) {
    return { file, schema, rows: [], columnOf: {}, issues: [issueAt({ file, line: 0, column: 0 }, 'empty-file',
      'The file is empty: it has no header row and no data. Export the sheet again.',
      '文件是空的：没有表头，也没有数据。请重新导出该表。')] };
  }
  const issues = [...header.issues, ...unheaded!.issues(), ...rowIssues];
  if (rows.length === 0) {
    issues.push(issueAt({ file, line: 0, column: 0 }, 'no-rows',
      'The file has a header row but no data rows.', '文件只有表头，没有数据行。'));
  }
  return { file, schema, rows, issues, columnOf: header.columnOf, headerLang: header.lang };
}
