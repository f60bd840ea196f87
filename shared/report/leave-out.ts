// Leaving out the rows that have issues (matched by file and line), and counting what was left out and why.
import { pickCalls, type CallTable } from '../sheet/call-table';
import { pickSpends, type SpendTable } from '../sheet/spend-table';
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
  /** The tables without the rows left out, for the sheets that came as tables (those sheets then keep no rows). */
  tables: ReadTables;
  leftOut: LeftOut;
  /** Issues not on a data row (a whole file, a header): leaving rows out cannot fix them. */
  notOnARow: Issue[];
}

/** The sheets a streaming read kept as tables instead of rows: the calls, and the points ledger's spends. */
export interface ReadTables {
  calls?: CallTable;
  spends?: SpendTable;
}

export const NOTHING_LEFT_OUT: LeftOut = { rows: 0, byCode: [] };

const rowKey = (file: string, line: number): string => `${file}\u0000${line}`;

export function leaveOutRows(sheets: Partial<Record<SheetName, SheetRead>>, issues: readonly Issue[], { calls, spends }: ReadTables = {}): LeaveOutResult {
  const rowsAt = new Set<string>();
  for (const sheet of Object.values(sheets)) for (const row of sheet.rows) rowsAt.add(rowKey(sheet.file, row.line));
  const addLines = (file: string | undefined, ...lines: Iterable<number>[]): void => {
    if (file !== undefined) for (const some of lines) for (const line of some) rowsAt.add(rowKey(file, line));
  };
  const callsFile = sheets.calls?.file;
  const pointsFile = sheets.points?.file;
  if (calls) addLines(callsFile, calls.line, calls.partialLines);
  if (spends) addLines(pointsFile, spends.line, spends.otherLines, spends.partialLines);

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

  const keptSheets: Partial<Record<SheetName, SheetRead>> = {};
  for (const [name, sheet] of Object.entries(sheets) as [SheetName, SheetRead][]) {
    keptSheets[name] = { ...sheet, rows: sheet.rows.filter((row) => !codesOf.has(rowKey(sheet.file, row.line))) };
  }

  // The positions of a table's rows that stay.
  const kept = (file: string, line: Int32Array): number[] => [...line.keys()].filter((i) => !codesOf.has(rowKey(file, line[i]!)));
  const keptLines = (file: string, lines: readonly number[]): number[] => lines.filter((l) => !codesOf.has(rowKey(file, l)));
  const tables: ReadTables = {
    ...(calls ? { calls: callsFile === undefined ? calls : pickCalls(calls, kept(callsFile, calls.line)) } : {}),
    ...(spends ? { spends: pointsFile === undefined ? spends : pickSpends(spends, kept(pointsFile, spends.line), keptLines(pointsFile, spends.otherLines)) } : {}),
  };

  const counts = new Map<string, number>();
  for (const codes of codesOf.values()) for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  const byCode = [...counts].map(([code, rows]) => ({ code, rows }))
    .sort((a, b) => b.rows - a.rows || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { sheets: keptSheets, tables, leftOut: { rows: codesOf.size, byCode }, notOnARow };
}
