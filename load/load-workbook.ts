// Files and folders on disk → a checked workbook in one pass: Settings first, then each sheet streamed through the checks.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createWorkbookCheck, type WorkbookCheck } from '../shared/check/check-workbook';
import { detectSheet } from '../shared/csv/detect-sheet';
import { isWarning, issueAt, sortIssues, type Issue, type Lang } from '../shared/issue';
import { SHEETS } from '../shared/schema';
import type { SheetName } from '../shared/schema/types';
import type { Settings } from '../shared/settings';
import { readSettingsFirst, SHEET_ORDER } from '../shared/sheet/read-workbook';
import type { SheetRead } from '../shared/sheet/sheet-read';
import { openCsvFile, readCsv, type CsvFile } from './csv-file';

export interface LoadedWorkbook {
  sheets: Partial<Record<SheetName, SheetRead>>;
  settings: Settings;
  /** Problems in the data: exit 1. */
  issues: Issue[];
  /** Worth a look but not wrong data (a call in quiet hours): reported, exit unchanged, no row left out. */
  warnings: Issue[];
  /** Input that cannot be checked at all (missing, empty, not CSV): exit 2. */
  unusable: Issue[];
}

export interface LoadOptions {
  /** Per sheet, the language to name allowed values in when the files' headers are not the user's (an export). */
  listLang?: Partial<Record<SheetName, Lang>>;
  /** Keep every sheet's rows (the report and summary need them); `kefu check` does not, and its memory stays flat in rows. */
  keepRows?: boolean;
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
  const files = readdirSync(path).filter((f) => f.toLowerCase().endsWith('.csv')).sort().map((f) => ({ path: join(path, f), direct: false }));
  if (files.length === 0) unusable.push(fileIssue(path, 'empty-folder', 'this folder has no .csv files', '该文件夹中没有 .csv 文件'));
  return files;
}

type Opened = { path: string; direct: boolean; csv: Extract<CsvFile, { ok: true }>; sheet: SheetName };

/** Each file opened (its encoding decided, its head read) and told which sheet it is; nothing else is read yet. */
function openFiles(paths: readonly string[], unusable: Issue[]): Opened[] {
  const opened: Opened[] = [];
  const seen = new Map<SheetName, string>();
  for (const file of paths.flatMap((p) => listFiles(p, unusable))) {
    const csv = openCsvFile(file.path);
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
    const other = seen.get(schema.name);
    if (other) {
      unusable.push(fileIssue(file.path, 'duplicate-sheet', `holds the ${schema.en} sheet, which ${other} already holds`, `与 ${other} 同为"${schema.zh}"表`));
      continue;
    }
    seen.set(schema.name, file.path);
    opened.push({ ...file, csv, sheet: schema.name });
  }
  return opened;
}

export function loadWorkbook(paths: readonly string[], options: LoadOptions = {}): LoadedWorkbook {
  const unusable: Issue[] = [];
  const files = openFiles(paths, unusable);
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
    if (name === 'settings') return settingsRead = settled(entry, readCsv(entry.csv, entry.path, schemaOf(name), known, { listLang: options.listLang?.settings }));
    const sink = checkWith(known);
    const sheet = readCsv(entry.csv, entry.path, schemaOf(name), known, { listLang: options.listLang?.[name], keepRows: options.keepRows, onRow: sink.row });
    sink.sheetDone(name);
    return settled(entry, sheet);
  }, (sheet) => sheet);
  // Listed in the files' order, as before (Settings first).
  const sheets: Partial<Record<SheetName, SheetRead>> = read.settings ? { settings: read.settings } : {};
  for (const entry of files) sheets[entry.sheet] = read[entry.sheet];

  const [warnings, issues] = partition([
    ...Object.values(sheets).flatMap((s) => s.issues),
    ...settingsIssues,
    ...checkWith(settings).finish(),
  ], isWarning);
  return { sheets, settings, issues: sortIssues(issues), warnings: sortIssues(warnings), unusable: sortIssues(unusable) };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}
