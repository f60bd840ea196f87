// The add-on's live columns in Excel's dialect: one formula per row, relative to its row, blank where the row has no id.
import type { Lang } from '../../shared/issue';
import type { SheetName, SheetSchema } from '../../shared/schema';
import { CUSTOMER_FORMULAS } from './formulas-customers';
import { COMPLAINT_FORMULAS, TRAINING_FORMULAS } from './formulas-others';
import { QA_AUDIT_FORMULAS } from './formulas-qa';
import { rowContext, type RowContext } from './row-context';

const BODIES: Partial<Record<SheetName, Record<string, (r: RowContext) => string>>> = {
  customers: CUSTOMER_FORMULAS,
  complaints: COMPLAINT_FORMULAS,
  qaAudits: QA_AUDIT_FORMULAS,
  training: TRAINING_FORMULAS,
};

/**
 * The formula (without "=") of a computed column in sheet row `row`. Excel 2016 has no dynamic arrays, so each row holds
 * its own copy; cross-row counts read whole columns ($G:$G), which rows added, deleted or sorted never fall outside of.
 */
export function excelFormula(schema: SheetSchema, key: string, row: number, lang: Lang): string {
  const body = BODIES[schema.name]?.[key];
  if (!body) throw new Error(`no Excel formula for ${schema.name}.${key}`);
  const r = rowContext(schema, row, lang);
  return `IF(${r.cell('id')}="","",${body(r)})`;
}
