// Reading the bench shop as .xlsx against reading it as CSV, interleaved in one process (run with --expose-gc); the issue's goal: .xlsx ≤ 2× CSV.
// Usage: node --expose-gc --import tsx bench/xlsx-time.ts [calls=100000] [runs=3] [warm-up runs=1] [only=csv|xlsx|…]; prints one JSON line.
// `only` times the paths whose name holds it, alone, so the printed peak RSS (maxRssMb) is that path's.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeCsvBytes } from '../load/read-csv-file';
import { readXlsxWorkbook } from '../load/xlsx/read-xlsx-workbook';
import { readSheet } from '../shared/csv/read-sheet';
import { sheetForFileName } from '../shared/schema';
import { defaultSettings } from '../shared/settings';
import { readGrid } from '../shared/sheet/read-grid';
import { benchFolder } from './data';
import { benchWorkbook } from './xlsx-workbook';

const [callsText, runsText, warmText, only] = process.argv.slice(2);
const calls = Number(callsText ?? 100_000);
const runs = Number(runsText ?? 3);
const warm = Number(warmText ?? 1);
const { folder } = benchFolder(calls);
const xlsxPath = await benchWorkbook(calls);
const csvs = readdirSync(folder).filter((f) => f.endsWith('.csv')).sort().map((f) => ({ file: f, bytes: readFileSync(join(folder, f)) }));
const xlsxBytes = readFileSync(xlsxPath);
const settings = defaultSettings('photo-studio');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** Every CSV decoded and parsed by papaparse, nothing more: cells read. */
function papaAlone(): number {
  return csvs.reduce((n, { bytes }) => n + Papa.parse<string[]>(new TextDecoder('utf-8').decode(bytes), { skipEmptyLines: 'greedy' }).data.length, 0);
}

/** Kefu's CSV read today: decodeCsvBytes → readSheet (header matching and typing) for every sheet: rows read. */
function csvRead(): number {
  return csvs.reduce((n, { file, bytes }) => {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
    return n + readSheet(decoded.text, file, sheetForFileName(file)!, settings).rows.length;
  }, 0);
}

/** The .xlsx turned into grids by Kefu's reader (zlib + one indexOf pass per part): rows read, header rows included. */
function xlsxGrids(): number {
  const book = readXlsxWorkbook(xlsxBytes, 'bench.xlsx', { isKefuSheet: (name) => sheetForFileName(name) !== undefined });
  if (book.unusable.length + book.issues.length > 0) throw new Error(`bench workbook: ${[...book.unusable, ...book.issues][0]!.message}`);
  return book.worksheets.reduce((n, w) => n + w.rows.length, 0);
}

/** Kefu's .xlsx read as the loader does it: the workbook into grids, each worksheet through the core's readGrid (header matching and typing): rows read. */
function xlsxRead(): number {
  const book = readXlsxWorkbook(xlsxBytes, 'bench.xlsx', { isKefuSheet: (name) => sheetForFileName(name) !== undefined });
  return book.worksheets.reduce((n, w) => n + readGrid(w.rows, { file: 'bench.xlsx', sheet: w.name }, sheetForFileName(w.name)!, settings).rows.length, 0);
}

// exceljs's full load (27.6 s, 11.9× the CSV read, 1.07 GB) and its stream (2.07×, wrong on merges, errors, booleans) are gone from the read path.
const paths = ([['papaparse alone', papaAlone], ['CSV read (decode + readSheet)', csvRead], ['xlsx → grids (Kefu reader)', xlsxGrids],
  ['xlsx read (Kefu reader + readGrid)', xlsxRead]] as const)
  .filter(([name]) => only === undefined || name.toLowerCase().includes(only.toLowerCase()));
const ms: Record<string, number[]> = {};
/** CPU time (user + system) per run: on a machine shared with other work, steadier than the wall clock. */
const cpuMs: Record<string, number[]> = {};
const counted: Record<string, number> = {};
for (let i = 0; i < warm + runs; i++) {
  for (const [name, path] of paths) {
    gc();
    const t = performance.now();
    const cpu = process.cpuUsage();
    counted[name] = await path();
    const took = performance.now() - t;
    const used = process.cpuUsage(cpu);
    if (i >= warm) {
      (ms[name] ??= []).push(Math.round(took));
      (cpuMs[name] ??= []).push(Math.round((used.user + used.system) / 1000));
    }
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(JSON.stringify({
  calls, csvBytes: csvs.reduce((n, c) => n + c.bytes.length, 0), xlsxBytes: xlsxBytes.length, rows: counted, ms,
  medianMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, median(v)])),
  medianCpuMs: Object.fromEntries(Object.entries(cpuMs).map(([k, v]) => [k, median(v)])),
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
