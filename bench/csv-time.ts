// Child process: papaparse alone and Kefu's loader (checking only; as the report reads), interleaved on the same folder in one process (run with --expose-gc).
// Usage: csv-time.ts <folder> <runs> <warm-up runs>; prints one JSON line.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFolder, type Path } from './csv-paths';

const [folder, runsText, warmText] = process.argv.slice(2);
const runs = Number(runsText ?? 5);
const warm = Number(warmText ?? 1);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const PATHS: Path[] = ['papa', 'check', 'report'];

const ms: Record<Path, number[]> = { papa: [], check: [], report: [] };
let rows = 0;
for (let i = 0; i < warm + runs; i++) {
  for (const path of PATHS) {
    gc();
    const t = performance.now();
    const outcome = readFolder(path, folder!);
    const took = performance.now() - t;
    if (path === 'papa') rows = outcome.rows;
    else if (outcome.rows !== rows) throw new Error(`papaparse read ${rows} rows, the ${path} path ${outcome.rows}`);
    if (i >= warm) ms[path].push(took);
  }
}
const bytes = readdirSync(folder!).filter((n) => n.endsWith('.csv')).reduce((n, f) => n + statSync(join(folder!, f)).size, 0);
console.log(JSON.stringify({ rows, bytes, ...ms }));
