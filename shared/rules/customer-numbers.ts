// The archive's customer ids numbered 0 … keys - 1, so what is kept per customer lives in arrays indexed by number, not in Maps keyed by id.
import type { Customer } from '../schema/customers';

export interface CustomerNumbers {
  /** Each id's number, in archive order of first appearance (a repeated id shares its first row's number; a blank id gets none). */
  keyOf: Map<string, number>;
  keys: number;
  /** Per archive row: its id's number, −1 for a blank id. */
  keyAt: Int32Array;
}

export function numberCustomers(customers: readonly Pick<Customer, 'id'>[]): CustomerNumbers {
  const keyOf = new Map<string, number>();
  const keyAt = new Int32Array(customers.length).fill(-1);
  for (let i = 0; i < customers.length; i++) {
    const id = customers[i]!.id;
    if (!id) continue;
    let key = keyOf.get(id);
    if (key === undefined) keyOf.set(id, (key = keyOf.size));
    keyAt[i] = key;
  }
  return { keyOf, keys: keyOf.size, keyAt };
}

/** Per number, the value of its id's last archive row (a repeated id is one customer; its last row wins, as a Map by id would keep). */
export function lastRowByNumber<T>({ keys, keyAt }: CustomerNumbers, rowValues: readonly T[]): (T | undefined)[] {
  const byNumber: (T | undefined)[] = new Array(keys).fill(undefined);
  for (let i = 0; i < keyAt.length; i++) if (keyAt[i]! >= 0) byNumber[keyAt[i]!] = rowValues[i];
  return byNumber;
}
