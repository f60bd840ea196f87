// Several stores' data → one ReportData: rows concatenated, every id and id reference prefixed "<label>:" so ids repeated across stores stay apart.
import { asCallTable, joinCallTables } from '../sheet/call-table';
import { asSpendTable, joinSpendTables } from '../sheet/spend-table';
import type { ReportData } from './types';

export interface StoreData {
  label: string;
  data: ReportData;
}

/** The id a store's row carries once combined: "north:C0001". */
export function storeId(label: string, id: string): string {
  return `${label}:${id}`;
}

const opt = (label: string, id: string | undefined): string | undefined => (id === undefined || id === '' ? id : storeId(label, id));

/** Pure: the stores' rows in store order, each id and reference prefixed with its store's label. */
export function combineStores(stores: readonly StoreData[]): ReportData {
  const out: ReportData = { customers: [], calls: [], complaints: [], qaAudits: [], training: [], points: [] };
  for (const { label, data } of stores) {
    const id = (x: string): string => storeId(label, x);
    for (const c of data.customers) out.customers.push({ ...c, id: id(c.id), referrerId: opt(label, c.referrerId) });
    for (const c of data.complaints) out.complaints.push({ ...c, id: id(c.id), customerId: opt(label, c.customerId) });
    for (const q of data.qaAudits) out.qaAudits.push({ ...q, id: id(q.id) });
    for (const t of data.training) out.training.push({ ...t, id: id(t.id) });
  }
  // The calls' customer and complaint ids, as the rows' would be (a call's own id is not kept: no figure reads it).
  out.calls = joinCallTables(stores.map((s) => asCallTable(s.data.calls)), (key, value, k) => {
    const label = stores[k]!.label;
    return key === 'customerId' ? storeId(label, value) : key === 'complaintId' ? opt(label, value)! : value;
  });
  // The ledger's spends, their customers prefixed (the entries' own ids are not kept: no figure reads them).
  out.points = joinSpendTables(stores.map((s) => asSpendTable(s.data.points)), (value, k) => storeId(stores[k]!.label, value));
  return out;
}
