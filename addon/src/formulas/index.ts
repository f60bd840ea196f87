// The add-on's live columns as sheet formulas: one ARRAYFORMULA per computed column, thresholds only through named ranges.
import type { SheetName, SheetSchema } from '../../../shared/schema';
import { COMPLAINT_FORMULAS } from './complaints';
import { CUSTOMER_FORMULAS } from './customers';
import { QA_AUDIT_FORMULAS } from './qa-audits';
import { MAX_ROWS, rangeContext, type Lang, type RangeContext } from './ranges';
import { TRAINING_FORMULAS } from './training';

export { columnLetter, namedRange } from './names';
export { MAX_ROWS };
export type { Lang };

export interface LiveFormula {
  /** The computed column's key; the formula goes in that column's row 2. */
  key: string;
  formula: string;
}

export interface LiveFormulaOptions {
  /** Language of the sheet titles and of the labels a formula writes; zh unless told. */
  lang?: Lang;
  /** Data rows covered, rows 2 … rows + 1; MAX_ROWS unless told (tests use fewer). */
  rows?: number;
}

const BODIES: Partial<Record<SheetName, Record<string, (r: RangeContext) => string>>> = {
  customers: CUSTOMER_FORMULAS,
  complaints: COMPLAINT_FORMULAS,
  qaAudits: QA_AUDIT_FORMULAS,
  training: TRAINING_FORMULAS,
};

/** Every computed column of the schema with the one array formula that fills it; blank where the row's id is blank. */
export function liveFormulas(schema: SheetSchema, options: LiveFormulaOptions = {}): LiveFormula[] {
  const r = rangeContext(schema, options.lang ?? 'zh', options.rows ?? MAX_ROWS);
  return schema.columns.filter((c) => c.computed).map((column) => {
    const body = BODIES[schema.name]?.[column.key];
    if (!body) throw new Error(`no live formula for ${schema.name}.${column.key}`);
    return { key: column.key, formula: `=ARRAYFORMULA(IF(${r.col('id')}="","",${body(r)}))` };
  });
}
