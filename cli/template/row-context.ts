// The references a per-row Excel formula makes: its own row's cells, whole columns of its sheet or another, and setting names.
import { columnLetter, quoteSheetName } from '../../shared/a1';
import type { Lang } from '../../shared/issue';
import { sheetByName, type SheetName, type SheetSchema } from '../../shared/schema';

export interface RowContext {
  /** This row's cell of a column, column fixed and row relative ("$N2"), so sorting and inserting rows keep it on its row. */
  cell(key: string): string;
  /** A whole column of this sheet ("$G:$G"): rows added, deleted or sorted are always inside it. */
  col(key: string): string;
  /** A whole column of another sheet by its title in lang: "'回访记录'!$B:$B". */
  other(sheet: SheetName, key: string): string;
  lang: Lang;
}

// The same setting names, literals and quoting as the add-on's formulas (shared/a1), so the two workbooks read alike.
export { formulaText as text, namedRange } from '../../shared/a1';

/**
 * Hidden helper columns after a sheet's own: a formula per row that others add up, where Excel 2016 has no array to do it.
 * Their header cell is blank, so the sheet reader skips them as it skips any blank-headed column.
 */
export const HELPER_COLUMNS: Partial<Record<SheetName, readonly string[]>> = { qaAudits: ['lostDayShare'] };

export function letterOf(schema: SheetSchema, key: string): string {
  const index = schema.columns.findIndex((c) => c.key === key);
  if (index >= 0) return columnLetter(index);
  const helper = HELPER_COLUMNS[schema.name]?.indexOf(key) ?? -1;
  if (helper < 0) throw new Error(`${schema.name} has no column ${key}`);
  return columnLetter(schema.columns.length + helper);
}

/** row is the 1-based sheet row the formula is written in. */
export function rowContext(schema: SheetSchema, row: number, lang: Lang): RowContext {
  const whole = (s: SheetSchema, key: string): string => `$${letterOf(s, key)}:$${letterOf(s, key)}`;
  return {
    cell: (key) => `$${letterOf(schema, key)}${row}`,
    col: (key) => whole(schema, key),
    other: (sheet, key) => {
      const target = sheetByName(sheet);
      return `${quoteSheetName(target[lang])}!${whole(target, key)}`;
    },
    lang,
  };
}
