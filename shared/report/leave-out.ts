// Leaving out the rows that have issues (matched by file and line), and counting what was left out and why.
import { pickCalls, type CallTable } from '../sheet/call-table';
import type { SheetRead } from '../sheet/sheet-read';
import type { Issue } from '../issue';
import type { SheetName } from '../schema/types';

export interface LeftOut {
  rows: number;
  /** Rows per issue code, most first; a row with two kinds of problem counts under both. */
  byCode: { code: string; rows: number }[];
}

export interface LeaveOutResult {
  sheets: Partial<Record<SheetName, SheetRead>>;
  /** The calls table without the calls left out, when the calls came as a table (their sheet then keeps no rows). */
  calls: CallTable | undefined;
  leftOut: LeftOut;
  /** Issues not on a data row (a whole file, a header): leaving rows out cannot fix them. */
  notOnARow: Issue[];
}

export const NOTHING_LEFT_OUT: LeftOut = { rows: 0, byCode: [] };

const rowKey = (file: string, line: number): string => `${file}\u0000${line}`;

export function leaveOutRows(sheets: Partial<Record<SheetName, SheetRead>>, issues: readonly Issue[], calls?: CallTable): LeaveOutResult {
  const rowsAt = new Set<string>();
  for (const sheet of Object.values(sheets)) for (const row of sheet.rows) rowsAt.add(rowKey(sheet.file, row.line));
  const callsFile = sheets.calls?.file;
  if (calls && callsFile !== undefined) {
    for (const line of calls.line) rowsAt.add(rowKey(callsFile, line));
    for (const line of calls.partialLines) rowsAt.add(rowKey(callsFile, line));
  }

  const codesOf = new Map<string, Set<string>>();
  const notOnARow: Issue[] = [];
  for (const issue of issues) {
    const key = rowKey(issue.file, issue.line);
    if (issue.line <= 0 || !rowsAt.has(key)) {
      notOnARow.push(issue);
      continue;
    }
    const codes = codesOf.get(key) ?? new Set<string>();
    codes.add(issue.code);
    codesOf.set(key, codes);
  }

  const kept: Partial<Record<SheetName, SheetRead>> = {};
  for (const [name, sheet] of Object.entries(sheets) as [SheetName, SheetRead][]) {
    kept[name] = { ...sheet, rows: sheet.rows.filter((row) => !codesOf.has(rowKey(sheet.file, row.line))) };
  }

  const keptCalls = calls && callsFile !== undefined
    ? pickCalls(calls, [...calls.line.keys()].filter((i) => !codesOf.has(rowKey(callsFile, calls.line[i]!))))
    : calls;

  const counts = new Map<string, number>();
  for (const codes of codesOf.values()) for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const byCode = [...counts].map(([code, rows]) => ({ code, rows }))
    .sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { sheets: kept, calls: keptCalls, leftOut: { rows: codesOf.size, byCode }, notOnARow };
}
