// Files and folders on disk → a checked workbook: every sheet read, Settings applied, all issues collected.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { checkWorkbook } from '../shared/check/check-workbook';
import { detectSheet } from '../shared/csv/detect-sheet';
import { readSettings } from '../shared/csv/read-settings';
import { readSheet, type BadBytes, type SheetRead } from '../shared/csv/read-sheet';
import { isWarning, issueAt, sortIssues, type Issue, type Lang } from '../shared/issue';
import { SHEETS } from '../shared/schema';
import type { SheetName } from '../shared/schema/types';
import { defaultSettings, type Settings } from '../shared/settings';
import { decodeCsvBytes, refuseFile } from './read-csv-file';

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

/** The file's bytes, or undefined with an unusable issue when it cannot be read or is over the size limit (judged before reading). */
function readWithinLimit(path: string, unusable: Issue[]): Uint8Array | undefined {
  const refused = refuseFile(path);
  if (refused) {
    unusable.push(fileIssue(path, refused.code, refused.message, refused.messageZh));
    return undefined;
  }
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    unusable.push(fileIssue(path, 'unreadable-file', `the file cannot be read (${code})`, `无法读取该文件（${code}）`));
    return undefined;
  }
}

/** `listLang`: per sheet, the language to name allowed values in when the files' headers are not the user's (an export). */
export function loadWorkbook(paths: readonly string[], options: { listLang?: Partial<Record<SheetName, Lang>> } = {}): LoadedWorkbook {
  const unusable: Issue[] = [];
  const texts: { path: string; direct: boolean; text: string; badBytes: BadBytes[]; sheet: SheetName }[] = [];
  const seen = new Map<SheetName, string>();
  for (const file of paths.flatMap((p) => listFiles(p, unusable))) {
    const bytes = readWithinLimit(file.path, unusable);
    if (!bytes) continue;
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) {
      unusable.push(fileIssue(file.path, decoded.code, decoded.message, decoded.messageZh));
      continue;
    }
    const schema = detectSheet(basename(file.path), decoded.text);
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
    texts.push({ ...file, text: decoded.text, badBytes: decoded.badBytes, sheet: schema.name });
  }

  const read = (entry: (typeof texts)[number], settings: Settings): SheetRead => {
    const sheet = readSheet(entry.text, entry.path, SHEETS.find((s) => s.name === entry.sheet)!, settings, entry.badBytes, options.listLang?.[entry.sheet]);
    // A sheet with no rows yet is fine inside a workbook; given alone there is nothing to check.
    const [empty, rest] = partition(sheet.issues, (i) => i.code === 'empty-file' || (i.code === 'no-rows' && entry.direct));
    unusable.push(...empty);
    return { ...sheet, issues: rest.filter((i) => i.code !== 'no-rows') };
  };

  const settingsEntry = texts.find((t) => t.sheet === 'settings');
  const settingsRead = settingsEntry ? read(settingsEntry, defaultSettings()) : undefined;
  const { settings, issues: settingsIssues } = readSettings(settingsRead);
  const sheets: Partial<Record<SheetName, SheetRead>> = settingsRead ? { settings: settingsRead } : {};
  for (const entry of texts) if (entry.sheet !== 'settings') sheets[entry.sheet] = read(entry, settings);

  const [warnings, issues] = partition([
    ...Object.values(sheets).flatMap((s) => s.issues),
    ...settingsIssues,
    ...checkWorkbook(sheets, settings),
  ], isWarning);
  return { sheets, settings, issues: sortIssues(issues), warnings: sortIssues(warnings), unusable: sortIssues(unusable) };
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((i) => !test(i))];
}
