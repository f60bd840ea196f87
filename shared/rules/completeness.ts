// 档案完整率 — the share of customers whose key fields are all filled (000: 993 customers = 68%, target 85%), and each field's own share.
import { CUSTOMERS } from '../schema/customers';
import { share } from './stats';

export interface FieldCompleteness {
  key: string;
  filled: number;
  total: number;
  share: number | undefined;
  /** One of the Settings key fields the headline requires. */
  isKey: boolean;
}

export interface ArchiveCompleteness {
  /** Key fields first (in Settings order), then every other field a person fills in. */
  fields: FieldCompleteness[];
  /** The headline: customers with every key field filled, out of all customers. */
  overall: { filled: number; total: number; share: number | undefined };
  keyFields: string[];
}

/** Fields a person fills in: formula columns and the id are always there, so they would flatter the figure. */
export const COMPLETENESS_FIELDS: readonly string[] = CUSTOMERS.columns
  .filter((c) => !c.computed && c.key !== 'id')
  .map((c) => c.key);

/** A blank-looking cell (spaces only) is as empty as a missing one. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value !== 'string' || value.trim() !== '';
}

/** True when every key field of the customer is filled. */
export function isArchiveComplete(customer: Readonly<Record<string, unknown>>, keyFields: readonly string[]): boolean {
  return keyFields.every((key) => isFilled(customer[key]));
}

export function archiveCompleteness(
  customers: readonly Record<string, unknown>[],
  keyFields: readonly string[],
  fields: readonly string[] = COMPLETENESS_FIELDS,
): ArchiveCompleteness {
  const complete = keyFields.length === 0 ? 0 : customers.filter((c) => isArchiveComplete(c, keyFields)).length;
  return completenessFromCounts((key) => customers.filter((c) => isFilled(c[key])).length, complete, customers.length, keyFields, fields);
}

/** The key fields first, then the others: the order completeness lists its fields in. */
export function completenessOrder(keyFields: readonly string[], fields: readonly string[] = COMPLETENESS_FIELDS): string[] {
  return [...keyFields, ...fields.filter((f) => !keyFields.includes(f))];
}

/** Completeness from counts already made (customers with each field filled, customers complete, customers in all). */
export function completenessFromCounts(
  filledOf: (key: string) => number, complete: number, total: number, keyFields: readonly string[], fields: readonly string[] = COMPLETENESS_FIELDS,
): ArchiveCompleteness {
  const perField = completenessOrder(keyFields, fields).map((key) => {
    const filled = filledOf(key);
    return { key, filled, total, share: share(filled, total), isKey: keyFields.includes(key) };
  });
  return { fields: perField, overall: { filled: complete, total, share: keyFields.length === 0 ? undefined : share(complete, total) }, keyFields: [...keyFields] };
}
