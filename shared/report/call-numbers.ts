// The dataset's customers numbered once and every call's customer, time and day as numbers once, for every section that walks the calls by customer.
import { numberCalls, type CallNumbers } from '../rules/call-timeline';
import { numberCustomers, type CustomerNumbers } from '../rules/customer-numbers';
import { asCallTable } from '../sheet/call-table';
import type { ReportData } from './types';

export interface NumberedData {
  customers: CustomerNumbers;
  /** Under the customers' numbers: per call (calls order) its customer's number, −1 for none, and its time and day. */
  calls: CallNumbers;
}

const numbered = new WeakMap<Pick<ReportData, 'customers' | 'calls'>, NumberedData>();

/** Once per dataset: at a hundred thousand customers each look-up by id is a cache miss, so each distinct customer id is looked up here only. */
export function numberedData(data: Pick<ReportData, 'customers' | 'calls'>): NumberedData {
  let n = numbered.get(data);
  if (!n) {
    const customers = numberCustomers(data.customers);
    numbered.set(data, (n = { customers, calls: numberCalls(asCallTable(data.calls), customers.keyOf) }));
  }
  return n;
}
