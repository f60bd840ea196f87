// Files and folders on disk → a checked workbook in one pass: Settings first, then each sheet streamed through the checks.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createWorkbookCheck, type WorkbookCheck } from '../shared/check/check-workbook';
import { detectSheet, detectSheetByHeaders } from '../shared/csv/detect-sheet';
import { isWarning, issueAt, sortIssues, type Issue, type Lang } from '../shared/issue';
import { SHEETS } from '../shared/schema';
import type { SheetName } from '../shared/schema/types';
import type { Settings } from '../shared/settings';
import type { SheetSchema } from '../shared/schema/types';
import { createCallTable, type CallTable } from '../shared/sheet/call-table';
import { createSpendTable, type SpendTable } from '../shared/sheet/spend-table';
import { readGrid, type ReadGridOptions } from '../shared/sheet/read-grid';
import { isRecordOf, type SheetRecords } from '../shared/sheet/records';
import { readSettingsFirst, SHEET_ORDER } from '../shared/sheet/read-workbook';
import type { SheetRead } from '../shared/sheet/sheet-read';
import { NotPlainUtf8, openCsvFile, readCsv } from './csv-file';
import { readXlsxWorkbook } from './xlsx/read-xlsx-workbook';
import { isWorkbookPath } from './xlsx/workbook-path';

export interface LoadedWorkbook {
  sheets: Partial<Record<SheetName, SheetRead>>;
  settings: Settings;
  /** Problems in the data: exit 1. */
  issues: Issue[];
  /** Worth a look but not wrong data (a call in quiet hours): reported, exit unchanged, no row left out. */
  warnings: Issue[];
  /** Input that cannot be checked at all (missing, empty, not CSV, a workbook Kefu cannot read): exit 2. */
  unusable: Issue[];
  /** With `tables`: the calls sheet's whole calls as columns of numbers (its SheetRead then keeps no rows). */
  calls?: CallTable;
  /** With `tables`: the points ledger's spends as columns of numbers (its SheetRead then keeps no rows). */
  spends?: SpendTable;
}

export interface LoadOptions {
  /** Per sheet, the language to name allowed values in when the files' headers are not the user's (an export). */
  listLang?: Partial<Record<SheetName, Lang>>;
  /** Keep the sheets' rows (the default; the report needs them, but for the tables' sheets); `kefu check` keeps none, so its memory stays flat in rows. */
  keepRows?: boolean;
  /**
   * The report's read: the calls and the points ledger, the two logs of events, flow into tables of numbers instead of being
   * kept as rows (shared/sheet/call-table, spend-table) — a million call objects would outlive the read; the other sheets,
   * each row a customer, a complaint, an audit or a test judged whole, keep their rows as keepRows says.
   */
  tables?: boolean;
}

const fileIssue = (file: string, code: string, en: string, zh: string): Issue => issueAt({ file, line: 0, column: 0 }, code, en, zh);

const ACCEPTED_NAMES = SHEETS.map((s) => `${s.file} / ${s.zh}.csv`).join(', ');

/** The CSV files a path stands for: the file itself, or every .csv directly inside a folder. */
function listFiles(path: string, unusable: Issue[]): { path: string; direct: boolean }[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    unusable.push(fileIssue(path, 'missing-file', 'no such file or folder', '找不到该文件或文件夹'));
    return [];
  }
  if (!stat.isDirectory()) return [{ path, direct: true }];
  const names = readdirSync(path);
  const files = names.filter((f) => f.toLowerCase().endsWith('.csv')).sort().map((f) => ({ path: join(path, f), direct: false }));
  // A folder is CSV exports; a workbook in it is named, not guessed at (a folder may hold old copies of it).
  const books = names.filter(isWorkbookPath).sort().map((f) => join(path, f));
  const given = books.length === 0 ? { en: '', zh: '' } : { en: `; to read a workbook, give it itself: ${books.join(', ')}`, zh: `；要读取工作簿，请直接给出它：${books.join('、')}` };
  if (files.length === 0) unusable.push(fileIssue(path, 'empty-folder', `this folder has no .csv files${given.en}`, `该文件夹中没有 .csv 文件${given.zh}`));
  return files;
}

