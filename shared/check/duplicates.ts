// Values that must be unique within a sheet — ids, phones, member card numbers — used twice, found as the rows pass.
import { issueAt, type Issue } from '../issue';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { header, placeOf } from './place';

/** Phones compare by their digits, so "138 1234 5678" and "13812345678" are the same number. */
function comparable(value: unknown, type: string): string {
  const text = String(value);
  return type === 'phone' ? text.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '') : text.trim().toLowerCase();
}

/** Keeps, per unique column, each value's first line only: memory grows with distinct values, not with row objects. */
export function createDuplicateCheck(head: SheetHead, issues: Issue[]): (row: ReadRow) => void {
  const checks = head.schema.columns.filter((c) => c.unique).map((column) => ({
    column,
    firstLine: new Map<string, number>(),
    code: column.key === 'id' ? 'duplicate-id' : column.type === 'phone' ? 'duplicate-phone' : 'duplicate-value',
    name: header(head, column.key),
  }));
  return (row) => {
    for (let i = 0; i < checks.length; i++) {
      const { column, firstLine, code, name } = checks[i]!;
      const value = row.values[column.key];
      if (value === undefined || value === '') continue;
      const key = comparable(value, column.type);
      const first = firstLine.get(key);
      if (first === undefined) {
        firstLine.set(key, row.line);
        continue;
      }
      issues.push(issueAt(placeOf(head, row, column.key), code,
        `${name.en} "${value}" is already used at line ${first}; each must be unique`,
        `${name.zh}"${value}"已在第 ${first} 行使用，不能重复`));
    }
  };
}
