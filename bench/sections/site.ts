// 2. Building the site: `astro build` on generated folders; one more build under --cpu-prof splits its page step into
// data read, month reports and rendering; and the data read timed alone in its own process as a cross-check.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { attribute } from '../cpu-profile';
import { BENCH_DIR, benchFolder, type BenchFolder } from '../data';
import { fmtK, fmtMB, fmtMs, median, removeTemp, ROOT, run, runTs, table, tempDir } from '../util';
import { runPapaAlone } from '../whole-process';

export interface Build {
  ms: number;
  /** Astro's "generating static routes" step: where the data is read, the reports built and every page rendered. */
  routesMs: number;
  pages: number;
  htmlBytes: number;
  /** Peak resident set of the build process, KB (bench/max-rss.mjs). */
  peakKB: number;
}

/** Milliseconds of a profiled build by what ran: innermost of loadSiteData / buildReportModel / renderToString, else other. */
export interface Split {
  read: number;
  reports: number;
  render: number;
  other: number;
  /** The profiled build itself: its page step (to scale the split to the medians), total, pages and HTML. */
  routesMs: number;
  ms: number;
  pages: number;
  htmlBytes: number;
  peakKB: number;
}

export interface SiteCase {
  data: BenchFolder;
  builds: Build[];
  split?: Split;
  /** loadSiteData alone, then buildReportModel on what it read, in their own process (wall ms, and CPU ms as *Cpu). */
  read?: { read: number[]; model: number[]; readCpu: number[]; modelCpu: number[]; months: number; rows: number };
  /** papaparse alone reading the same CSV files, whole processes (ms): the yardstick of issue 13's build goal. */
  papa?: number[];
  error?: string;
}

/** Issue 13: the build at 1 M calls takes no more than this many papaparse-alone reads of its files beyond the build at 1 k. */
export const SITE_BUILD_GOAL_READS = 1.5;

const ANSI = /\x1b\[[0-9;]*m/g;

function parseMs(text: string): number {
  const m = /([\d.]+)\s*(ms|s)\b/.exec(text);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] === 'ms' ? 1 : 1000);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** One `astro build` of a folder into a fresh temp dir, optionally under --cpu-prof; the dir is returned when kept. */
