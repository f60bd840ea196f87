// Child process: spreadsheet-service calls the BUILT add-on makes on the tests' in-memory double, per operation and row count.
// Usage: addon-calls.ts <calls rows>...; prints one JSON line.
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, TRAINING } from '../shared/schema';
import type { Row, SheetSchema } from '../shared/schema/types';
import { createDouble, type SpreadsheetServicesDouble } from '../doubles/sheets';
import { buildAddon, loadAddon, type AddonContext } from '../doubles/sheets/bundle';
import { callsOf, pasteRows, sampleData } from '../doubles/sheets/sample-workbook';

/** 2026-10-31 20:00 in Shanghai, the end of the sample year (as the add-on tests use). */
const NOW = Date.UTC(2026, 9, 31, 12, 0);

export interface OpCount {
  spreadsheet: number;
  reads: number;
  writes: number;
  /** Cells moved by range reads and writes (the payload; "" results of the live formulas count, as in Sheets). */
  cellsRead: number;
  cellsWritten: number;
  byName: Record<string, number>;
  ms: number;
}

const READS = new Set(['Range.getValues', 'Range.getDisplayValues', 'Range.getFormulas', 'Range.getValue', 'Range.getFormula', 'Range.getNumberFormats', 'Range.getDataValidations']);

function measure(double: SpreadsheetServicesDouble, op: () => unknown): OpCount {
  double.resetCalls();
  const started = performance.now();
  op();
  const ms = performance.now() - started;
  const byName = { ...double.calls };
  const writes = Object.values(double.writeCalls()).reduce((n, v) => n + v, 0);
  const reads = Object.entries(byName).filter(([k]) => READS.has(k)).reduce((n, [, v]) => n + v, 0);
  const { read: cellsRead, written: cellsWritten } = double.cells;
  return { spreadsheet: double.spreadsheetCalls(), reads, writes, cellsRead, cellsWritten, byName, ms };
}

const built = buildAddon();

function workbook(calls: number, computedTyped: boolean): { double: SpreadsheetServicesDouble; context: AddonContext; setup: OpCount; rows: number } {
  const double = createDouble({ htmlDir: built.dir });
  const context = loadAddon(built, double, { now: NOW });
  const setup = measure(double, () => context['setupWorkbook']!('photo-studio'));
  const data = sampleData();
  const sheets: [SheetSchema, Row[]][] = [
    [CUSTOMERS, data.customers as unknown as Row[]], [CALLS, callsOf(data, calls)], [COMPLAINTS, data.complaints as unknown as Row[]],
    [QA_AUDITS, data.qaAudits as unknown as Row[]], [TRAINING, data.training as unknown as Row[]], [POINTS, data.points as unknown as Row[]],
  ];
  for (const [schema, rows] of sheets) pasteRows(double, schema.zh, schema, rows, data.settings, 'zh', { computed: computedTyped });
  const rows = sheets.reduce((n, [, r]) => n + r.length, 0);
  return { double, context, setup, rows };
}

const out: Record<string, unknown>[] = [];
for (const calls of process.argv.slice(2).map(Number)) {
  const clean = workbook(calls, false);
  const setupAgain = measure(clean.double, () => clean.context['setupWorkbook']!('photo-studio'));
  let issues = -1;
  const validate = measure(clean.double, () => {
    issues = (clean.context['validationReport']!() as { issues: unknown[] }).issues.length;
  });
  const recalculateClean = measure(clean.double, () => clean.context['recalculate']!());
  // The sidebars' appends, under the document lock: what they read is what holds the lock.
  const registerComplaint = measure(clean.double, () => clean.context['registerComplaint']!({ customerId: 'C0001', channel: 'phone', category: 'other', content: '…' }));
  const logCall = measure(clean.double, () => clean.context['logCall']!({ customerId: 'C0001', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached' }));
  // Typed values where the live formulas belong (a paste over them): recalculate puts the formulas back.
  const typed = workbook(calls, true);
  const recalculateTyped = measure(typed.double, () => typed.context['recalculate']!());
  // The run after: whatever one-off work the first run did (e.g. widening the formula rows) is not repeated.
  const setupThen = measure(clean.double, () => clean.context['setupWorkbook']!('photo-studio'));
  const recalculateThen = measure(typed.double, () => typed.context['recalculate']!());
  out.push({
    calls, rows: clean.rows, sheets: clean.double.model.sheets.length, issues,
    setupFresh: clean.setup, setupAgain, validate, recalculateClean, recalculateTyped, setupThen, recalculateThen, registerComplaint, logCall,
  });
}
console.log(JSON.stringify(out));
