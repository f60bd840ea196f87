// The ways of reading a workbook folder the bench compares: papaparse alone, and Kefu's loader as `kefu check` and the report call it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { loadWorkbook } from '../load/load-workbook';
import { entryCount } from '../shared/sheet/spend-table';

export type Path = 'papa' | 'check' | 'report';

/** What a path returns, so the work cannot be optimised away and all paths can be seen to read the same rows. */
export interface Outcome {
  /** Data rows read, every sheet. */
  rows: number;
  /** Rows still held when the path returns (the report's path: every row, the calls and spends as tables of numbers). */
  held: number;
}

/** Baseline: every CSV file of the folder decoded as UTF-8, then `Papa.parse(text, { header: true, skipEmptyLines: 'greedy' })`. */
function papaAlone(folder: string): Outcome {
  let rows = 0;
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.csv')).sort()) {
    rows += Papa.parse(new TextDecoder('utf-8').decode(readFileSync(join(folder, name))), { header: true, skipEmptyLines: 'greedy' }).data.length;
  }
  return { rows, held: rows };
}

/**
 * Kefu's loader on the same folder: every file streamed in 64 KB chunks, decoded, each cell typed and each row checked
 * as it passes (ids, phones, references, the rules). `report`: read as the report and the site read — the rows kept, the
 * calls and the points ledger's spends streamed into tables of numbers (`tables`).
 */
function loader(folder: string, report: boolean): Outcome {
  const book = loadWorkbook([folder], report ? { tables: true } : { keepRows: false });
  const problems = [...book.unusable, ...book.issues];
  if (problems.length > 0) throw new Error(`bench data has ${problems.length} problems, e.g. ${problems[0]!.message}`);
  const sheets = Object.values(book.sheets);
  return { rows: sheets.reduce((n, s) => n + s.rowCount, 0), held: sheets.reduce((n, s) => n + s.rows.length, (book.calls?.length ?? 0) + (book.spends ? entryCount(book.spends) : 0)) };
}

export function readFolder(path: Path, folder: string): Outcome {
  return path === 'papa' ? papaAlone(folder) : loader(folder, path === 'report');
}
