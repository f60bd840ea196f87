// Reading the bench shop as .xlsx against reading it as CSV, interleaved in one process (run with --expose-gc); the issue's goal: .xlsx ≤ 2× CSV.
// Usage: node --expose-gc --import tsx bench/xlsx-time.ts [calls=100000] [runs=3] [warm-up runs=1]; prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { decodeCsvBytes } from '../load/read-csv-file';
import { readXlsxWorkbook } from '../load/xlsx/read-xlsx-workbook';
import { readSheet } from '../shared/csv/read-sheet';
import { sheetForFileName } from '../shared/schema';
import { defaultSettings } from '../shared/settings';
import type { GridCell } from '../shared/sheet/grid';
import { benchFolder } from './data';
import { benchWorkbook } from './xlsx-workbook';

const [callsText, runsText, warmText] = process.argv.slice(2);
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

/** The .xlsx turned into grids (exceljs loading the whole workbook): rows read, header rows included. */
async function xlsxGrids(): Promise<number> {
  const book = await readXlsxWorkbook(xlsxBytes, 'bench.xlsx', { isKefuSheet: (name) => sheetForFileName(name) !== undefined });
  if (book.unusable.length + book.issues.length > 0) throw new Error(`bench workbook: ${[...book.unusable, ...book.issues][0]!.message}`);
  return book.worksheets.reduce((n, w) => n + w.rows.length, 0);
}

/** exceljs's streaming WorkbookReader, values only (no merges, no hidden state): the cheapest exceljs can give the rows. */
async function xlsxStreamed(): Promise<number> {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(xlsxPath, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit', hyperlinks: 'ignore' });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells: GridCell[] = [];
      row.eachCell((cell, column) => {
        cells[column - 1] = cell.value instanceof Date ? cell.value.getTime() / 86_400_000 + 25_569 : (cell.value as GridCell);
      });
      rows += cells.length > 0 ? 1 : 0;
    }
  }
  return rows;
}

const paths: [string, () => number | Promise<number>][] = [['papaparse alone', papaAlone], ['CSV read (decode + readSheet)', csvRead],
  ['xlsx → grids (exceljs load)', xlsxGrids], ['xlsx → rows (exceljs stream)', xlsxStreamed]];
const ms: Record<string, number[]> = {};
const counted: Record<string, number> = {};
for (let i = 0; i < warm + runs; i++) {
  for (const [name, path] of paths) {
    gc();
    const t = performance.now();
    counted[name] = await path();
    const took = performance.now() - t;
    if (i >= warm) (ms[name] ??= []).push(Math.round(took));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(JSON.stringify({
  calls, csvBytes: csvs.reduce((n, c) => n + c.bytes.length, 0), xlsxBytes: xlsxBytes.length, rows: counted, ms,
  medianMs: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, median(v)])),
}));
