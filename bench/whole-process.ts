// A whole Node process, timed from spawn to exit, with its peak resident memory (bench/max-rss.mjs reports it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from './data';
import { removeTemp, run, tempDir } from './util';

export interface ProcessRun {
  ms: number;
  /** Peak resident set of the process, KB. */
  peakKB: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node <args>` in a fresh process; its time includes Node's own start, as a user waits for it. */
export async function runProcess(args: readonly string[]): Promise<ProcessRun> {
  const dir = tempDir('kefu-bench-rss-');
  try {
    const rss = join(dir, 'rss');
    const result = await run(process.execPath, ['--import', join(BENCH_DIR, 'max-rss.mjs'), ...args], { env: { ...process.env, KEFU_BENCH_RSS: rss } });
    return { ...result, peakKB: Number(readFileSync(rss, 'utf8')) };
  } finally {
    removeTemp(dir);
  }
}

/** papaparse alone on every CSV file of a folder (bench/papa-alone.mjs), the floor a reader of these files stands on. */
export async function runPapaAlone(folder: string): Promise<ProcessRun> {
  const result = await runProcess([join(BENCH_DIR, 'papa-alone.mjs'), folder]);
  if (result.code !== 0) throw new Error(`papa-alone.mjs ${folder} exited ${result.code}: ${result.stderr.slice(-500)}`);
  return result;
}
