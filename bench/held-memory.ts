// Child process: what the report's read holds, part by part — a folder read as the report reads it, then each part dropped in
// turn, the memory it frees (heap and typed arrays' buffers, after GCs) its size. Usage: held-memory.ts <folder>; one JSON line.
import { loadWorkbook } from '../load/load-workbook';
import type { SheetName } from '../shared/schema/types';
import { entryCount } from '../shared/sheet/spend-table';

export interface HeldPart {
  part: string;
  rows: number;
  bytes: number;
}

export interface HeldResult {
  /** Everything the read holds once it returns. */
  total: number;
  parts: HeldPart[];
}

const [folder] = process.argv.slice(2) as [string];
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const used = (): number => {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

const floor = used();
const book = loadWorkbook([folder], { tables: true });
let last = used();
const total = last - floor;
const parts: HeldPart[] = [];
const drop = (part: string, rows: number, release: () => void): void => {
  release();
  const now = used();
  parts.push({ part, rows, bytes: last - now });
  last = now;
};
drop('calls (table)', book.calls?.length ?? 0, () => delete book.calls);
drop('points ledger (spends table)', book.spends ? entryCount(book.spends) : 0, () => delete book.spends);
for (const name of ['customers', 'complaints', 'qaAudits', 'training'] as const satisfies readonly SheetName[]) {
  // No reference to the sheet kept here: it would keep its rows alive past the drop.
  drop(`${name} (rows)`, book.sheets[name]?.rows.length ?? 0, () => {
    const sheet = book.sheets[name];
    if (sheet) book.sheets[name] = { ...sheet, rows: [] };
  });
}
parts.push({ part: 'the rest (Settings, issues, the sheets\' reads)', rows: 0, bytes: last - floor });
console.log(JSON.stringify({ total, parts } satisfies HeldResult));
