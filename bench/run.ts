// `npm run bench [-- --full] [-- --only=csv,site,weight,addon,export,command,xlsx]`: measures Kefu and writes BENCHMARKS.md.
// Speed lives here, never in tests. Every figure is a median of several runs; see BENCHMARKS.md for how each is taken.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchFolder } from './data';
import { csvNotes, siteNotes, weightNotes, addonNotes, exportNotes, commandNotes } from './notes';
import { addonCellsTable, addonDoubleMissing, addonSection, measureAddon, type AddonCase } from './sections/addon';
import { commandSection, measureCommand } from './sections/command';
import { csvSection, measureCsv, type CsvCase } from './sections/csv';
import { exportSection, measureExport, type ExportCase } from './sections/export';
import { measureSite, siteSection, type SiteCase, type SitePlan } from './sections/site';
import { chartJsAuto, pageWeights, weightSection } from './sections/weight';
import { measureXlsx, xlsxSection } from './sections/xlsx';
import { fmtK, fmtMs, machine, removeTemp, ROOT } from './util';

const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wants = (part: string): boolean => !only || only.includes(part);
const outFile = args.find((a) => a.startsWith('--out='))?.slice('--out='.length) ?? join(ROOT, 'BENCHMARKS.md');

const CSV_SIZES = full ? [10_000, 100_000, 1_000_000] : [10_000, 100_000];
const SITE_SIZES = full ? [1_000, 100_000, 1_000_000] : [1_000, 100_000];
/** Two timed builds and one under --cpu-prof (all three give the medians); 1 M: the profiled build alone (a 1 M build takes minutes). */
const SITE_PLAN = (size: number): SitePlan => (size >= 1_000_000 ? { runs: 2, profile: true, readRuns: 3 } : { runs: 3, profile: true, readRuns: 3 });
const ADDON_SIZES = [1_000, 10_000, 50_000];
const EXPORT_SIZES = full ? [10_000, 100_000] : [10_000];

const started = performance.now();
const log = (line: string): void => {
  process.stderr.write(`[bench ${fmtMs(performance.now() - started).padStart(7)}] ${line}\n`);
};
const box = machine();
const when = new Date();

async function attempt<T>(what: string, work: () => Promise<T>): Promise<T | { failed: string }> {
  try {
    return await work();
  } catch (error) {
    log(`${what} failed: ${String(error).split('\n')[0]}`);
    return { failed: String(error instanceof Error ? error.message : error).split('\n')[0]!.slice(0, 300) };
  }
}
const failed = (x: unknown): x is { failed: string } => typeof x === 'object' && x !== null && 'failed' in x;

log(`machine: ${box.cpu}, ${box.cores} cores, ${box.memoryGB} GB, Node ${box.node}; load ${box.load}; ${full ? 'full run (1 M rows)' : 'default run (1 M rows skipped: --full runs them)'}`);
log('generating data (cached in bench/out/)');
for (const n of new Set([...(wants('csv') || wants('command') ? CSV_SIZES : []), ...(wants('site') || wants('weight') ? SITE_SIZES : []), ...(wants('export') ? EXPORT_SIZES : [])])) {
  const t = performance.now();
  const f = benchFolder(n);
  log(`  ${fmtK(n)} calls + ${fmtK(f.customers)} customers ready (${fmtMs(performance.now() - t)})`);
}

const sections: { n: number; title: string; text: string }[] = [];
const add = (n: number, title: string, text: string): void => {
  sections.push({ n, title, text });
};

if (wants('csv')) {
  const cases = await attempt('csv', () => measureCsv(CSV_SIZES, log));
  add(1, 'Reading a workbook folder: the loader against papaparse alone',
    failed(cases) ? `Not measured: ${cases.failed}` : [csvSection(cases, full), '', csvNotes(cases as CsvCase[])].join('\n'));
}

if (wants('export')) {
  const cases = await attempt('export', () => measureExport(EXPORT_SIZES, log));
  const exportText = failed(cases) ? `Not measured: ${cases.failed}` : [exportSection(cases, full ? [] : ['100 k calls']), '', exportNotes(cases as ExportCase[])].join('\n');
  add(5, 'Export: requests to the Sheets API', exportText);
}

