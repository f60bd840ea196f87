// `kefu report`: export a workbook (or take a folder of CSVs), check it, and build the report site into a folder ready to publish.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../shared/issue';
import { reportWorkbook, type Output } from '../check';
import { ExportFailure, say, type Bilingual } from '../export/export-failure';
import { runExport, type ExportDeps } from '../export/run-export';
import { outFolderProblem } from '../export/safe-write';
import { loadWorkbook, type LoadedWorkbook, type LoadOptions } from '../../load/load-workbook';
import { readStoreFolders } from '../../load/store-list';
import { nextAfterReport } from '../next-step';
import { countOf } from '../../shared/plural';
import { isMonthText } from '../../shared/report/summary';
import { buildSite, PROJECT_ROOT } from './build-site';
import { readBasePath } from '../../load/base-path';
import { builtReportMonths, findChromium, monthToPrint, NO_CHROMIUM, printMonthPdf } from './print-pdf';
import { MODEL_FILE_ENV, writeReportModel } from './report-model-file';

/** The command line as parsed by cli/main.ts. */
export interface ReportArgs {
  spreadsheet?: readonly string[];
  store?: readonly string[];
  /** A folder of CSVs (or a multi-store export) instead of --spreadsheet. */
  from?: string;
  /** Where to keep the export made from --spreadsheet; a temporary folder, removed afterwards, when absent. */
  data?: string;
  out?: string;
  oauthClient?: string;
  /** The path the site will be served under (--base), e.g. /kefu/ for a GitHub Pages project site. */
  base?: string;
  /** Also print the month's report to report-YYYY-MM.pdf inside the site folder (--pdf). */
  pdf?: boolean;
  lang: Lang;
  /** The month the overview opens on (KEFU_MONTH for the build); by default the newest ended month with data. */
  month?: string;
  /** Today as YYYY-MM-DD, from the edge (KEFU_TODAY): picks the default month and marks a month still in progress. */
  today?: string;
}

export interface ReportDeps {
  export?: ExportDeps;
  /** The project holding astro.config.mjs. */
  root?: string;
  /** The environment (KEFU_CHROMIUM, KEFU_TODAY); process.env by default. */
  env?: Record<string, string | undefined>;
  /** Today as YYYY-MM-DD, for the month --pdf prints. */
  today?: string;
  /** Reads and checks one folder of CSVs (load/load-workbook's loadWorkbook): each folder is read once, for the check and the site alike. */
  load?: (paths: readonly string[], options: LoadOptions) => LoadedWorkbook;
}

