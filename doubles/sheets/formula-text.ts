// Formula text as Sheets keeps it: normalised names, A1 references shifted when rows move, and how far an array formula spills.
import { columnNumber } from './a1';

/** Splits on string literals ("…") and quoted sheet names ('…'): odd parts are quoted, even parts are code. */
function codeParts(formula: string): string[] {
  return formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/);
}

/**
 * Sheets stores a formula with its function names in upper case (`=sum(a1)` reads back as `=SUM(A1)`) and
 * cell references in upper case; text in quotes is kept as typed.
 */
export function normaliseFormula(formula: string): string {
  return codeParts(formula).map((part, i) => (i % 2 === 1 ? part
    : part.replace(/([A-Za-z_][A-Za-z0-9_.]*)(\s*\()/g, (_, name: string, paren: string) => `${name.toUpperCase()}${paren}`)
      .replace(/(?<![A-Za-z0-9_.])(\$?)([a-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_, d1: string, c: string, d2: string, r: string) => `${d1}${c.toUpperCase()}${d2}${r}`)
      .replace(/(:\$?)([a-z]{1,3})(?![A-Za-z0-9_(])/g, (_, colon: string, c: string) => `${colon}${c.toUpperCase()}`))).join('');
}

// An A1 reference, optionally after a quoted sheet name: 'Sheet'!$A$2:B or C5.
const REFERENCE = /(?<![A-Za-z0-9_.$"])(?:('(?:[^']|'')+')!)?(\$?)([A-Z]{1,3})(\$?)(\d*)(?::(\$?)([A-Z]{1,3})(\$?)(\d*))?(?![A-Za-z0-9_(!])/g;

/** What a row move does to one row number: a new number, or undefined when the row itself was deleted. */
export type RowMap = (row: number) => number | undefined;

/**
 * Rewrites every reference to `target` (unprefixed refs when the formula sits on `target`): row numbers go
 * through `map`, as Sheets does for relative and absolute references alike when rows are inserted or deleted.
 * A deleted single cell becomes #REF!; a range whose ends were deleted shrinks to the rows that remain.
 */
export function shiftReferences(formula: string, formulaSheet: string, target: string, map: RowMap): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE,
    (whole, title: string | undefined, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
      const sheet = title === undefined ? formulaSheet : title.slice(1, -1).replace(/''/g, "'");
      if (sheet !== target || (r1 === '' && (r2 ?? '') === '')) return whole;
      const prefix = title === undefined ? '' : `${title}!`;
      if (c2 === undefined) {
        const row = map(Number(r1));
        return row === undefined ? '#REF!' : `${prefix}${d1}${c1}${d2}${row}`;
      }
      const first = Number(r1);
      let from = map(first);
      for (let r = first + 1; from === undefined && r2 !== '' && r <= Number(r2); r++) from = map(r);
      if (r2 === '') return from === undefined ? '#REF!' : `${prefix}${d1}${c1}${d2}${from}:${d3}${c2}${d4}`;
      let to = map(Number(r2));
      for (let r = Number(r2) - 1; to === undefined && r >= first; r--) to = map(r);
      if (from === undefined || to === undefined) return '#REF!';
      return `${prefix}${d1}${c1}${d2}${from}:${d3}${c2}${d4}${to}`;
    }))).join('');
}

/** Moves the relative row numbers of a formula's own-sheet references by delta, as a sort or a copy does. */
export function moveRelativeRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE,
    (whole, title: string | undefined, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
      if (title !== undefined) return whole;
      const move = (dollar: string, r: string): string => (r === '' || dollar === '$' ? r : String(Number(r) + delta));
      const second = c2 === undefined ? '' : `:${d3}${c2}${d4}${move(d4 ?? '', r2 ?? '')}`;
      return `${d1}${c1}${d2}${move(d2, r1)}${second}`;
    }))).join('');
}

/**
 * The text a header-cell formula shows in its own cell, known without computing it: the leading literal of
 * ={"title";…} or of =ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"title",…)). Sheets shows it; a double without an engine shows it too.
 */
export function headerLiteral(formula: string): string | undefined {
  const match = /^=\s*(?:\{\s*|ARRAYFORMULA\(\s*\{\s*|ARRAYFORMULA\(\s*IF\(\s*SEQUENCE\(\s*ROWS\(\s*\$?[A-Z]{1,3}\$?\d*:\$?[A-Z]{1,3}\$?\d*\s*\)\s*\)\s*=\s*1\s*,\s*)"((?:[^"]|"")*)"\s*[;,]/i.exec(formula);
  return match ? match[1]!.replace(/""/g, '"') : undefined;
}

/** The cells an array formula fills beyond its own: first and last row of its one-column output. */
export interface Spill {
  firstRow: number;
  lastRow: number;
  /** Where the formula's blank branch is empty (IF(A2:A="",,…)), rows whose guard column is blank hold nothing. */
  guardColumn?: number;
}

/**
 * Sheets fills ARRAYFORMULA's result down as far as its ranges run: C2:C5001 gives 5,000 rows from the
 * formula's cell, C2:C runs to the sheet's last row, C:C is as tall as the sheet. A leading {"header"; …} literal adds one row above.
 * Every cell of the result holds a value — "" included, which Sheets counts as content
 * (getLastRow/getDataRange: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow
 * "the position of the last row that has content"; a formula's "" is content).
 */
export function spillOf(formula: string, row: number, maxRows: number): Spill | undefined {
  const code = codeParts(formula).filter((_, i) => i % 2 === 0).join(' ');
  if (!/ARRAYFORMULA\s*\(/i.test(code)) return undefined;
  let height = 0;
  const own = /(?<![A-Za-z0-9_.$'!])\$?[A-Z]{1,3}\$?(\d*):\$?[A-Z]{1,3}\$?(\d*)(?![A-Za-z0-9_(!])/g;
  const bare = formula.split(/("(?:[^"]|"")*")/).filter((_, i) => i % 2 === 0).join(' ').replace(/'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?/g, ' ');
  for (const m of bare.matchAll(own)) {
    // A whole column (A:A) runs from row 1: the formula's result is as tall as the sheet.
    const from = m[1] === '' ? 1 : Number(m[1]);
    const to = m[2] === '' ? maxRows : Number(m[2]);
    height = Math.max(height, to - from + 1);
  }
  if (height <= 0) return undefined;
  const header = /^=\s*(?:ARRAYFORMULA\(\s*)?\{\s*"(?:[^"]|"")*"\s*;/i.test(formula) ? 1 : 0;
  const unprefixed = formula.replace(/'(?:[^']|'')+'!\$?[A-Z]{1,3}\$?\d*(?::\$?[A-Z]{1,3}\$?\d*)?/g, ' ');
  // A list (=ARRAYFORMULA({"title";…FILTER(…,B:B<>""…)…})) is no taller than the rows its FILTER keeps: B's filled rows bound it.
  const guard = /IF\(\s*\$?([A-Z]{1,3})\$?\d*:\$?[A-Z]{1,3}\$?\d*\s*=\s*""\s*,\s*[,)]/i.exec(unprefixed)
    ?? (/^=\s*ARRAYFORMULA\(\s*\{/i.test(formula) ? /(?<![A-Za-z0-9_.$])\$?([A-Z]{1,3}):\$?\1\s*<>\s*""/.exec(unprefixed) : null);
  return {
    firstRow: row,
    lastRow: Math.min(row + header + height - 1, maxRows),
    ...(guard ? { guardColumn: columnNumber(guard[1]!) } : {}),
  };
}