/** One sheet's source, opened and told which sheet it is: a CSV file, or a worksheet of an .xlsx (`label` names either). */
type Opened = { path: string; label: string; direct: boolean; sheet: SheetName;
  read: (schema: SheetSchema, settings: Settings, options: ReadGridOptions) => SheetRead };

/** Each worksheet of an .xlsx that is a Kefu sheet (by its name or header row), read into grids; the workbook's own problems to `found`. */
function openWorkbook(path: string, unusable: Issue[], found: Issue[], add: (entry: Opened, schema: SheetSchema) => void): void {
  const detect = (name: string, header: readonly unknown[]): SheetSchema | undefined => detectSheetByHeaders(name, header.map(String));
  const book = readXlsxWorkbook(path, path, { isKefuSheet: (name, header) => detect(name, header) !== undefined });
  unusable.push(...book.unusable);
  found.push(...book.notes, ...book.issues);
  for (const { name, rows } of book.worksheets) {
    const schema = detect(name, rows.find((r) => r.cells.some((c) => c !== ''))?.cells ?? [])!;
    // A worksheet is part of a workbook: one with a header and no rows yet is fine there, as a CSV file in a folder is.
    add({ path, label: `${path} › ${name}`, direct: false, sheet: schema.name,
      read: (s, settings, options) => readGrid(rows, { file: path, sheet: name }, s, settings, options) }, schema);
  }
}

/** Each file opened (its encoding decided, its head read, or a workbook's worksheets read) and told which sheet it is. */
function openFiles(paths: readonly string[], unusable: Issue[], found: Issue[], decideFirst: ReadonlySet<string>): Opened[] {
  const opened: Opened[] = [];
  const seen = new Map<SheetName, string>();
  const add = (entry: Opened, schema: SheetSchema): void => {
    const other = seen.get(schema.name);
    if (other) {
      unusable.push(fileIssue(entry.path, 'duplicate-sheet', `${entry.label === entry.path ? '' : `${entry.label}: `}holds the ${schema.en} sheet, which ${other} already holds`,
        `${entry.label === entry.path ? '' : `${entry.label}：`}与 ${other} 同为"${schema.zh}"表`));
      return;
    }
    seen.set(schema.name, entry.label);
    opened.push(entry);
  };
  for (const file of paths.flatMap((p) => listFiles(p, unusable))) {
    if (file.direct && isWorkbookPath(file.path)) {
      openWorkbook(file.path, unusable, found, add);
      continue;
    }
    const csv = openCsvFile(file.path, { onePass: !decideFirst.has(file.path) });
    if (!csv.ok) {
      unusable.push(fileIssue(file.path, csv.code, csv.message, csv.messageZh));
      continue;
    }
    const schema = detectSheet(basename(file.path), csv.head);
    if (!schema) {
      unusable.push(fileIssue(file.path, 'unknown-sheet',
        `cannot tell which Kefu sheet this is from its name or headers; name it one of: ${ACCEPTED_NAMES}`,
        `无法从文件名或表头判断这是哪张表；请命名为：${ACCEPTED_NAMES}`));
      continue;
    }
    add({ ...file, label: file.path, sheet: schema.name, read: (s, settings, options) => readCsv(csv, file.path, s, settings, options) }, schema);
  }
  return opened;
}

/**
 * Plain UTF-8 files are read once, decoded as their rows flow to the checks. A file found not to be plain UTF-8 past its first
 * chunk stops the read, which starts again with that file's encoding decided from all its bytes first, as every other file is:
 * nothing of the stopped read is kept, so the result is the same either way ("never guess silently").
 */
export function loadWorkbook(paths: readonly string[], options: LoadOptions = {}): LoadedWorkbook {
  const decideFirst = new Set<string>();
  for (;;) {
    try {
      return loadOnce(paths, options, decideFirst);
    } catch (error) {
      if (!(error instanceof NotPlainUtf8) || decideFirst.has(error.path)) throw error;
      decideFirst.add(error.path);
    }
  }
}

