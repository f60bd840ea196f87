// Builds the whole-column A1 ranges a live formula reads (A:A, header row included), in this sheet or another.
import { sheetByName, type SheetName, type SheetSchema } from '../../../shared/schema';
import { withHelpers } from './helpers';
import { columnLetter } from './names';

import { quoteSheetName } from '../../../shared/a1';
import type { Lang } from '../../../shared/issue';

export type { Lang };

export interface RangeContext {
  /** A whole column of this sheet, header row included: "C:C" (row 1 is the formula's own header branch). */
  col(key: string): string;
  /** A whole column of another sheet by its title in lang, sized by that sheet: "'回访记录'!B:B". */
  other(sheet: SheetName, key: string): string;
  lang: Lang;
}

function letterOf(schema: SheetSchema, key: string): string {
  // The hidden helper columns sit after the schema's own, as set-up appends them.
  const index = withHelpers(schema).columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`${schema.name} has no column ${key}`);
  return columnLetter(index);
}

/** A sheet title quoted for a formula; a quote inside is doubled (one rule, shared/a1.ts). */
export const quoteSheet = quoteSheetName;

export { formulaText as text } from '../../../shared/a1';

export function rangeContext(schema: SheetSchema, lang: Lang): RangeContext {
  // Whole columns: no row is written in, so inserting a row anywhere (even above row 2, which would turn A2:A into
  // A3:A) or deleting or sorting rows never shifts or shortens it.
  const span = (schemaOf: SheetSchema, key: string): string => {
    const letter = letterOf(schemaOf, key);
    return `${letter}:${letter}`;
  };
  return {
    col: (key) => span(schema, key),
    other: (sheet, key) => {
      const target = sheetByName(sheet);
      return `${quoteSheet(target[lang])}!${span(target, key)}`;
    },
    lang,
  };
}
