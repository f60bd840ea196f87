// 1. Reading CSV: papaparse alone against the shared path, interleaved in one process, memory per case in its own process.
import { benchFolder, type BenchFolder } from '../data';
import { fmtInt, fmtK, fmtMB, fmtMs, mark, median, runTs, table } from '../util';

interface TimeResult {
  rows: { calls: number; customers: number };
  bytes: number;
  papa: number[];
  shared: number[];
  phases: Record<'decode' | 'read' | 'check' | 'aggregate', number[]>;
}

interface MemoryResult {
  idleKB: number;
  peakKB: number;
}

export interface CsvCase {
  data: BenchFolder;
  time: TimeResult;
  memory: { papa: MemoryResult; shared: MemoryResult };
  runs: number;
}

const RUNS: Record<number, [runs: number, warm: number]> = { 10_000: [7, 2], 100_000: [5, 1], 1_000_000: [3, 0] };

export async function measureCsv(sizes: readonly number[], log: (line: string) => void): Promise<CsvCase[]> {
  const cases: CsvCase[] = [];
  for (const size of sizes) {
    const data = benchFolder(size);
    const [runs, warm] = RUNS[size] ?? [3, 0];
    log(`csv ${fmtK(size)}: ${runs} interleaved runs`);
    const time = await runTs<TimeResult>('csv-time.ts', [data.folder, String(runs), String(warm)], ['--expose-gc']);
    log(`csv ${fmtK(size)}: memory`);
    const papa = await runTs<MemoryResult>('csv-memory.ts', ['papa', data.folder]);
    const shared = await runTs<MemoryResult>('csv-memory.ts', ['shared', data.folder]);
    cases.push({ data, time, memory: { papa, shared }, runs });
  }
  return cases;
}

const perSecond = (rows: number, ms: number): string => `${fmtInt((rows / ms) * 1000)}`;

export function csvSection(cases: readonly CsvCase[], full: boolean): string {
  const rows = cases.map((c) => {
    const t = c.time;
    const all = t.rows.calls + t.rows.customers;
    const papaMs = median(t.papa);
    const sharedMs = median(t.shared);
    // Each run's pair gives a ratio; the median of those is steadier on a busy machine than a ratio of medians.
    const ratio = median(t.shared.map((s, i) => s / t.papa[i]!));
    const p = c.memory.papa;
    const s = c.memory.shared;
    return [
      `${fmtK(c.data.calls)} calls + ${fmtK(c.data.customers)} customers`,
      fmtMB(t.bytes),
      `${perSecond(all, papaMs)} (${fmtMs(papaMs)})`,
      `${perSecond(all, sharedMs)} (${fmtMs(sharedMs)})`,
      `${ratio.toFixed(2)}× ${mark(ratio <= 1.5)}`,
      ['decode', 'read', 'check', 'aggregate'].map((k) => fmtMs(median(t.phases[k as keyof TimeResult['phases']]))).join(' / '),
      `${fmtMB(p.peakKB * 1024)} (+${fmtMB((p.peakKB - p.idleKB) * 1024)})`,
      `${fmtMB(s.peakKB * 1024)} (+${fmtMB((s.peakKB - s.idleKB) * 1024)})`,
      String(c.runs),
    ];
  });
  if (!full) rows.push(['1 M calls', '–', 'not run this time', 'not run this time', '–', '–', '–', '–', 'opt-in: `npm run bench -- --full`']);
  return table(
    ['rows', 'bytes', 'papaparse alone: rows/s (time)', 'shared path: rows/s (time)', 'ratio (goal ≤ 1.5×)',
      'shared: decode / read / check / aggregate', 'peak RSS papaparse (+ over idle)', 'peak RSS shared (+ over idle)', 'runs'],
    rows, ['l'],
  );
}
