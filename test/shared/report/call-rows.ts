// A dataset's calls as rows, whichever form the loader handed them in (tests that count row reads or compare both forms need rows).
import type { Call } from '../../../shared/schema/calls';
import { callAt, isCallTable, type Calls } from '../../../shared/sheet/call-table';

export function callRows(calls: Calls): Call[] {
  if (!isCallTable(calls)) return [...calls];
  const table = calls;
  // A table keeps no call id (no figure reads one): number the rows as their lines.
  return Array.from({ length: table.length }, (_, i) => ({ id: `K${table.line[i]}`, ...callAt(table, i) }) as Call);
}
