// Bench datasets: the sample shop scaled up until its calls sheet holds N rows, cached under bench/out/ (git-ignored).
//
// Copy c of the sample's customers (c = 0 is the sample itself) gets ids "C0124-c", its own phone and card numbers,
// its own complaints and points ledger, and the sample's calls again with fresh call ids and a seeded new minute. So
// each customer keeps the sample's handful of calls however many rows there are — a bigger shop, not one customer
// phoned a thousand times — and every sheet still passes `kefu check`. Calls are written day by day across copies
// (the sample's call i for every copy, then call i + 1 …), so the file is in date order as a real export is; a
// sheet smaller than the sample takes evenly spaced calls, so it still spans the sample's twelve months.
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample, type SampleData } from '../cli/sample/generate';
import { createRandom } from '../cli/sample/random';
import { settingRows } from '../cli/sample/write-sample';
import { writeSheet } from '../shared/csv/write-sheet';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, SETTINGS_SHEET, TRAINING } from '../shared/schema';
import type { Call } from '../shared/schema/calls';
import type { Row, SheetSchema } from '../shared/schema/types';

export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const OUT_DIR = join(BENCH_DIR, 'out');
const SEED = 20261123;
/** Bump when the generator changes, so stale cached folders are not reused. */
const VERSION = 3;

let sample: SampleData | undefined;
export function benchSample(): SampleData {
  sample ??= generateSample({ seed: SEED });
  return sample;
}

/** How many copies of the sample shop a calls sheet of `calls` rows needs. */
export const copiesFor = (calls: number): number => Math.max(1, Math.ceil(calls / benchSample().calls.length));

const idIn = (copy: number, id: string): string => (copy === 0 ? id : `${id}-${copy}`);
const maybe = (copy: number, id: string | undefined): string | undefined => (id === undefined ? undefined : idIn(copy, id));

function scaledCustomers(copies: number): Row[] {
  const rows: Row[] = [];
  for (let c = 0; c < copies; c++) {
    benchSample().customers.forEach((customer, i) => {
      rows.push({
        ...customer,
        id: idIn(c, customer.id),
        referrerId: maybe(c, customer.referrerId),
        // 199 + copy (4 digits) + index (4 digits): a valid mobile number, different in every copy.
        phone: c === 0 ? customer.phone : `199${String(c).padStart(4, '0')}${String(i).padStart(4, '0')}`,
        memberCardNo: customer.memberCardNo === undefined ? undefined : idIn(c, customer.memberCardNo),
      } as unknown as Row);
    });
  }
  return rows;
}

function scaled<T extends { id: string; customerId?: string }>(items: readonly T[], copies: number): Row[] {
  const rows: Row[] = [];
  for (let c = 0; c < copies; c++) {
    for (const item of items) rows.push({ ...item, id: idIn(c, item.id), customerId: maybe(c, item.customerId) } as unknown as Row);
  }
  return rows;
}

/** CSV text of rows written in chunks to fd, the header once, so a million rows never sit in memory as objects. */
function writeChunked(fd: number, schema: SheetSchema, total: number, rowAt: (n: number) => Row): void {
  const CHUNK = 20_000;
  const settings = benchSample().settings;
  for (let from = 0; from < Math.max(total, 1); from += CHUNK) {
    const chunk: Row[] = [];
    for (let n = from; n < Math.min(total, from + CHUNK); n++) chunk.push(rowAt(n));
    let text = writeSheet(chunk, schema, settings, 'zh');
    if (from > 0) text = text.slice(text.indexOf('\r\n') + 2);
    writeSync(fd, text);
  }
}

function writeFileChunked(path: string, schema: SheetSchema, total: number, rowAt: (n: number) => Row): void {
  const temp = `${path}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeChunked(fd, schema, total, rowAt);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, path);
}

/** calls.csv with exactly `rows` rows: the sample's call i in copy c, for i in date order and c across copies. */
export function writeCalls(path: string, rows: number): void {
  const calls = benchSample().calls;
  const copies = copiesFor(rows);
  const random = createRandom(SEED ^ rows);
  // The (i, c) pairs in file order, skipping copies past the total (the last copy covers only the year's start).
  // Fewer rows than the sample has: every (sample / rows)-th call, so the year is still covered month by month.
  const order: number[] = [];
  if (rows < calls.length) for (let n = 0; n < rows; n++) order.push(Math.floor((n * calls.length) / rows));
  for (let i = 0; i < calls.length && order.length < rows; i++) {
    for (let c = 0; c < copies && order.length < rows; c++) if (c * calls.length + i < rows) order.push(c * calls.length + i);
  }
  writeFileChunked(path, CALLS, rows, (n) => {
    const k = order[n]!;
    const c = Math.floor(k / calls.length);
    const base = calls[k % calls.length]!;
    const minute = String(random.int(0, 59)).padStart(2, '0');
    const call: Call = {
      ...base,
      id: `HF${String(n + 1).padStart(7, '0')}`,
      customerId: idIn(c, base.customerId),
      at: `${base.at.slice(0, 14)}${minute}${base.at.slice(16)}`,
    };
    if (base.complaintId !== undefined) call.complaintId = idIn(c, base.complaintId);
    return call as unknown as Row;
  });
}

export interface BenchFolder {
  folder: string;
  calls: number;
  customers: number;
}

/** A folder holding all seven sheets of a shop with `calls` call rows; made once and reused. */
export function benchFolder(calls: number): BenchFolder {
  const folder = join(OUT_DIR, `data-v${VERSION}-${calls}`);
  const copies = copiesFor(calls);
  const result = { folder, calls, customers: copies * benchSample().customers.length };
  if (existsSync(join(folder, '.complete'))) return result;
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const data = benchSample();
  const whole = (schema: SheetSchema, rows: readonly Row[]): void => {
    writeFileChunked(join(folder, schema.file), schema, rows.length, (n) => rows[n]!);
  };
  whole(SETTINGS_SHEET, settingRows(data.settings) as unknown as Row[]);
  whole(CUSTOMERS, scaledCustomers(copies));
  whole(COMPLAINTS, scaled(data.complaints, copies));
  whole(POINTS, scaled(data.points, copies));
  whole(QA_AUDITS, data.qaAudits as unknown as Row[]);
  whole(TRAINING, data.training as unknown as Row[]);
  writeCalls(join(folder, CALLS.file), calls);
  writeFileSync(join(folder, '.complete'), '');
  return result;
}