function loadOnce(paths: readonly string[], options: LoadOptions, decideFirst: ReadonlySet<string>): LoadedWorkbook {
  const unusable: Issue[] = [];
  // A workbook's own findings: hidden and extra worksheets (warnings), error values and merged headers at their cells.
  const found: Issue[] = [];
  const files = openFiles(paths, unusable, found, decideFirst);
  // A sheet with no rows yet is fine inside a workbook; given alone there is nothing to check.
  const settled = (entry: Opened, sheet: SheetRead): SheetRead => {
    const rest: Issue[] = [];
    for (const issue of sheet.issues) {
      if (issue.code === 'empty-file' || (issue.code === 'no-rows' && entry.direct)) unusable.push(issue);
      else if (issue.code !== 'no-rows') rest.push(issue);
    }
    return { ...sheet, issues: rest };
  };
  const schemaOf = (name: SheetName) => SHEETS.find((s) => s.name === name)!;
  const entryOf = new Map(files.map((f) => [f.sheet, f]));
  let settingsRead: SheetRead | undefined;
  let calls: CallTable | undefined;
  let spends: SpendTable | undefined;
  let check: WorkbookCheck | undefined;
  const checkWith = (settings: Settings): WorkbookCheck => {
    if (check) return check;
    check = createWorkbookCheck(new Set(files.map((f) => f.sheet)), settings);
    // The Settings sheet's own rows are checked too (each key once), before any other sheet's.
    if (settingsRead) {
      for (const row of settingsRead.rows) check.row(row, settingsRead);
      check.sheetDone('settings');
    }
    return check;
  };
  // Settings first, then the rest in SHEET_ORDER (what a reference points to comes first), each streamed through the checks.
  const { settings, settingsIssues, sheets: read } = readSettingsFirst(SHEET_ORDER.filter((name) => entryOf.has(name)), (name, known) => {
    const entry = entryOf.get(name)!;
    if (name === 'settings') return settingsRead = settled(entry, entry.read(schemaOf(name), known, { listLang: options.listLang?.settings }));
    const sink = checkWith(known);
    const schema = schemaOf(name);
    const callTable = name === 'calls' && options.tables ? createCallTable() : undefined;
    const spendTable = name === 'points' && options.tables ? createSpendTable() : undefined;
    // A whole record goes into its table, a row that is not one by its line only (it has an issue); the checks see every row.
    const into = <N extends 'calls' | 'points'>(sheet: N, table: TableSink<SheetRecords[N]>): ReadGridOptions['onRow'] => (row, head) => {
      sink.row(row, head);
      if (isRecordOf(sheet, schema, row.values)) table.add(row.values, row.line);
      else table.skip(row.line);
    };
    const onRow = callTable ? into('calls', callTable) : spendTable ? into('points', spendTable) : sink.row;
    const tabled = callTable !== undefined || spendTable !== undefined;
    const sheet = entry.read(schema, known, { listLang: options.listLang?.[name], keepRows: tabled ? false : options.keepRows, onRow });
    if (callTable) calls = callTable.finish();
    if (spendTable) spends = spendTable.finish();
    sink.sheetDone(name);
    return settled(entry, sheet);
  }, (sheet) => sheet);
  // Listed in the files' order, as before (Settings first).
  const sheets: Partial<Record<SheetName, SheetRead>> = read.settings ? { settings: read.settings } : {};
  for (const entry of files) sheets[entry.sheet] = read[entry.sheet];

  const [warnings, issues] = partition([
    ...found,
    ...Object.values(sheets).flatMap((s) => s.issues),
    ...settingsIssues,
    ...checkWith(settings).finish(),
  ], isWarning);
  return { sheets, settings, issues: sortIssues(issues), warnings: sortIssues(warnings), unusable: sortIssues(unusable), ...(calls ? { calls } : {}), ...(spends ? { spends } : {}) };
}

/** A table the report's read fills (shared/sheet/call-table, spend-table). */
interface TableSink<R> {
  add(record: R, line: number): void;
  skip(line: number): void;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}