export async function runReport(args: ReportArgs, io: Output, deps: ReportDeps = {}): Promise<number> {
  const lang = args.lang;
  const fail = (text: Bilingual): number => {
    io.err(`kefu report: ${say(lang, text)}`);
    return 2;
  };
  const fromSheets = (args.spreadsheet?.length ?? 0) > 0;
  if (fromSheets === (args.from !== undefined)) {
    return fail({ en: 'give either --spreadsheet <id or URL> (export first) or --from <folder of CSVs>', zh: '请指定 --spreadsheet <ID 或地址>（先导出）或 --from <CSV 文件夹> 二者之一' });
  }
  if (args.data !== undefined && !fromSheets) return fail({ en: '--data goes with --spreadsheet; with --from the data is already in a folder', zh: '--data 只与 --spreadsheet 一起使用；使用 --from 时数据已在文件夹中' });
  if (args.month !== undefined && !isMonthText(args.month)) {
    return fail({ en: `--month must be YYYY-MM (e.g. 2026-10), not "${args.month}"`, zh: `--month 应写作 YYYY-MM（例如 2026-10），而不是"${args.month}"` });
  }
  if (!args.out) return fail({ en: 'name the folder for the site with --out <folder>', zh: '请用 --out <文件夹> 指定网站的输出文件夹' });
  const outProblem = outFolderProblem(args.out, 'site');
  if (outProblem) return fail(outProblem);
  const base = readBasePath(args.base ?? '/');
  if (!base.ok) return fail(base.problem);
  const env = deps.env ?? process.env;
  // Asked before anything is exported or built: without a browser to print with, nothing is written at all.
  const chromium = args.pdf ? findChromium(env) : undefined;
  if (args.pdf && !chromium) return fail(NO_CHROMIUM);
  let pdfFile: string | undefined;
  const printPdf = async (site: string): Promise<string | undefined> => {
    const month = monthToPrint(builtReportMonths(site), deps.today ?? env['KEFU_TODAY'] ?? new Date().toISOString().slice(0, 10));
    if (!month) return say(lang, { en: 'kefu report: --pdf found no monthly report to print (the data has no month).', zh: 'kefu report：--pdf 没有可打印的月度报告（数据中没有任何月份）。' });
    pdfFile = `report-${month}.pdf`;
    await printMonthPdf({ site, base: base.base, month, lang, chromium: chromium!, file: join(site, pdfFile) });
    return undefined;
  };

  const scratch = fromSheets && args.data === undefined ? mkdtempSync(join(tmpdir(), 'kefu-report-')) : undefined;
  let removeModel = (): void => {};
  try {
    let dataFolder: string;
    if (fromSheets) {
      dataFolder = args.data ?? join(scratch!, 'data');
      const exported = await runExport({
        spreadsheet: args.spreadsheet, store: args.store, out: dataFolder, lang, nextStep: false,
        ...(args.oauthClient ? { oauthClient: args.oauthClient } : {}),
      }, io, deps.export);
      if (exported !== 0) return exported;
    } else {
      dataFolder = args.from!;
    }
    // Each folder is read and checked once: the check's output comes from the same workbook the site is built from.
    const load = deps.load ?? loadWorkbook;
    // As the site reads: the calls and the points ledger as tables of numbers, not kept as rows.
    const folders = readStoreFolders(dataFolder, (folder) => load([folder], { tables: true }));
    if (!folders.ok) return fail(folders.problem);
    const checked = folders.folders;
    if (!fromSheets) {
      let worst = 0;
      for (const { workbook } of checked) worst = Math.max(worst, reportWorkbook(workbook, { json: false, lang }, io));
      if (worst !== 0) {
        io.err(say(lang, { en: 'The site was not built: fix the data first.', zh: '未生成网站：请先修正数据。' }));
        return worst;
      }
    }
    const buildEnv = { ...(args.month ? { KEFU_MONTH: args.month } : {}), ...(args.today ? { KEFU_TODAY: args.today } : {}) };
    const model = writeReportModel(dataFolder, checked, { ...env, KEFU_DATA: dataFolder, ...buildEnv }, (text) => io.err(text));
    if (!model.ok) return fail(model.problem);
    removeModel = model.remove;
    io.err(say(lang, { en: `Building the site from ${dataFolder}…`, zh: `正在根据 ${dataFolder} 生成网站……` }));
    let built;
    try {
      built = await buildSite(dataFolder, args.out, deps.root ?? PROJECT_ROOT, {
        base: base.base, ...(chromium ? { finish: printPdf } : {}),
        env: { ...buildEnv, [MODEL_FILE_ENV]: model.file },
      });
    } catch (error) {
      // The folder changed while the site was being built, and is no longer Kefu's to replace.
      if (error instanceof ExportFailure) return fail({ en: error.message, zh: error.zh });
      throw error;
    }
    if (!built.ok) {
      io.err(built.output);
      return fail({
        en: `the site build failed (astro exit ${built.exitCode}); its last lines are above. ${args.out} is unchanged.`,
        zh: `网站生成失败（astro 退出码 ${built.exitCode}），最后几行输出见上。${args.out} 未被改动。`,
      });
    }
    io.out(args.out);
    if (pdfFile) {
      io.out(join(args.out, pdfFile));
      io.err(say(lang, { en: `Printed ${join(args.out, pdfFile)} (A4).`, zh: `已打印 ${join(args.out, pdfFile)}（A4）。` }));
    }
    io.err(say(lang, {
      en: `Site ready to publish in ${args.out} (${countOf(built.pages, 'page')}).`,
      zh: `网站已生成在 ${args.out}（${built.pages} 个页面），可以发布。`,
    }));
    io.err(nextAfterReport(args.out, lang, deps.root ?? PROJECT_ROOT, process.cwd()));
    return 0;
  } finally {
    removeModel();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
