// The dataset the site is built from: read once per build through the shared reader and checks, bad rows stopping the build or left out.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadWorkbook } from '../../load/load-workbook';
import { readPseudonymKey } from '../../load/pseudonym-key';
import { readStoreList } from '../../load/store-list';
import { formatIssue, type Issue } from '../../shared/issue';
import { dataMonths } from '../../shared/report/months';
import { chooseReportMonth } from '../../shared/report/report-month';
import { combineStores } from '../../shared/report/stores';
import type { ReportData, ReportOptions } from '../../shared/report/types';
import type { SheetRead } from '../../shared/csv/read-sheet';
import type { Note } from '../../shared/schema/notes';
import type { SheetName } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { leaveOutRows, NOTHING_LEFT_OUT, type LeftOut } from './leave-out';

/** What the build is told through the environment. */
export interface SiteEnv {
  /** Folder of CSV exports (KEFU_DATA). */
  folder: string;
  /** KEFU_LEAVE_OUT=1: leave rows with issues out instead of stopping. */
  leaveOut: boolean;
  /** KEFU_PSEUDONYMISE=1: agents as "客服 A", "客服 B" …. */
  pseudonymise: boolean;
  /** KEFU_MIN_GROUP: overrides Settings' report.minGroupSize. */
  minGroupSize: number | undefined;
  /** KEFU_NAME_TRAINEES=1: trainees and mentors by name (by default 学员 1 … and 客服 A …). */
  nameTrainees: boolean;
  /** KEFU_MONTH: the month the overview and topic pages show (default: the newest ended month with data). */
  month: string | undefined;
  /** KEFU_TODAY or the clock, YYYY-MM-DD: picks the default month and marks a month still in progress as partial. */
  today: string;
}

/** One store of a multi-store export (a folder beside stores.json). */
export interface SiteStore {
  label: string;
  folder: string;
  data: ReportData;
  settings: Settings;
}

export interface SiteData {
  folder: string;
  /** The stores of a multi-store folder, in stores.json order; empty for a single workbook. */
  stores: SiteStore[];
  /** True when the stores' Settings differ: the combined pages use the first store's. */
  settingsDiffer: boolean;
  data: ReportData;
  settings: Settings;
  options: ReportOptions;
  /** Every month with data, ascending. */
  months: string[];
  /** Data rows the report was built from. */
  rows: number;
  /** The month the overview and topic pages show, and whether it is still in progress (see chooseReportMonth). */
  reportMonth: { month: string | undefined; partial: boolean };
  /** Today (YYYY-MM-DD), from KEFU_TODAY or the clock. */
  today: string;
  /** The supervisor's 月度备注 by month, as written; with several stores each note starts with its store's label. */
  notes: Map<string, string[]>;
  leftOut: LeftOut;
}

export function readSiteEnv(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): SiteEnv {
  const min = env['KEFU_MIN_GROUP']?.trim();
  if (min && !/^[1-9]\d*$/.test(min)) throw new DataProblem(`KEFU_MIN_GROUP must be a whole number of 1 or more, not "${min}".`);
  const today = env['KEFU_TODAY']?.trim() || clock().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new DataProblem(`KEFU_TODAY must be YYYY-MM-DD, not "${today}".`);
  return {
    folder: env['KEFU_DATA']?.trim() || 'data/sample',
    leaveOut: env['KEFU_LEAVE_OUT'] === '1',
    pseudonymise: env['KEFU_PSEUDONYMISE'] === '1',
    minGroupSize: min ? Number(min) : undefined,
    nameTrainees: env['KEFU_NAME_TRAINEES'] === '1',
    month: env['KEFU_MONTH']?.trim() || undefined,
    today,
  };
}

/** Bad data or settings, not a bug: an `astro build` prints its message alone and stops, with no stack trace (siteData). */
export class DataProblem extends Error {}

function stop(headline: string, issues: readonly Issue[], hint: string): never {
  throw new DataProblem([headline, ...issues.map((i) => formatIssue(i)), hint].join('\n'));
}

const rowsOf = <T>(sheet: SheetRead | undefined): T[] => (sheet?.rows ?? []).map((r) => r.values as unknown as T);

/** The store labels of stores.json in the folder (each checked as `--store` labels are), or undefined when there is none. */
export function readStoreLabels(folder: string): string[] | undefined {
  const list = readStoreList(folder);
  if (!list.ok) throw new DataProblem(`The site was not built: ${list.problem.en}.`);
  return list.stores?.map((s) => s.label);
}

interface FolderData {
  data: ReportData;
  settings: Settings;
  leftOut: LeftOut;
  notes: Note[];
}