async function build(folder: string, options: { keep?: boolean; profileDir?: string } = {}): Promise<{ build: Build; out?: string } | { error: string }> {
  const out = tempDir('kefu-bench-site-');
  const rss = join(out, '..', `${basename(out)}.rss`);
  const env = { ...process.env, KEFU_DATA: folder, KEFU_OUT: out, KEFU_BENCH_RSS: rss, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  const astro = join(ROOT, 'node_modules/astro/astro.js');
  const flags = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const result = await run(process.execPath, ['--import', join(BENCH_DIR, 'max-rss.mjs'), ...flags, astro, 'build'], { env });
  const peakKB = Number(readFileSync(rss, 'utf8'));
  rmSync(rss);
  const log = (result.stdout + result.stderr).replace(ANSI, '');
  if (result.code !== 0) {
    removeTemp(out);
    const line = log.split('\n').find((l) => /error/i.test(l)) ?? log.trim().split('\n').at(-1) ?? '';
    return { error: `astro build exited ${result.code}: ${line.trim().slice(0, 200)}` };
  }
  const routes = log.slice(log.indexOf('generating static routes'));
  const routesMs = parseMs(/Completed in [\d.]+\s*m?s/.exec(routes)?.[0] ?? '');
  const files = htmlFiles(out);
  const b: Build = { ms: result.ms, routesMs, pages: files.length, htmlBytes: files.reduce((n, f) => n + statSync(f).size, 0), peakKB };
  if (!options.keep) removeTemp(out);
  return options.keep ? { build: b, out } : { build: b };
}

async function profiledSplit(folder: string): Promise<Split | { error: string }> {
  const dir = tempDir('kefu-bench-prof-');
  try {
    const result = await build(folder, { profileDir: dir });
    if ('error' in result) return result;
    const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (!file) return { error: 'no .cpuprofile written' };
    const t = attribute(file, { read: ['loadSiteData'], reports: ['buildReportModel'], render: ['renderToString'] });
    return { read: t['read']!, reports: t['reports']!, render: t['render']!, other: t['other']!, ...result.build };
  } finally {
    removeTemp(dir);
  }
}

export interface SitePlan {
  /** Timed builds; 0 means the profiled build is the only one and gives the total too. */
  runs: number;
  profile: boolean;
  readRuns: number;
}

export async function measureSite(sizes: readonly number[], planOf: (size: number) => SitePlan, log: (line: string) => void): Promise<{ cases: SiteCase[]; kept?: string }> {
  const cases: SiteCase[] = [];
  let kept: string | undefined;
  for (const [index, size] of sizes.entries()) {
    const data = benchFolder(size);
    const plan = planOf(size);
    const builds: Build[] = [];
    let error: string | undefined;
    for (let r = 0; r < plan.runs && !error; r++) {
      log(`site ${fmtK(size)}: astro build ${r + 1} of ${plan.runs}`);
      const result = await build(data.folder, { keep: index === 0 && r === plan.runs - 1 });
      if ('error' in result) error = result.error;
      else {
        builds.push(result.build);
        if (result.out) kept = result.out;
      }
    }
    let split: Split | undefined;
    if (!error && plan.profile) {
      log(`site ${fmtK(size)}: astro build under --cpu-prof`);
      const result = await profiledSplit(data.folder);
      if ('error' in result) error = result.error;
      else split = result;
    }
    let read: SiteCase['read'];
    if (!error && plan.readRuns > 0) {
      log(`site ${fmtK(size)}: loadSiteData and buildReportModel alone`);
      try {
        read = await runTs('site-read.ts', [data.folder, String(plan.readRuns)], ['--expose-gc']);
      } catch (e) {
        error = `loadSiteData failed: ${String(e).split('\n')[0]}`;
      }
    }
    const papa: number[] = [];
    for (let r = 0; r < plan.readRuns && !error; r++) {
      log(`site ${fmtK(size)}: papaparse alone reading the files (${r + 1} of ${plan.readRuns})`);
      papa.push((await runPapaAlone(data.folder)).ms);
    }
    cases.push({ data, builds, ...(split ? { split } : {}), ...(read ? { read } : {}), ...(papa.length > 0 ? { papa } : {}), ...(error ? { error } : {}) });
  }
  return { cases, ...(kept ? { kept } : {}) };
}

/**
 * The build's total and page step: medians over the timed builds; the profiled one (whose sampling adds to its time)
 * counts only when it is the only build.
 */
export function totals(c: SiteCase): { total: number; routes: number; count: string } | undefined {
  const timed = c.builds.length > 0 ? c.builds : c.split ? [c.split] : [];
  if (timed.length === 0) return undefined;
  const count = c.builds.length > 0 ? `${c.builds.length} timed${c.split ? ' + 1 under --cpu-prof for the split' : ''}` : '1, under --cpu-prof';
  return { total: median(timed.map((b) => b.ms)), routes: median(timed.map((b) => b.routesMs)), count };
}

/** [read, reports, rendering] in ms: each one's share of the profiled page step, applied to the median page step. */
export function scaledSplit(c: SiteCase): [number, number, number] | undefined {
  const t = totals(c);
  if (!c.split || !t || !(c.split.routesMs > 0)) return undefined;
  const scale = t.routes / c.split.routesMs;
  return [c.split.read * scale, c.split.reports * scale, c.split.render * scale];
}

export function siteSection(cases: readonly SiteCase[], notRun: readonly string[]): string {
  const rows = cases.map((c) => {
    const label = `${fmtK(c.data.calls)} calls + ${fmtK(c.data.customers)} customers`;
    const t = totals(c);
    if (c.error || !t) return [label, `not measured: ${c.error ?? 'no builds'}`, '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–'];
    const split = scaledSplit(c);
    const share = (ms: number): string => `${fmtMs(ms)} (${Math.round((ms / t.routes) * 100)} %)`;
    const b = c.builds[0] ?? c.split;
    return [
      label,
      fmtMs(t.total),
      fmtMs(t.total - t.routes),
      fmtMs(t.routes),
      split ? share(split[0]) : '–',
      split ? share(split[1]) : '–',
      split ? share(split[2]) : '–',
      c.read ? fmtMs(median(c.read.read)) : '–',
      c.read ? fmtMs(median(c.read.model)) : '–',
      c.papa ? fmtMs(median(c.papa)) : '–',
      b ? `${b.pages} pages, ${fmtMB(b.htmlBytes)}` : '–',
      fmtMB(median([...c.builds, ...(c.split ? [c.split] : [])].map((x) => x.peakKB)) * 1024),
      t.count,
    ];
  });
  for (const label of notRun) rows.push([label, 'not run this time', '–', '–', '–', '–', '–', '–', '–', '–', '–', '–', 'opt-in: `npm run bench -- --full`']);
  return table(
    ['data', 'build total', 'Astro start + bundling (outside the page step)', 'page step ("generating static routes")',
      '… data read', '… month reports', '… rendering pages', 'data read alone (loadSiteData, own process)', 'report model alone (buildReportModel, same process)',
      'papaparse alone reads the files (whole process)', 'pages built, HTML', 'peak RSS of the build', 'builds'],
    rows, ['l'],
  );
}

