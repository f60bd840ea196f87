// A1 notation for the spreadsheet double: parse "B2", "B2:D9", "C2:C", "A:C"; print a range back.
import { columnLetter } from '../../shared/a1';

export interface Box { row: number; column: number; rows: number; columns: number }

export function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Open ends ("C2:C", "A:C") run to the sheet's last row. */
export function parseA1(a1: string, maxRows: number, maxColumns: number): Box {
  const [from, to] = a1.replace(/\s/g, '').split(':') as [string, string | undefined];
  const a = CELL.exec(from);
  const b = to === undefined ? a : CELL.exec(to);
  if (!a || !b || (!a[1] && !a[2])) throw new Error(`Exception: Range not found: ${a1}`);
  const c1 = a[1] ? columnNumber(a[1]) : 1;
  const r1 = a[2] ? Number(a[2]) : 1;
  const c2 = b[1] ? columnNumber(b[1]) : to === undefined ? c1 : maxColumns;
  const r2 = b[2] ? Number(b[2]) : to === undefined ? r1 : maxRows;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

export function boxA1(box: Box): string {
  const first = `${columnLetter(box.column - 1)}${box.row}`;
  if (box.rows === 1 && box.columns === 1) return first;
  return `${first}:${columnLetter(box.column + box.columns - 2)}${box.row + box.rows - 1}`;
}
