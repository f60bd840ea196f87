// The add-on's live columns as sheet formulas: one array formula per computed column, written in its header cell, thresholds only through named ranges.
import { SHEETS, type SheetName, type SheetSchema } from '../../../shared/schema';
import { COMPLAINT_FORMULAS } from './complaints';
import { completionIndex, CUSTOMER_FORMULAS } from './customers';
import { withHelpers } from './helpers';
import { columnLetter } from './names';
import { QA_AUDIT_FORMULAS } from './qa-audits';
import { rangeContext, text, type Lang, type RangeContext } from './ranges';
import { TRAINING_FORMULAS } from './training';
import { WHAT_IT_COMPUTES } from './what';

export { columnLetter, namedRange } from './names';
export type { Lang };

export interface LiveFormula {
  /** The computed column's key. */
  key: string;
  /** 1-based column in the schema's order (set-up relocates it to where the sheet has it). */
  column: number;
  /** The header text the formula writes first, then the column's values below it. */
  header: string;
  /** The cell it is written in: the column's header cell, row 1. */
  a1: string;
  formula: string;
  /** One line on what it computes, in the formula's language. */
  what: string;
}

export interface LiveFormulaOptions {
  /** Language of the headers, sheet titles and labels a formula writes; zh unless told. */
  lang?: Lang;
  /** Header text per column key when the sheet's own header differs (an English header in a Chinese workbook): kept as it is. */
  headers?: Partial<Record<string, string>>;
}

const BODIES: Partial<Record<SheetName, Record<string, (r: RangeContext) => string>>> = {
  customers: CUSTOMER_FORMULAS,
  complaints: COMPLAINT_FORMULAS,
  qaAudits: QA_AUDIT_FORMULAS,
  training: TRAINING_FORMULAS,
};

/** Columns holding a sorted list rather than one value per row: written =ARRAYFORMULA({"header";list}). */
const LISTS: Partial<Record<SheetName, Record<string, (r: RangeContext) => string>>> = {
  calls: { completionIndex },
};

/**
 * Every computed column of the schema with the one formula that fills it, written in its header cell as
 * =ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"header",IF(A:A="",,…))): whole columns, so rows are never bounded and a row inserted
 * under the header is computed too (a {"header";…A2:A…} formula would start at A3:A after it); a row without an id is truly blank.
 * SEQUENCE(ROWS(…)) numbers the rows rather than ROW(A:A), which HyperFormula (the parity tests) does not expand.
 */
export function liveFormulas(schema: SheetSchema, options: LiveFormulaOptions = {}): LiveFormula[] {
  const lang = options.lang ?? 'zh';
  const r = rangeContext(schema, lang);
  return withHelpers(schema).columns.flatMap((column, index) => {
    if (!column.computed) return [];
    const list = LISTS[schema.name]?.[column.key];
    const body = BODIES[schema.name]?.[column.key];
    if (!body && !list) throw new Error(`no live formula for ${schema.name}.${column.key}`);
    const header = options.headers?.[column.key] ?? column[lang];
    const id = r.col('id');
    const formula = list ? `=ARRAYFORMULA({${text(header)};${list(r)}})`
      : `=ARRAYFORMULA(IF(SEQUENCE(ROWS(${id}))=1,${text(header)},IF(${id}="",,${body!(r)})))`;
    const what = WHAT_IT_COMPUTES[`${schema.name}.${column.key}`]?.[lang] ?? '';
    return [{ key: column.key, column: index + 1, header, a1: `${columnLetter(index)}1`, formula, what }];
  });
}

/** Every live formula of the workbook as written (for the self-test and docs/formulas.md), with the sheet it belongs to. */
export function everyLiveFormula(lang: Lang = 'zh'): (LiveFormula & { sheet: SheetName })[] {
  return SHEETS.flatMap((schema) => liveFormulas(schema, { lang }).map((f) => ({ ...f, sheet: schema.name })));
}

/**
 * The header text a live formula writes ("客户等级" from =ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"客户等级",…)), from a list's
 * =ARRAYFORMULA({"…";…}) or from the previous version's ={"客户等级";…}), or undefined for any other cell content.
 */
export function headerOfFormula(formula: string): string | undefined {
  const match = /^=\s*(?:\{\s*|ARRAYFORMULA\(\s*\{\s*|ARRAYFORMULA\(\s*IF\(\s*SEQUENCE\(\s*ROWS\(\s*\$?[A-Z]{1,3}\$?\d*:\$?[A-Z]{1,3}\$?\d*\s*\)\s*\)\s*=\s*1\s*,\s*)"((?:[^"]|"")*)"\s*[;,]/i.exec(formula);
  return match ? match[1]!.replace(/""/g, '"') : undefined;
}
