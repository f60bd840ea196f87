// Moves a live formula written for the schema's column order (A = columns[0]) onto a sheet whose columns sit elsewhere.
import type { SheetSchema } from '../../shared/schema/types';
import { letter, quoteSheetName } from './sheet-layout';

/** Where one sheet's columns really are, and what the sheet is really called. */
export interface SheetPlace {
  schema: SheetSchema;
  /** The name the workbook gives the sheet. */
  name: string;
  /** Column key → 1-based sheet column. */
  columnOf: Record<string, number>;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const REFERENCE = /(?<![A-Za-z0-9_.$'"])(?:'((?:[^']|'')+)'!)?(\$?)([A-Z]{1,3})(\$?)(\d*)(?::(\$?)([A-Z]{1,3})(\$?)(\d*))?(?![A-Za-z0-9_(!])/g;

/**
 * Rewrites column letters (and sheet titles) of every A1 reference outside string literals.
 * `self` is the sheet the formula sits in; `others` the rest, found by either title of their schema.
 */
export function relocateFormula(formula: string, self: SheetPlace, others: readonly SheetPlace[]): string {
  const placeOf = (title: string | undefined): SheetPlace | undefined => {
    if (title === undefined) return self;
    const wanted = title.replace(/''/g, "'").trim().toLowerCase();
    return [self, ...others].find((p) => [p.schema.zh, p.schema.en, p.name].some((t) => t.toLowerCase() === wanted));
  };
  const move = (place: SheetPlace, letters: string): string => {
    const column = place.schema.columns[columnNumber(letters) - 1];
    const actual = column ? place.columnOf[column.key] : undefined;
    return actual ? letter(actual) : letters;
  };
  // Split on string literals ("" inside one is an escaped quote): only the code between them is rewritten.
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => i % 2 === 1 ? part : part.replace(REFERENCE,
    (whole, title: string | undefined, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
      if (r1 === '' && c2 === undefined) return whole;
      const place = placeOf(title);
      if (!place) return whole;
      const prefix = title === undefined ? '' : `${quoteSheetName(place.name)}!`;
      const second = c2 === undefined ? '' : `:${d3}${move(place, c2)}${d4}${r2}`;
      return `${prefix}${d1}${move(place, c1)}${d2}${r1}${second}`;
    })).join('');
}