/** One folder of CSVs, checked: problems stop the build, or with KEFU_LEAVE_OUT=1 their rows are left out. */
function loadFolder(folder: string, leaveOut: boolean): FolderData {
  const workbook = loadWorkbook([folder]);
  if (workbook.unusable.length > 0) {
    stop(`The site was not built: ${workbook.unusable.length} input(s) in ${folder} cannot be read at all:`, workbook.unusable,
      'Fix or re-export these files and build again (KEFU_LEAVE_OUT=1 does not help: it leaves out rows, not files).');
  }
  let sheets: Partial<Record<SheetName, SheetRead>> = workbook.sheets;
  let leftOut = NOTHING_LEFT_OUT;
  if (workbook.issues.length > 0) {
    if (!leaveOut) {
      stop(`The site was not built: the data in ${folder} has ${workbook.issues.length} problem(s) (the same list as \`kefu check ${folder}\`):`,
        workbook.issues,
        'Fix them and build again, or build with KEFU_LEAVE_OUT=1 to leave the rows with problems out (every page then says how many rows were left out and why).');
    }
    const result = leaveOutRows(workbook.sheets, workbook.issues);
    if (result.notOnARow.length > 0) {
      stop(`The site was not built: ${result.notOnARow.length} problem(s) in ${folder} are not on a data row, so leaving rows out cannot fix them:`,
        result.notOnARow, 'Fix them and build again.');
    }
    sheets = result.sheets;
    leftOut = result.leftOut;
  }

  const data: ReportData = {
    customers: rowsOf(sheets.customers),
    calls: rowsOf(sheets.calls),
    complaints: rowsOf(sheets.complaints),
    qaAudits: rowsOf(sheets.qaAudits),
    training: rowsOf(sheets.training),
    points: rowsOf(sheets.points),
  };
  return { data, settings: workbook.settings, leftOut, notes: rowsOf<Note>(sheets.notes) };
}

/** The left-out counts of several stores added up, most first. */
function addLeftOut(all: readonly LeftOut[]): LeftOut {
  const counts = new Map<string, number>();
  for (const l of all) for (const { code, rows } of l.byCode) counts.set(code, (counts.get(code) ?? 0) + rows);
  const byCode = [...counts].map(([code, rows]) => ({ code, rows }))
    .sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows: all.reduce((sum, l) => sum + l.rows, 0), byCode };
}

/** The pseudonym key from KEFU_PSEUDONYM_KEY or the user's config folder (made there once); kept in memory, never written to the site. */
function userPseudonymKey(): string {
  const { key, source, file } = readPseudonymKey(process.env, homedir());
  // Said once, when made: the same pseudonyms next month need this same key (on CI, as KEFU_PSEUDONYM_KEY).
  if (source === 'created') console.warn(`Kefu made a pseudonym key in ${file}: keep it, or 客服 A … and 学员 1 … change; on CI set KEFU_PSEUDONYM_KEY.`);
  return key;
}

function notesByMonth(notes: readonly Note[]): Map<string, string[]> {
  const byMonth = new Map<string, string[]>();
  for (const { month, text } of notes) byMonth.set(month, [...(byMonth.get(month) ?? []), text]);
  return byMonth;
}

export function loadSiteData(env: SiteEnv, pseudonymKey: () => string = userPseudonymKey): SiteData {
  const labels = readStoreLabels(env.folder);
  let data: ReportData;
  let settings: Settings;
  let leftOut: LeftOut;
  let stores: SiteStore[] = [];
  let settingsDiffer = false;
  let notes: Note[];
  if (labels) {
    const loaded = labels.map((label) => ({ label, folder: join(env.folder, label), ...loadFolder(join(env.folder, label), env.leaveOut) }));
    stores = loaded.map(({ label, folder, data: d, settings: s }) => ({ label, folder, data: d, settings: s }));
    data = combineStores(stores);
    settings = loaded[0]!.settings;
    settingsDiffer = loaded.some((l) => JSON.stringify(l.settings) !== JSON.stringify(settings));
    leftOut = addLeftOut(loaded.map((l) => l.leftOut));
    notes = loaded.flatMap((l) => l.notes.map((n) => ({ month: n.month, text: `${l.label}: ${n.text}` })));
  } else {
    ({ data, settings, leftOut, notes } = loadFolder(env.folder, env.leaveOut));
  }
  const options: ReportOptions = {
    minGroupSize: env.minGroupSize ?? settings.report.minGroupSize,
    pseudonymiseAgents: env.pseudonymise,
    nameTrainees: env.nameTrainees,
    // A key only when something is pseudonymised: trainees are by default, agents when asked.
    ...(env.pseudonymise || !env.nameTrainees ? { pseudonymKey: pseudonymKey() } : {}),
  };
  const rows = Object.values(data).reduce((sum, list) => sum + list.length, 0);
  const months = dataMonths(data);
  const chosen = chooseReportMonth(months, env.today, env.month);
  if (!chosen.ok) throw new Error(`The site was not built: ${chosen.problem.en}`);
  return {
    folder: env.folder, stores, settingsDiffer, data, settings, options, months, rows, leftOut,
    reportMonth: { month: chosen.month, partial: chosen.partial }, today: env.today, notes: notesByMonth(notes),
  };
}

let memo: SiteData | undefined;

/** Set by astro.config.mjs for `astro build`: a data problem ends the build after its message (dev shows Astro's overlay). */
export const STOP_ON_DATA_PROBLEM = 'KEFU_STOP_ON_DATA_PROBLEM';

function loadOrStop(): SiteData {
  try {
    return loadSiteData(readSiteEnv(process.env));
  } catch (error) {
    if (!(error instanceof DataProblem) || process.env[STOP_ON_DATA_PROBLEM] !== '1') throw error;
    // The file:line:column list is the whole message: Astro's stack trace after it would only bury it.
    process.stderr.write(`\n\n${error.message}\n`);
    process.exit(1);
  }
}

/** The build's one load of the data: every page asks, the first one reads. */
export function siteData(): SiteData {
  memo ??= loadOrStop();
  return memo;
}
