// Plans the writes that put each computed column's formula in its header cell and empty the column below it.
import { escapeFormula } from '../../shared/sheet/cell-text';
import { headerOfFormula, liveFormulas } from './formulas';
import { relocateFormula, type SheetPlace } from './formula-relocation';
import type { Lang } from './rpc-contract';

export interface WantedFormula {
  key: string;
  /** 1-based sheet column. */
  column: number;
  formula: string;
}

export interface LiveWrite {
  /** 1-based first column of the header block to setValues in row 1. */
  column: number;
  /** One row: the header cells of the span, formulas where they go and every other cell as it was. */
  block: unknown[][];
  /** Columns (1-based) whose rows 2… must be emptied: the array formula spills there, and an old row-2 formula goes. */
  clear: number[];
  /** Keys written. */
  keys: string[];
}

/** Formulas compare without spaces or case, as the spreadsheet may normalise them when it stores them. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string): string => f.split(/("(?:[^"]|"")*")/).map((p, i) => (i % 2 ? p : p.replace(/\s+/g, '').toUpperCase())).join('');
  return norm(a) === norm(b);
}

/** A header cell that shows no header: an error (#REF! when typed values block the array) or, in a double, nothing. */
const showsNoHeader = (value: unknown): boolean => {
  const shown = String(value ?? '').trim();
  return shown === '' || shown.startsWith('#');
};

/**
 * Computed columns to look at: the header cell lacks the wanted formula, or has it but shows no header (typed values
 * below may block it; planLiveWrite decides once it has read them).
 */
export function staleFormulas(wanted: readonly WantedFormula[], header: HeaderRow): WantedFormula[] {
  return wanted.filter((w) => !sameFormula(header.formulas[w.column - 1] ?? '', w.formula) || showsNoHeader(header.values[w.column - 1]));
}

/** The span [first, last] of 1-based columns the stale formulas need. */
export function spanOf(stale: readonly WantedFormula[]): { first: number; last: number } | undefined {
  if (stale.length === 0) return undefined;
  return { first: Math.min(...stale.map((s) => s.column)), last: Math.max(...stale.map((s) => s.column)) };
}

const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/** Row 1 as the sheet has it: values, and formulas ('' where a cell holds none). */
export interface HeaderRow {
  values: readonly unknown[];
  formulas: readonly string[];
}

/**
 * Typed values in a computed column (a CSV import, a paste) are kept by set-up and replaced by Recalculate.
 * A column whose header or row 2 already holds a formula is ours (this version's or the old row-2 one): its values
 * below are the formula's output, so it is rewritten in either mode. below covers rows 2… of the span.
 */
export function planLiveWrite(
  stale: readonly WantedFormula[],
  header: HeaderRow,
  span: { first: number; last: number },
  below: { values: readonly (readonly unknown[])[]; formulas: readonly (readonly string[])[] },
  mode: 'setup' | 'recalculate',
): { write?: LiveWrite; kept: string[] } {
  const at = (c: number): number => c - span.first;
  const kept: string[] = [];
  const filled = (c: number): boolean => below.values.some((row) => !isEmpty(row[at(c)])) || below.formulas.some((row) => (row[at(c)] ?? '') !== '');
  const chosen = stale.filter((s) => {
    const own = header.formulas[s.column - 1] ?? '';
    if (sameFormula(own, s.formula) && !filled(s.column)) return false;
    // Ours: the old version's row-2 formula, or a header formula showing its header (what lies below is its output).
    const ours = (below.formulas[0]?.[at(s.column)] ?? '') !== '' || (own !== '' && !showsNoHeader(header.values[s.column - 1]));
    if (mode === 'recalculate' || ours || !filled(s.column)) return true;
    kept.push(s.key);
    return false;
  });
  if (chosen.length === 0) return { kept };
  const first = Math.min(...chosen.map((s) => s.column));
  const last = Math.max(...chosen.map((s) => s.column));
  const block: unknown[] = [];
  for (let c = first; c <= last; c++) {
    const mine = chosen.find((s) => s.column === c);
    const own = header.formulas[c - 1] ?? '';
    const value = header.values[c - 1] ?? '';
    block.push(mine ? mine.formula : own !== '' ? own : typeof value === 'string' ? escapeFormula(value) : value);
  }
  const clear = chosen.filter((s) => filled(s.column)).map((s) => s.column);
  return { write: { column: first, block: [block], clear, keys: chosen.map((s) => s.key) }, kept };
}

/** The header text each column shows: a live formula's own header where the cell shows none (an error, or a double that does not compute). */
export function headerTexts(header: HeaderRow): unknown[] {
  return header.values.map((value, i) => {
    const text = headerOfFormula(header.formulas[i] ?? '');
    const shown = String(value ?? '').trim();
    return text !== undefined && (shown === '' || shown.startsWith('#')) ? text : value;
  });
}

/**
 * The live formulas of a sheet, moved onto its real columns and the real names of the sheets they read; each keeps the
 * header text its column already has (headerText), so set-up never renames a column.
 */
export function wantedFormulas(self: SheetPlace, others: readonly SheetPlace[], lang: Lang,
  headerText: (column: number) => unknown = () => ''): WantedFormula[] {
  const headers: Record<string, string> = {};
  for (const [key, column] of Object.entries(self.columnOf)) {
    const text = String(headerText(column) ?? '').trim();
    if (text !== '') headers[key] = text;
  }
  return liveFormulas(self.schema, { lang, headers }).flatMap(({ key, formula }) => {
    const column = self.columnOf[key];
    return column === undefined ? [] : [{ key, column, formula: relocateFormula(formula, self, others) }];
  });
}
