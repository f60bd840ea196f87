// 档案完整率 — how much of the customer archive is filled in, per field and overall.
import { CUSTOMERS } from '../schema/customers';
import { share } from './stats';

export interface FieldCompleteness {
  key: string;
  filled: number;
  total: number;
  share: number | undefined;
}

export interface ArchiveCompleteness {
  fields: FieldCompleteness[];
  overall: { filled: number; total: number; share: number | undefined };
}

/** Fields a person fills in: formula columns and the id are always there, so they would flatter the figure. */
export const COMPLETENESS_FIELDS: readonly string[] = CUSTOMERS.columns
  .filter((c) => !c.computed && c.key !== 'id')
  .map((c) => c.key);

/** A blank-looking cell (spaces only) is as empty as a missing one. */
function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

export function archiveCompleteness(
  customers: readonly Record<string, unknown>[],
  fields: readonly string[] = COMPLETENESS_FIELDS,
): ArchiveCompleteness {
  const total = customers.length;
  const perField = fields.map((key) => {
    const filled = customers.filter((c) => isFilled(c[key])).length;
    return { key, filled, total, share: share(filled, total) };
  });
  const filled = perField.reduce((sum, f) => sum + f.filled, 0);
  const cells = total * fields.length;
  return { fields: perField, overall: { filled, total: cells, share: share(filled, cells) } };
}
