// 1. Reading a workbook folder: papaparse alone against Kefu's loader, checking only and as the report reads, interleaved in one process; memory per path in its own process.
import { benchFolder, type BenchFolder } from '../data';
import type { Path } from '../csv-paths';
import type { HeldResult } from '../held-memory';
import { fmtInt, fmtK, fmtMB, fmtMs, mark, median, runTs, table } from '../util';

interface TimeResult extends Record<Path, number[]> {
  rows: number;
  bytes: number;
}

export interface MemoryResult {
  idleKB: number;
  peakKB: number;
}

export interface CsvCase {
  data: BenchFolder;
  time: TimeResult;
  memory: Record<Path, MemoryResult>;
  runs: number;
  /** The largest folder only: what the report's read holds, part by part. */
  held?: HeldResult;
}

/** Goal: reading and checking a folder takes at most this many times papaparse alone reading it, in one process. */
export const CSV_GOAL = 1.5;

const RUNS: Record<number, [runs: number, warm: number]> = { 10_000: [7, 2], 100_000: [5, 1], 1_000_000: [3, 0] };
const PATHS: Path[] = ['papa', 'check', 'report'];

export async function measureCsv(sizes: readonly number[], log: (line: string) => void): Promise<CsvCase[]> {
  const cases: CsvCase[] = [];
  for (const size of sizes) {
    const data = benchFolder(size);
    const [runs, warm] = RUNS[size] ?? [3, 0];
    log(`csv ${fmtK(size)}: ${runs} interleaved runs`);
    const time = await runTs<TimeResult>('csv-time.ts', [data.folder, String(runs), String(warm)], ['--expose-gc']);
    const memory = {} as Record<Path, MemoryResult>;
    for (const path of PATHS) {
      log(`csv ${fmtK(size)}: memory, ${path}`);
      memory[path] = await runTs<MemoryResult>('csv-memory.ts', [path, data.folder]);
    }
    cases.push({ data, time, memory, runs });
  }
  const largest = cases.at(-1);
  if (largest) {
    log(`csv ${fmtK(largest.data.calls)}: what the report's read holds`);
    largest.held = await runTs<HeldResult>('held-memory.ts', [largest.data.folder], ['--expose-gc']);
  }
  return cases;
}

/** The median of per-run ratios against papaparse alone in the same round (steadier on a busy machine than a ratio of medians). */
export function ratioOf(c: CsvCase, path: Path): number {
  return median(c.time[path].map((ms, i) => ms / c.time.papa[i]!));
}

export function csvSection(cases: readonly CsvCase[], full: boolean): string {
  const rows = cases.map((c) => {
    const t = c.time;
    const timed = (path: Path): string => `${fmtInt((t.rows / median(t[path])) * 1000)} (${fmtMs(median(t[path]))})`;
    const peak = (path: Path): string => `${fmtMB(c.memory[path].peakKB * 1024)} (+${fmtMB((c.memory[path].peakKB - c.memory[path].idleKB) * 1024)})`;
    return [
      `${fmtK(c.data.calls)} calls + ${fmtK(c.data.customers)} customers`,
      `${fmtInt(t.rows)} / ${fmtMB(t.bytes)}`,
      timed('papa'),
      timed('check'),
      `${ratioOf(c, 'check').toFixed(2)}× ${mark(ratioOf(c, 'check') <= CSV_GOAL)}`,
      timed('report'),
      `${ratioOf(c, 'report').toFixed(2)}× ${mark(ratioOf(c, 'report') <= CSV_GOAL)}`,
      peak('papa'),
      peak('check'),
      peak('report'),
      String(c.runs),
    ];
  });
  if (!full) rows.push(['1 M calls', '–', 'not run this time', '–', '–', '–', '–', '–', '–', '–', 'opt-in: `npm run bench -- --full`']);
  return table(
    ['workbook (seven sheets)', 'rows / CSV bytes', 'papaparse alone: rows/s (time)', 'loader, checking: rows/s (time)', `ratio (goal ≤ ${CSV_GOAL}×)`,
      'loader, as the report reads: rows/s (time)', `ratio (goal ≤ ${CSV_GOAL}×)`,
      'peak RSS papaparse (+ over idle)', 'peak RSS checking', 'peak RSS as the report reads', 'runs'],
    rows, ['l'],
  );
}
