// The add-on's highlights as Excel conditional formats: overdue follow-ups, dissatisfied calls, late complaints, trainees below the pass mark.
import { SATISFACTION } from '../../shared/enums';
import type { SheetName, SheetSchema } from '../../shared/schema';
import { letterOf, namedRange, text } from './row-context';

export interface Highlight {
  key: string;
  /** The condition for a row, written for row 2 (Excel moves it down the range). */
  formula: (cell: string) => string;
  /** ARGB fill. */
  fill: string;
}

const RED = 'FFF4CCCC';
const ORANGE = 'FFFCE5CD';
const dissatisfied = SATISFACTION.find((s) => s.key === 'dissatisfied')!;

const HIGHLIGHTS: Partial<Record<SheetName, Highlight[]>> = {
  customers: [{ key: 'followUpOverdue', formula: (c) => `${c}=TRUE`, fill: RED }],
  calls: [{ key: 'satisfaction', formula: (c) => `OR(${c}=${text(dissatisfied.zh)},${c}=${text(dissatisfied.en)})`, fill: RED }],
  complaints: [{ key: 'slaBreached', formula: (c) => `${c}=TRUE`, fill: RED }],
  // A name reaches the Settings sheet from a rule, where a direct reference to another sheet is refused by Excel 2007.
  training: [{ key: 'score', formula: (c) => `AND(ISNUMBER(${c}),${c}<${namedRange('training.passMark')})`, fill: ORANGE }],
};

/** Each highlight of a sheet as exceljs takes it, over rows 2 to lastRow of every column. */
export function highlightsOf(schema: SheetSchema, lastRow: number) {
  const last = letterOf(schema, schema.columns.at(-1)!.key);
  return (HIGHLIGHTS[schema.name] ?? []).map((h) => ({
    ref: `A2:${last}${lastRow}`,
    rules: [{
      type: 'expression' as const,
      priority: 1,
      formulae: [h.formula(`$${letterOf(schema, h.key)}2`)],
      style: { fill: { type: 'pattern' as const, pattern: 'solid' as const, bgColor: { argb: h.fill } } },
    }],
  }));
}
