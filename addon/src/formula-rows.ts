// How many data rows the live formulas cover, per sheet: MAX_ROWS until a sheet outgrows it, then kept in document properties.
import { SHEETS } from '../../shared/schema';
import type { SheetName } from '../../shared/schema/types';
import { liveFormulas, MAX_ROWS } from './formulas';

const KEY = 'kefu.formulaRows';

export type FormulaRows = Record<Exclude<SheetName, 'settings' | 'notes'>, number>;
type DataSheet = keyof FormulaRows;

// The Notes sheet has no formula: it has no row count to keep.
const DATA_SHEETS = SHEETS.filter((s) => s.name !== 'settings' && s.name !== 'notes').map((s) => s.name as DataSheet);

/**
 * Sheets that must cover the same rows: a formula reading another sheet ('回访记录'!B2:B5001) uses its
 * own sheet's row count for that range too, so the sheet it reads must be as long.
 */
export const ROW_GROUPS: readonly DataSheet[][] = (() => {
  const groupOf = new Map<DataSheet, Set<DataSheet>>(DATA_SHEETS.map((n) => [n, new Set([n])]));
  for (const schema of SHEETS) {
    if (schema.name === 'settings' || !schema.columns.some((c) => c.computed)) continue;
    const text = liveFormulas(schema, { rows: 1 }).map((f) => f.formula).join(' ');
    for (const other of SHEETS) {
      if (other === schema || other.name === 'settings' || !text.includes(`'${other.zh}'!`)) continue;
      const merged = new Set([...groupOf.get(schema.name as DataSheet)!, ...groupOf.get(other.name as DataSheet)!]);
      for (const n of merged) groupOf.set(n, merged);
    }
  }
  return [...new Set(groupOf.values())].map((g) => DATA_SHEETS.filter((n) => g.has(n)));
})();

export function formulaRows(): FormulaRows {
  const stored = PropertiesService.getDocumentProperties()?.getProperty(KEY);
  const parsed = stored ? (JSON.parse(stored) as Partial<Record<string, unknown>>) : {};
  return Object.fromEntries(DATA_SHEETS.map((n) => {
    const value = Number(parsed[n]);
    return [n, Number.isSafeInteger(value) && value > MAX_ROWS ? value : MAX_ROWS];
  })) as FormulaRows;
}

/** Room for half as many rows again as the fullest sheet holds, in steps of MAX_ROWS. */
export function rowsFor(lastDataRow: number, current: number): number {
  if (lastDataRow - 1 <= current * 0.8) return current;
  return Math.ceil(((lastDataRow - 1) * 1.5) / MAX_ROWS) * MAX_ROWS;
}

/** Each group grows together, to what its fullest sheet needs; a group never shrinks. */
export function plannedRows(current: FormulaRows, lastIdRows: Partial<Record<SheetName, number>>): FormulaRows {
  const out = { ...current };
  for (const group of ROW_GROUPS) {
    const now = Math.max(...group.map((n) => current[n]));
    const rows = rowsFor(Math.max(1, ...group.map((n) => lastIdRows[n] ?? 1)), now);
    for (const n of group) out[n] = rows;
  }
  return out;
}

export function sameRows(a: FormulaRows, b: FormulaRows): boolean {
  return DATA_SHEETS.every((n) => a[n] === b[n]);
}

export function setFormulaRows(rows: FormulaRows): void {
  PropertiesService.getDocumentProperties()?.setProperty(KEY, JSON.stringify(rows));
}
