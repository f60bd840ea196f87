// 4. Apps Script work: spreadsheet-service calls of set-up, validate-all and recalculate, on the tests' double, as rows grow.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { OpCount } from '../addon-calls';
import { fmtK, fmtMs, ROOT, runTs, table } from '../util';

export interface AddonCase {
  calls: number;
  rows: number;
  sheets: number;
  issues: number;
  setupFresh: OpCount;
  setupAgain: OpCount;
  validate: OpCount;
  recalculateClean: OpCount;
  recalculateTyped: OpCount;
  setupThen: OpCount;
  recalculateThen: OpCount;
  registerComplaint: OpCount;
  logCall: OpCount;
}

export const addonDoubleMissing = (): string | undefined => {
  for (const f of ['doubles/sheets/index.ts', 'doubles/sheets/bundle.ts', 'doubles/sheets/sample-workbook.ts', 'addon/build.mjs', 'addon/src/main.ts']) {
    if (!existsSync(join(ROOT, f))) return `${f} does not exist yet`;
  }
  return undefined;
};

export async function measureAddon(sizes: readonly number[]): Promise<AddonCase[]> {
  return runTs<AddonCase[]>('addon-calls.ts', sizes.map(String));
}

const OPS: [keyof AddonCase, string][] = [
  ['setupFresh', 'Set up workbook, on a new spreadsheet (before any rows)'],
  ['setupAgain', 'Set up workbook again, over the filled sheets (an upgrade)'],
  ['validate', 'Validate all (validationReport)'],
  ['recalculateClean', 'Recalculate, every live formula already in place'],
  ['recalculateTyped', 'Recalculate, typed values pasted over the formula columns'],
  ['registerComplaint', 'Register a complaint (sidebar, under the document lock)'],
  ['logCall', 'Log a call (sidebar, under the document lock)'],
];

const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|NamedRange)\./;
const other = (o: OpCount): number => Object.entries(o.byName).filter(([k]) => !SPREADSHEET.test(k)).reduce((n, [, v]) => n + v, 0);

/** Constant at every size; a step (different at the first size, equal at the later ones); or still growing at the largest. */
export function shapeOf(values: readonly number[]): 'constant' | 'step' | 'grows' {
  if (values.every((v) => v === values[0])) return 'constant';
  return values.length >= 3 && values.slice(1).every((v) => v === values[1]) ? 'step' : 'grows';
}

/** Cells read and written per operation: the payload behind the calls, which a constant call count can hide. */
export function addonCellsTable(cases: readonly AddonCase[]): string {
  const rows = OPS.map(([key, label]) => {
    const counts = cases.map((c) => c[key] as OpCount);
    return [label, ...counts.map((o) => `${(o.cellsRead ?? 0).toLocaleString('en-US')} R / ${(o.cellsWritten ?? 0).toLocaleString('en-US')} W`)];
  });
  const head = ['operation', ...cases.map((c) => `cells at ${fmtK(c.calls)} calls (${c.rows.toLocaleString('en-US')} rows)`)];
  return table(head, rows, ['l']);
}

export function addonSection(cases: readonly AddonCase[]): { table: string; growing: string[] } {
  const growing: string[] = [];
  const rows = OPS.map(([key, label]) => {
    const counts = cases.map((c) => c[key] as OpCount);
    const verdict = shapeOf(counts.map((o) => o.spreadsheet));
    const otherVerdict = shapeOf(counts.map(other));
    if (verdict !== 'constant' || otherVerdict !== 'constant') growing.push(label);
    const sign = { constant: '✅ constant', step: '⚠️ a step between the first two sizes, then constant', grows: '❌ grows' }[verdict];
    return [
      label,
      ...counts.map((o) => `${o.spreadsheet} (${o.reads} R / ${o.writes} W; +${other(o)} other; ${fmtMs(o.ms)})`),
      `${sign}${otherVerdict === 'constant' || otherVerdict === verdict ? '' : `; other calls: ${otherVerdict}`}`,
    ];
  });
  const head = ['operation', ...cases.map((c) => `${fmtK(c.calls)} calls (${c.rows.toLocaleString('en-US')} rows, ${c.sheets} sheets)`), 'spreadsheet calls as rows grow (goal: constant)'];
  return { table: table(head, rows, ['l']), growing };
}
