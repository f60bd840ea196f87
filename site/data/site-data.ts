// The dataset the site is built from: read once per build through the shared reader and checks, bad rows stopping the build or left out.
import { loadWorkbook } from '../../cli/load-workbook';
import { formatIssue, type Issue } from '../../shared/issue';
import { dataMonths } from '../../shared/report/months';
import type { ReportData, ReportOptions } from '../../shared/report/types';
import type { SheetRead } from '../../shared/csv/read-sheet';
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
}

export interface SiteData {
  folder: string;
  data: ReportData;
  settings: Settings;
  options: ReportOptions;
  /** Every month with data, ascending. */
  months: string[];
  /** Data rows the report was built from. */
  rows: number;
  leftOut: LeftOut;
}

export function readSiteEnv(env: Record<string, string | undefined>): SiteEnv {
  const min = env['KEFU_MIN_GROUP']?.trim();
  if (min && !/^[1-9]\d*$/.test(min)) throw new Error(`KEFU_MIN_GROUP must be a whole number of 1 or more, not "${min}".`);
  return {
    folder: env['KEFU_DATA']?.trim() || 'data/sample',
    leaveOut: env['KEFU_LEAVE_OUT'] === '1',
    pseudonymise: env['KEFU_PSEUDONYMISE'] === '1',
    minGroupSize: min ? Number(min) : undefined,
  };
}

function stop(headline: string, issues: readonly Issue[], hint: string): never {
  throw new Error([headline, ...issues.map((i) => formatIssue(i)), hint].join('\n'));
}

const rowsOf = <T>(sheet: SheetRead | undefined): T[] => (sheet?.rows ?? []).map((r) => r.values as unknown as T);

export function loadSiteData(env: SiteEnv): SiteData {
  const workbook = loadWorkbook([env.folder]);
  if (workbook.unusable.length > 0) {
    stop(`The site was not built: ${workbook.unusable.length} input(s) in ${env.folder} cannot be read at all:`, workbook.unusable,
      'Fix or re-export these files and build again (KEFU_LEAVE_OUT=1 does not help: it leaves out rows, not files).');
  }
  let sheets: Partial<Record<SheetName, SheetRead>> = workbook.sheets;
  let leftOut = NOTHING_LEFT_OUT;
  if (workbook.issues.length > 0) {
    if (!env.leaveOut) {
      stop(`The site was not built: the data in ${env.folder} has ${workbook.issues.length} problem(s) (the same list as \`kefu check ${env.folder}\`):`,
        workbook.issues,
        'Fix them and build again, or build with KEFU_LEAVE_OUT=1 to leave the rows with problems out (every page then says how many rows were left out and why).');
    }
    const result = leaveOutRows(workbook.sheets, workbook.issues);
    if (result.notOnARow.length > 0) {
      stop(`The site was not built: ${result.notOnARow.length} problem(s) in ${env.folder} are not on a data row, so leaving rows out cannot fix them:`,
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
  const settings = workbook.settings;
  const options: ReportOptions = {
    minGroupSize: env.minGroupSize ?? settings.report.minGroupSize,
    pseudonymiseAgents: env.pseudonymise,
  };
  const rows = Object.values(data).reduce((sum, list) => sum + list.length, 0);
  return { folder: env.folder, data, settings, options, months: dataMonths(data), rows, leftOut };
}

let memo: SiteData | undefined;

/** The build's one load of the data: every page asks, the first one reads. */
export function siteData(): SiteData {
  memo ??= loadSiteData(readSiteEnv(process.env));
  return memo;
}
