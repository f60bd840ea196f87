// Hidden helper columns the add-on keeps after a sheet's own columns, so a volatile formula only does element-wise work on their results.
import type { Column, SheetName, SheetSchema } from '../../../shared/schema/types';

/**
 * Helper columns per sheet, appended after the schema's columns: written by a header-cell formula like the live
 * columns, hidden by set-up, never exported (the CSV reader and export know only the schema's columns).
 */
export const HELPER_COLUMNS: Partial<Record<SheetName, readonly Column[]>> = {
  // Per customer: the day of the first reached, outbound call on or after the last visit's window opened (blank: none).
  customers: [{ key: 'followUpDoneAt', zh: '回访完成日（辅助）', en: 'Follow-up done on (helper)', type: 'date', computed: true }],
  // Not one value per row: the completing calls as sorted numbers (customer rank × DAY_SPAN + day), for a binary search.
  calls: [{ key: 'completionIndex', zh: '回访完成索引（辅助）', en: 'Completion index (helper)', type: 'integer', computed: true }],
};

const extended = new Map<SheetSchema, SheetSchema>();

/** The schema with its helper columns appended (the same object each time; the schema itself when it has none). */
export function withHelpers(schema: SheetSchema): SheetSchema {
  const helpers = HELPER_COLUMNS[schema.name];
  if (!helpers || schema.columns.some((c) => c.key === helpers[0]!.key)) return schema;
  let out = extended.get(schema);
  if (!out) {
    out = { ...schema, columns: [...schema.columns, ...helpers] };
    extended.set(schema, out);
  }
  return out;
}

/** Whether a column key is a helper (hidden by set-up), not one of the schema's own. */
export function isHelper(schema: SheetSchema, key: string): boolean {
  return HELPER_COLUMNS[schema.name]?.some((c) => c.key === key) ?? false;
}
