// The report model the site lays out: handed over by `kefu report` (KEFU_MODEL, a JSON file), or read once per build from KEFU_DATA.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { loadWorkbook } from '../../load/load-workbook';
import { readPseudonymKey } from '../../load/pseudonym-key';
import { readStoreFolders } from '../../load/store-list';
import { DataProblem, MODEL_FILE_ENV, readReportEnv, type ReportEnv } from '../../shared/report/report-env';
import { assembleReportInput, type ReportInput } from '../../shared/report/report-input';
import { buildReportModel, type ReportModel } from '../../shared/report/report-model';

export { DataProblem };
/** What the build is told through the environment. */
export type SiteEnv = ReportEnv;
export type SiteData = ReportInput;
export const readSiteEnv = readReportEnv;

/** The pseudonym key from KEFU_PSEUDONYM_KEY or the user's config folder (made there once); kept in memory, never written to the site. */
function userPseudonymKey(): string {
  const { key, source, file } = readPseudonymKey(process.env, homedir());
  // Said once, when made: the same pseudonyms next month need this same key (on CI, as KEFU_PSEUDONYM_KEY).
  if (source === 'created') console.warn(`Kefu made a pseudonym key in ${file}: keep it, or 客服 A … and 学员 1 … change; on CI set KEFU_PSEUDONYM_KEY.`);
  return key;
}

/** The folder (or each store's folder) read and checked once, as the report's input. */
export function loadSiteData(env: SiteEnv, pseudonymKey: () => string = userPseudonymKey): SiteData {
  const read = readStoreFolders(env.folder, (folder) => loadWorkbook([folder], { tables: true }));
  if (!read.ok) throw new DataProblem(`The site was not built: ${read.problem.en}.`);
  return assembleReportInput(env.folder, read.folders, env, pseudonymKey);
}

/** Set by astro.config.mjs for `astro build`: a data problem ends the build after its message (dev shows Astro's overlay). */
export const STOP_ON_DATA_PROBLEM = 'KEFU_STOP_ON_DATA_PROBLEM';

function loadOrStop(): ReportModel {
  const given = process.env[MODEL_FILE_ENV]?.trim();
  if (given) return JSON.parse(readFileSync(given, 'utf8')) as ReportModel;
  try {
    return buildReportModel(loadSiteData(readSiteEnv(process.env)));
  } catch (error) {
    if (!(error instanceof DataProblem) || process.env[STOP_ON_DATA_PROBLEM] !== '1') throw error;
    // The file:line:column list is the whole message: Astro's stack trace after it would only bury it.
    process.stderr.write(`\n\n${error.message}\n`);
    process.exit(1);
  }
}

let memo: ReportModel | undefined;

/** The build's one report model: every page asks, the first one reads. */
export function siteModel(): ReportModel {
  memo ??= loadOrStop();
  return memo;
}
