// 6. The `kefu` command as a user runs it, whole processes side by side: `kefu help` against `node -e 0`, and
// `kefu check` of each workbook against papaparse alone reading the same files, in time and peak memory.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freshCli } from '../../cli/build.mjs';
import { benchFolder, type BenchFolder } from '../data';
import { fmtK, fmtMB, fmtMs, mark, median, ROOT, table } from '../util';
import { runPapaAlone, runProcess } from '../whole-process';

/** Issue 13's targets: help starts in under 150 ms; check is within 1.3× papaparse alone and peaks under 300 MB at 1 M calls. */
export const COMMAND_GOALS = { startMs: 150, checkRatio: 1.3, peakMB: 300 } as const;
const START_RUNS = 15;
const CHECK_RUNS: Record<number, number> = { 10_000: 5, 100_000: 5, 1_000_000: 3 };

interface Sample { ms: number; peakKB: number }

export interface StartCase {
  runs: number;
  /** Milliseconds per run: Node alone, `kefu help`, `kefu --version`. */
  node: number[];
  help: number[];
  version: number[];
}

export interface CheckCase {
  data: BenchFolder;
  bytes: number;
  papa: Sample[];
  kefu: Sample[];
}

export interface CommandResult {
  start: StartCase;
  checks: CheckCase[];
}

const KEFU = join(ROOT, 'bin/kefu.js');

async function kefu(args: readonly string[]): Promise<Sample> {
  const result = await runProcess([KEFU, ...args]);
  if (result.code !== 0) throw new Error(`kefu ${args.join(' ')} exited ${result.code}: ${result.stderr.slice(-500)}`);
  return { ms: result.ms, peakKB: result.peakKB };
}

const csvBytes = (folder: string): number =>
  readdirSync(folder).filter((n) => n.endsWith('.csv')).reduce((n, f) => n + statSync(join(folder, f)).size, 0);

export async function measureCommand(sizes: readonly number[], log: (line: string) => void): Promise<CommandResult> {
  // A stale bundle would be rebuilt inside the first timed run.
  await freshCli();
  log(`command: kefu help, kefu --version and node -e 0, ${START_RUNS} runs interleaved`);
  const start: StartCase = { runs: START_RUNS, node: [], help: [], version: [] };
  for (let i = 0; i < START_RUNS; i++) {
    start.node.push((await runProcess(['-e', '0'])).ms);
    start.help.push((await kefu(['help'])).ms);
    start.version.push((await kefu(['--version'])).ms);
  }
  const checks: CheckCase[] = [];
  for (const size of sizes) {
    const data = benchFolder(size);
    const runs = CHECK_RUNS[size] ?? 3;
    log(`command: kefu check ${fmtK(size)} calls and papaparse alone, ${runs} runs interleaved`);
    const c: CheckCase = { data, bytes: csvBytes(data.folder), papa: [], kefu: [] };
    for (let i = 0; i < runs; i++) {
      const papa = await runPapaAlone(data.folder);
      c.papa.push({ ms: papa.ms, peakKB: papa.peakKB });
      c.kefu.push(await kefu(['check', data.folder]));
    }
    checks.push(c);
  }
  return { start, checks };
}

/** Each run's pair gives a ratio; their median is steadier on a busy machine than a ratio of medians. */
export const checkRatio = (c: CheckCase): number => median(c.kefu.map((k, i) => k.ms / c.papa[i]!.ms));
export const peakMB = (samples: readonly Sample[]): number => median(samples.map((s) => s.peakKB)) / 1024;

export function commandSection(result: CommandResult, notRun: readonly string[]): string {
  const { start } = result;
  const node = median(start.node);
  const startRow = (label: string, runs: number[]): string[] => {
    const ms = median(runs);
    return [label, fmtMs(ms), `+${fmtMs(ms - node)}`, `${mark(ms < COMMAND_GOALS.startMs)}`];
  };
  const startTable = table(
    ['process', `median of ${start.runs}`, 'over `node -e 0`', `goal < ${COMMAND_GOALS.startMs} ms`],
    [['`node -e 0` (Node alone)', fmtMs(node), '–', '–'], startRow('`kefu help`', start.help), startRow('`kefu --version`', start.version)],
    ['l'],
  );
  const rows = result.checks.map((c) => {
    const ratio = checkRatio(c);
    const kefuMB = peakMB(c.kefu);
    return [
      `${fmtK(c.data.calls)} calls + ${fmtK(c.data.customers)} customers`,
      fmtMB(c.bytes),
      fmtMs(median(c.papa.map((s) => s.ms))),
      fmtMs(median(c.kefu.map((s) => s.ms))),
      `${ratio.toFixed(2)}× ${mark(ratio <= COMMAND_GOALS.checkRatio)}`,
      fmtMB(peakMB(c.papa) * 1024 * 1024),
      // The memory goal is set at 1 M calls; smaller workbooks show the slope.
      c.data.calls >= 1_000_000 ? `${fmtMB(kefuMB * 1024 * 1024)} ${mark(kefuMB <= COMMAND_GOALS.peakMB)}` : fmtMB(kefuMB * 1024 * 1024),
      String(c.kefu.length),
    ];
  });
  for (const label of notRun) rows.push([label, '–', 'not run this time', 'not run this time', '–', '–', '–', 'opt-in: `npm run bench -- --full`']);
  const checkTable = table(
    ['workbook (all seven sheets)', 'CSV bytes', 'papaparse alone (whole process)', '`kefu check` (whole process)',
      `ratio (goal ≤ ${COMMAND_GOALS.checkRatio}×)`, 'peak RSS papaparse alone', `peak RSS \`kefu check\` (goal ≤ ${COMMAND_GOALS.peakMB} MB at 1 M, flat)`, 'runs'],
    rows, ['l'],
  );
  return [startTable, '', checkTable].join('\n');
}