if (wants('addon')) {
  const missing = addonDoubleMissing();
  log(missing ? `addon: not measured (${missing})` : `addon: ${ADDON_SIZES.map(fmtK).join(', ')} call rows`);
  const cases = missing ? { failed: missing } : await attempt('addon', () => measureAddon(ADDON_SIZES));
  let text: string;
  if (failed(cases)) text = `Not measured: ${cases.failed}`;
  else {
    const section = addonSection(cases as AddonCase[]);
    text = [section.table, '', addonCellsTable(cases as AddonCase[]), '', addonNotes(cases as AddonCase[], section.growing)].join('\n');
  }
  add(4, 'Apps Script work: spreadsheet-service calls', text);
}

if (wants('command')) {
  const result = await attempt('command', () => measureCommand(CSV_SIZES, log));
  add(6, 'The command, whole processes: start-up, `kefu check` and its memory',
    failed(result) ? `Not measured: ${result.failed}` : [commandSection(result, full ? [] : ['1 M calls']), '', commandNotes(result)].join('\n'));
}

if (wants('xlsx')) {
  const cases = await attempt('xlsx', () => measureXlsx([100_000], log));
  add(7, 'Reading an .xlsx workbook against the same data as CSV', failed(cases) ? `Not measured: ${cases.failed}` : xlsxSection(cases));
}

let kept: string | undefined;
if (wants('site') || wants('weight')) {
  const sizes = wants('site') ? SITE_SIZES : [SITE_SIZES[0]!];
  const result = await attempt('site', () => measureSite(sizes, wants('site') ? SITE_PLAN : () => ({ runs: 1, profile: false, readRuns: 0 }), log));
  if (!failed(result)) kept = result.kept;
  if (wants('site')) {
    const notRun = full ? [] : ['1 M calls'];
    add(2, 'Building the site',
      failed(result) ? `Not measured: ${result.failed}` : [siteSection(result.cases, notRun), '', siteNotes(result.cases as SiteCase[])].join('\n'));
  }
}

if (wants('weight')) {
  let text: string;
  if (!kept) text = 'Not measured: no site was built (see section 2).';
  else {
    const weights = pageWeights(kept);
    const auto = await chartJsAuto();
    const section = weightSection(weights, auto);
    text = [section.table, '', weightNotes(weights, auto, section.worstJsGz)].join('\n');
  }
  add(3, 'Page weight (the 1 k-call build)', text);
}
if (kept) removeTemp(kept);

const total = performance.now() - started;
const header = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench${full ? ' -- --full' : ''}\` (bench/run.ts) on ${when.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${fmtMs(total)}.`,
  '',
  `**Machine:** ${box.cpu}, ${box.cores} cores, ${box.memoryGB} GB memory, Node ${box.node}, ${box.os}. ` +
    `Load average when the run began: ${box.load} (other work on the machine makes times noisy; ratios come from interleaved runs and are steadier).`,
  '',
  full ? '**This run included the 1 M-row cases (`--full`).**'
    : '**1 M rows were not run this time**: they are opt-in, `npm run bench -- --full` (the cases say "not run this time").',
  '',
  'Each time is the median of the runs shown; ratios are the median of per-pair ratios from runs interleaved in one process ' +
    '(papaparse, shared, papaparse, shared …, with a GC between). Memory is each case alone in a fresh Node process: the kernel\'s ' +
    'peak resident set (`process.resourceUsage().maxRSS`), and in brackets how far it rose above the idle process with its modules loaded. ' +
    'Data: the `kefu sample` shop scaled up (bench/data.ts): copy c of its 500 customers with their own ids, phones, complaints and points, ' +
    'and the sample\'s calls again for each copy with fresh ids, until the calls sheet has N rows; every generated folder passes `kefu check`. ' +
    'Goals missed are marked ❌ and explained under their table.',
  '',
];
const body = [...sections].sort((a, b) => a.n - b.n).flatMap((x) => [`## ${x.n}. ${x.title}`, '', x.text, '']);
writeFileSync(outFile, [...header, ...body].join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n');
log(`wrote ${outFile} in ${fmtMs(total)}`);
