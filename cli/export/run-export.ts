// `kefu export`: read Kefu workbooks through the Sheets API, check them as they are read, write their CSVs beside --out, and swap them in only when clean.
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { formatIssue, sortIssues, type Issue, type Lang } from '../../shared/issue';
import type { Output } from '../check';
import { nextAfterExport } from '../next-step';
import { countOf } from '../../shared/plural';
import { convertWorkbook, type ConvertedSheet } from './convert-workbook';
import { resolveCredentials, type ResolvedCredentials } from './credentials';
import { ExportFailure, say } from './export-failure';
import type { DesktopSignIn } from './oauth-desktop';
import { DEFAULT_LIMITS, type RequestLimits } from './plan-requests';
import { readWorkbookValues } from './read-workbook-values';
import { DEFAULT_RETRY, networkCodeOf, statusOf, type RetryNotice, type RetryPolicy } from './retry';
import { outFolderProblem, replaceFolder } from './safe-write';
import { createSheetsApi } from './sheets-client';
import { defaultConfigDir } from '../../load/config-dir';
import { STORES_FILE } from '../../load/store-list';
import { pairStores, type Store } from './store-labels';

/** The command line as parsed by cli/main.ts. */
export interface ExportArgs {
  spreadsheet?: readonly string[];
  store?: readonly string[];
  out?: string;
  oauthClient?: string;
  lang: Lang;
  /** false when another command goes on with the export (kefu report): no "next:" line then. */
  nextStep?: boolean;
}

/** The process edge, replaceable in tests; every field defaults to the real thing. */
export interface ExportDeps {
  /** Ready-made credentials; otherwise found from --oauth-client, the environment and gcloud's file. */
  credentials?: ResolvedCredentials;
  /** The Sheets API's root, e.g. http://127.0.0.1:PORT/ for a local fake. */
  rootUrl?: string;
  retry?: Partial<RetryPolicy>;
  limits?: Partial<RequestLimits>;
  env?: NodeJS.ProcessEnv;
  home?: string;
  configDir?: string;
  oauthEndpoints?: DesktopSignIn['endpoints'];
  signInTimeoutMs?: number;
  now?: () => Date;
}

export interface StoreEntry {
  label: string;
  spreadsheetId: string;
  exportedAt: string;
}

function describeError(error: unknown): string {
  const status = statusOf(error);
  return status !== undefined ? String(status) : networkCodeOf(error) ?? 'error';
}

function retryLine(notice: RetryNotice, call: string, lang: Lang): string {
  const seconds = (notice.delayMs / 1000).toFixed(1);
  return say(lang, {
    en: `Sheets API ${call} failed (${describeError(notice.error)}); trying again in ${seconds} s (attempt ${notice.attempt + 1} of ${notice.attempts})`,
    zh: `Sheets API ${call} 失败（${describeError(notice.error)}）；${seconds} 秒后重试（第 ${notice.attempt + 1} 次，共 ${notice.attempts} 次）`,
  });
}

interface StoreResult {
  store: Store;
  folder: string;
  sheets: ConvertedSheet[];
  issues: Issue[];
  rows: number;
}

/** Orders issues as the workbook's sheets are ordered, then by row and column. */
function inSheetOrder(issues: readonly Issue[], sheets: readonly ConvertedSheet[]): Issue[] {
  const order = (i: Issue) => sheets.findIndex((s) => s.title === i.sheet);
  return [...sortIssues(issues)].sort((a, b) => order(a) - order(b));
}

