// Plans the one write that puts each computed column's array formula in row 2 and clears the cells it spills into.
import { escapeFormula } from '../../shared/csv/cell-text';
import { liveFormulas } from './formulas';
import { relocateFormula, type SheetPlace } from './formula-relocation';
import type { Lang } from './rpc-contract';

export interface WantedFormula {
  key: string;
  /** 1-based sheet column. */
  column: number;
  formula: string;
}

export interface LiveWrite {
  /** 1-based first column and the block to setValues at row 2. */
  column: number;
  block: unknown[][];
  /** Keys written. */
  keys: string[];
}

/** Formulas compare without spaces or case, as the spreadsheet may normalise them when it stores them. */
export function sameFormula(a: string, b: string): boolean {
  const norm = (f: string): string => f.split(/("(?:[^"]|"")*")/).map((p, i) => (i % 2 ? p : p.replace(/\s+/g, '').toUpperCase())).join('');
  return norm(a) === norm(b);
}

/** Computed columns whose row 2 does not already hold the wanted formula. */
export function staleFormulas(wanted: readonly WantedFormula[], row2Formulas: readonly string[]): WantedFormula[] {
  return wanted.filter((w) => !sameFormula(row2Formulas[w.column - 1] ?? '', w.formula));
}

/** The span [first, last] of 1-based columns the stale formulas need. */
export function spanOf(stale: readonly WantedFormula[]): { first: number; last: number } | undefined {
  if (stale.length === 0) return undefined;
  return { first: Math.min(...stale.map((s) => s.column)), last: Math.max(...stale.map((s) => s.column)) };
}

const isEmpty = (v: unknown): boolean => v === '' || v === null || v === undefined;

/**
 * Typed values in a computed column (a CSV import, a paste) are kept by set-up and replaced by Recalculate.
 * values/formulas cover rows 2… of the span; the block rewrites every other cell of the span as it was
 * (its formula, or its value guarded against turning into one), so one setValues does all the work.
 */
export function planLiveWrite(
  wanted: readonly WantedFormula[],
  stale: readonly WantedFormula[],
  span: { first: number; last: number },
  values: readonly (readonly unknown[])[],
  formulas: readonly (readonly string[])[],
  mode: 'setup' | 'recalculate',
): { write?: LiveWrite; kept: string[] } {
  const at = (c: number): number => c - span.first;
  const kept: string[] = [];
  const chosen = stale.filter((s) => {
    if (mode === 'recalculate') return true;
    const hasFormula = (formulas[0]?.[at(s.column)] ?? '') !== '';
    const typed = values.some((row) => !isEmpty(row[at(s.column)]));
    if (hasFormula || !typed) return true;
    kept.push(s.key);
    return false;
  });
  const narrowed = spanOf(chosen);
  if (!narrowed) return { kept };
  const live = new Map(wanted.map((w) => [w.column, w.formula]));
  const rows = Math.max(values.length, 1);
  const block: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const out: unknown[] = [];
    for (let c = narrowed.first; c <= narrowed.last; c++) {
      const formula = live.get(c);
      const keepAsIs = formula !== undefined && !chosen.some((s) => s.column === c) && (formulas[0]?.[at(c)] ?? '') === '';
      if (formula !== undefined && !keepAsIs) {
        out.push(r === 0 ? formula : '');
        continue;
      }
      const own = formulas[r]?.[at(c)] ?? '';
      const value = values[r]?.[at(c)] ?? '';
      out.push(own !== '' ? own : typeof value === 'string' ? escapeFormula(value) : value);
    }
    block.push(out);
  }
  return { write: { column: narrowed.first, block, keys: chosen.map((s) => s.key) }, kept };
}

/** The live formulas of a sheet, moved onto its real columns and the real names of the sheets they read. */
export function wantedFormulas(self: SheetPlace, others: readonly SheetPlace[], lang: Lang, rows: number): WantedFormula[] {
  return liveFormulas(self.schema, { lang, rows }).flatMap(({ key, formula }) => {
    const column = self.columnOf[key];
    return column === undefined ? [] : [{ key, column, formula: relocateFormula(formula, self, others) }];
  });
}
