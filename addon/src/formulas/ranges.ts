// Builds the open-ended A1 ranges a live formula reads: one column of data rows (row 2 down), in this sheet or another.
import { sheetByName, type SheetName, type SheetSchema } from '../../../shared/schema';
import { columnLetter } from './names';

export type Lang = 'zh' | 'en';

export interface RangeContext {
  /** A column of this sheet from row 2 to the sheet's end: "C2:C". */
  col(key: string): string;
  /** A column of another sheet by its title in lang, sized by that sheet: "'回访记录'!B2:B". */
  other(sheet: SheetName, key: string): string;
  lang: Lang;
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

export function rangeContext(schema: SheetSchema, lang: Lang): RangeContext {
  // Open-ended: inserting, deleting or sorting rows never shortens or shifts it, and no row count is written in.
  const span = (schemaOf: SheetSchema, key: string): string => {
    const letter = letterOf(schemaOf, key);
    return `${letter}2:${letter}`;
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
