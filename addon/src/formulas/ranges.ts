// Builds the bounded A1 ranges a live formula reads: one column of data rows, in this sheet or another.
import { sheetByName, type SheetName, type SheetSchema } from '../../../shared/schema';
import { columnLetter } from './names';

export type Lang = 'zh' | 'en';

/**
 * Data rows a live formula covers (rows 2 … MAX_ROWS + 1). HyperFormula cannot parse open-ended
 * ranges like A2:A, so every range stops here; sheets need at least MAX_ROWS + 1 rows.
 */
export const MAX_ROWS = 5000;

export interface RangeContext {
  /** A column of this sheet: "C2:C5001". */
  col(key: string): string;
  /** A column of another sheet by its title in lang: "'回访记录'!B2:B5001". */
  other(sheet: SheetName, key: string): string;
  lang: Lang;
  rows: number;
}

function letterOf(schema: SheetSchema, key: string): string {
  const index = schema.columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`${schema.name} has no column ${key}`);
  return columnLetter(index);
}

/** A sheet title quoted for a formula; a quote inside is doubled. */
export function quoteSheet(title: string): string {
  return `'${title.replace(/'/g, "''")}'`;
}

/** A string literal for a formula. */
export function text(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

export function rangeContext(schema: SheetSchema, lang: Lang, rows: number): RangeContext {
  const span = (schemaOf: SheetSchema, key: string): string => {
    const letter = letterOf(schemaOf, key);
    return `${letter}2:${letter}${rows + 1}`;
  };
  return {
    col: (key) => span(schema, key),
    other: (sheet, key) => {
      const target = sheetByName(sheet);
      return `${quoteSheet(target[lang])}!${span(target, key)}`;
    },
    lang,
    rows,
  };
}
