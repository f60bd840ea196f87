// Each folder's checked workbook → the rows a report is built from: problems stop it, or (leaveOut) their rows are left out; several stores combined.
import type { CallTable } from '../sheet/call-table';
import { entryCount, type SpendTable } from '../sheet/spend-table';
import type { SheetRead } from '../sheet/sheet-read';
import { recordsOf } from '../sheet/records';
import { formatIssue, type Issue } from '../issue';
import type { Note } from '../schema/notes';
import type { SheetName } from '../schema/types';
import type { Settings } from '../settings';
import { leaveOutRows, NOTHING_LEFT_OUT, type LeftOut, type ReadTables } from './leave-out';
import { dataMonths } from './months';
import { DataProblem, type ReportEnv } from './report-env';
import { chooseReportMonth } from './report-month';
import { combineStores } from './stores';
import type { ReportData, ReportOptions } from './types';

/** What the loader hands over for one folder (load/load-workbook's result, as far as a report needs it). */
export interface CheckedWorkbook {
  sheets: Partial<Record<SheetName, SheetRead>>;
  settings: Settings;
  issues: Issue[];
  unusable: Issue[];
  /** The calls as the loader's table (LoadOptions.tables), else they are the calls sheet's rows. */
  calls?: CallTable;
  /** The points ledger's spends as the loader's table (LoadOptions.tables), else the ledger is the points sheet's rows. */
  spends?: SpendTable;
}

/** One folder's workbook; `label` when it is a store of a multi-store export (stores.json). */
export interface CheckedFolder {
  folder: string;
  label?: string;
  workbook: CheckedWorkbook;
}

/** One store of a multi-store export (a folder beside stores.json). */
export interface ReportStore {
  label: string;
  folder: string;
  data: ReportData;
  settings: Settings;
}

export interface ReportInput {
  folder: string;
  /** The stores of a multi-store folder, in stores.json order; empty for a single workbook. */
  stores: ReportStore[];
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

function stop(headline: string, issues: readonly Issue[], hint: string): never {
  throw new DataProblem([headline, ...issues.map((i) => formatIssue(i)), hint].join('\n'));
}

// The reader types each cell by its schema; the record types are those schemas' rows.

interface FolderData {
  data: ReportData;
  settings: Settings;
  leftOut: LeftOut;
  notes: Note[];
}

/** One folder's rows: problems stop the build, or with leaveOut their rows are left out. */
function folderData({ folder, workbook }: CheckedFolder, leaveOut: boolean): FolderData {
  if (workbook.unusable.length > 0) {
    stop(`The site was not built: ${workbook.unusable.length} input(s) in ${folder} cannot be read at all:`, workbook.unusable,
      'Fix or re-export these files and build again (KEFU_LEAVE_OUT=1 does not help: it leaves out rows, not files).');
  }
  let sheets = workbook.sheets;
  let tables: ReadTables = { calls: workbook.calls, spends: workbook.spends };
  let leftOut = NOTHING_LEFT_OUT;
  if (workbook.issues.length > 0) {
    if (!leaveOut) {
      stop(`The site was not built: the data in ${folder} has ${workbook.issues.length} problem(s) (the same list as \`kefu check ${folder}\`):`,
        workbook.issues,
        'Fix them and build again, or build with KEFU_LEAVE_OUT=1 to leave the rows with problems out (every page then says how many rows were left out and why).');
    }
    const result = leaveOutRows(workbook.sheets, workbook.issues, tables);
    if (result.notOnARow.length > 0) {
      stop(`The site was not built: ${result.notOnARow.length} problem(s) in ${folder} are not on a data row, so leaving rows out cannot fix them:`,
        result.notOnARow, 'Fix them and build again.');
    }
    sheets = result.sheets;
    tables = result.tables;
    leftOut = result.leftOut;
  }
  return { data: reportDataOf({ sheets, ...tables }), settings: workbook.settings, leftOut, notes: recordsOf(sheets.notes, 'notes') };
}

/** A checked workbook's records, the calls and the points ledger as the loader's tables when it made them. */
export function reportDataOf({ sheets, calls, spends }: Pick<CheckedWorkbook, 'sheets' | 'calls' | 'spends'>): ReportData {
  return {
    customers: recordsOf(sheets.customers, 'customers'),
    calls: calls ?? recordsOf(sheets.calls, 'calls'),
    complaints: recordsOf(sheets.complaints, 'complaints'),
    qaAudits: recordsOf(sheets.qaAudits, 'qaAudits'),
    training: recordsOf(sheets.training, 'training'),
    points: spends ?? recordsOf(sheets.points, 'points'),
  };
}

/** The left-out counts of several stores added up, most first. */
function addLeftOut(all: readonly LeftOut[]): LeftOut {
  const counts = new Map<string, number>();
  for (const l of all) for (const { code, rows } of l.byCode) counts.set(code, (counts.get(code) ?? 0) + rows);
  const byCode = [...counts].map(([code, rows]) => ({ code, rows }))
    .sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows: all.reduce((sum, l) => sum + l.rows, 0), byCode };
}

function notesByMonth(notes: readonly Note[]): Map<string, string[]> {
  const byMonth = new Map<string, string[]>();
  for (const { month, text } of notes) byMonth.set(month, [...(byMonth.get(month) ?? []), text]);
  return byMonth;
}

/**
 * The report's input from `folders`: one unlabelled folder, or every store of a multi-store export (labelled, in
 * stores.json order). `pseudonymKey` is asked only when something is pseudonymised. Throws DataProblem on bad data.
 */
export function assembleReportInput(folder: string, folders: readonly CheckedFolder[], env: ReportEnv, pseudonymKey: () => string): ReportInput {
  let data: ReportData;
  let settings: Settings;
  let leftOut: LeftOut;
  let stores: ReportStore[] = [];
  let settingsDiffer = false;
  let notes: Note[];
  if (folders.some((f) => f.label !== undefined)) {
    const loaded = folders.map((f) => ({ label: f.label ?? '', folder: f.folder, ...folderData(f, env.leaveOut) }));
    stores = loaded.map(({ label, folder: f, data: d, settings: s }) => ({ label, folder: f, data: d, settings: s }));
    data = combineStores(stores);
    settings = loaded[0]!.settings;
    settingsDiffer = loaded.some((l) => JSON.stringify(l.settings) !== JSON.stringify(settings));
    leftOut = addLeftOut(loaded.map((l) => l.leftOut));
    notes = loaded.flatMap((l) => l.notes.map((n) => ({ month: n.month, text: `${l.label}: ${n.text}` })));
  } else {
    ({ data, settings, leftOut, notes } = folderData(folders[0]!, env.leaveOut));
  }
  const options: ReportOptions = {
    minGroupSize: env.minGroupSize ?? settings.report.minGroupSize,
    pseudonymiseAgents: env.pseudonymise,
    nameTrainees: env.nameTrainees,
    // A key only when something is pseudonymised: trainees are by default, agents when asked.
    ...(env.pseudonymise || !env.nameTrainees ? { pseudonymKey: pseudonymKey() } : {}),
  };
  const { points, ...sheets } = data;
  const rows = Object.values(sheets).reduce((sum: number, list: { length: number }) => sum + list.length, entryCount(points));
  const months = dataMonths(data);
  const chosen = chooseReportMonth(months, env.today, env.month);
  if (!chosen.ok) throw new Error(`The site was not built: ${chosen.problem.en}`);
  return {
    folder, stores, settingsDiffer, data, settings, options, months, rows, leftOut,
    reportMonth: { month: chosen.month, partial: chosen.partial }, today: env.today, notes: notesByMonth(notes),
  };
}