export async function runExport(args: ExportArgs, io: Output, deps: ExportDeps = {}): Promise<number> {
  const lang = args.lang;
  const fail = (text: { en: string; zh: string }): number => {
    io.err(`kefu export: ${say(lang, text)}`);
    return 2;
  };
  const paired = pairStores(args.spreadsheet ?? [], args.store ?? []);
  if (!paired.ok) return fail(paired.problem);
  if (!args.out) return fail({ en: 'name the folder to write with --out <folder>', zh: '请用 --out <文件夹> 指定写入的文件夹' });
  const outProblem = outFolderProblem(args.out, 'export');
  if (outProblem) return fail(outProblem);

  const { stores } = paired;
  const multi = stores.length > 1;
  const env = deps.env ?? process.env;
  const home = deps.home ?? homedir();
  const limits: RequestLimits = { ...DEFAULT_LIMITS, ...deps.limits };
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...deps.retry };
  const now = deps.now ?? (() => new Date());
  const results: StoreResult[] = [];

  try {
    const credentials = deps.credentials ?? await resolveCredentials({
      ...(args.oauthClient ? { oauthClient: args.oauthClient } : {}),
      env,
      home,
      platform: process.platform,
      signIn: {
        configDir: deps.configDir ?? defaultConfigDir(env, home),
        showUrl: (url) => io.err(say(lang, {
          en: `To let Kefu read your spreadsheets, open this URL in a browser and sign in:\n\n  ${url}\n\nWaiting for the sign-in…`,
          zh: `请在浏览器中打开以下网址并登录，以允许 Kefu 读取你的表格：\n\n  ${url}\n\n正在等待登录……`,
        })),
        ...(deps.signInTimeoutMs !== undefined ? { timeoutMs: deps.signInTimeoutMs } : {}),
        ...(deps.oauthEndpoints ? { endpoints: deps.oauthEndpoints } : {}),
      },
    });
    io.err(say(lang, { en: `Reading as ${credentials.description.en}`, zh: `使用${credentials.description.zh}读取` }));
    const api = createSheetsApi({
      auth: credentials.auth,
      account: credentials.account,
      retry,
      ...(deps.rootUrl ? { rootUrl: deps.rootUrl } : {}),
      onRetry: (notice, call) => io.err(retryLine(notice, call, lang)),
    });

    const entries: StoreEntry[] = [];
    const written = await replaceFolder(args.out, 'export', async (temp) => {
      for (const store of stores) {
        const prefix = multi ? `[${store.label}] ` : '';
        const values = await readWorkbookValues(api, store.spreadsheetId, limits).catch((error: unknown) => {
          // With several stores, say which one failed.
          if (!multi || !(error instanceof ExportFailure)) throw error;
          throw new ExportFailure({ en: `${prefix}${error.message}`, zh: `${prefix}${error.zh}` }, error.exit, { cause: error });
        });
        const exportedAt = now().toISOString();
        // Read and checked as `kefu check` checks a folder (the same reader and checks), each issue at its sheet cell.
        const converted = convertWorkbook(values.title || store.spreadsheetId, values.sheets);
        for (const { schema, read } of converted.sheets) {
          io.err(`${prefix}${say(lang, { en: `${schema.zh} ${schema.en}: ${countOf(read.rowCount, 'row')}`, zh: `${schema.zh} ${schema.en}：${read.rowCount} 行` })}`);
        }
        const folder = multi ? join(temp, store.label!) : temp;
        const rows = converted.sheets.reduce((n, s) => n + s.read.rowCount, 0);
        results.push({ store, folder, sheets: converted.sheets, issues: converted.issues, rows });
        if (converted.issues.length > 0) continue;
        await mkdir(folder, { recursive: true });
        for (const sheet of converted.sheets) await writeFile(join(folder, sheet.file), sheet.text, 'utf8');
        entries.push({ label: store.label ?? '', spreadsheetId: store.spreadsheetId, exportedAt });
      }
      if (results.some((r) => r.issues.length > 0)) return false;
      if (multi) await writeFile(join(temp, STORES_FILE), `${JSON.stringify(entries, null, 2)}\n`, 'utf8');
      return true;
    });

    if (!written) {
      const count = results.reduce((n, r) => n + r.issues.length, 0);
      for (const r of results) {
        for (const issue of inSheetOrder(r.issues, r.sheets)) io.out(`${multi ? `[${r.store.label}] ` : ''}${formatIssue(issue, lang)}`);
      }
      io.err(say(lang, {
        en: `Export refused: ${countOf(count, 'issue')} in the spreadsheet${multi ? 's' : ''} (above). Fix them in the sheet and run the export again; ${args.out} is unchanged.`,
        zh: `导出被拒绝：表格中有 ${count} 个问题（见上）。请在表格中修正后重新导出；${args.out} 未被改动。`,
      }));
      return 1;
    }
    const rows = results.reduce((n, r) => n + r.rows, 0);
    for (const r of results) for (const sheet of r.sheets) io.out(join(args.out, multi ? r.store.label! : '', sheet.file));
    if (multi) io.out(join(args.out, STORES_FILE));
    io.err(say(lang, {
      en: `Exported ${countOf(rows, 'row')} from ${countOf(stores.length, 'workbook')} to ${args.out}; kefu check found no issues.`,
      zh: `已从 ${stores.length} 个工作簿导出 ${rows} 行到 ${args.out}；kefu check 未发现问题。`,
    }));
    if (args.nextStep !== false) io.err(nextAfterExport(args.out, multi, lang));
    return 0;
  } catch (error) {
    if (!(error instanceof ExportFailure)) throw error;
    io.err(`kefu export: ${error.text(lang)}`);
    return error.exit;
  }
}
