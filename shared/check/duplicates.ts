// Values that must be unique within a sheet — ids, phones, member card numbers — used twice.
import { issueAt, type Issue } from '../issue';
import type { SheetRead } from '../sheet/sheet-read';
import { header, placeOf } from './place';

/** Phones compare by their digits, so "138 1234 5678" and "13812345678" are the same number. */
function comparable(value: unknown, type: string): string {
  const text = String(value);
  return type === 'phone' ? text.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '') : text.trim().toLowerCase();
}

export function findDuplicates(read: SheetRead): Issue[] {
  const issues: Issue[] = [];
  for (const column of read.schema.columns.filter((c) => c.unique)) {
    const firstLine = new Map<string, number>();
    const code = column.key === 'id' ? 'duplicate-id' : column.type === 'phone' ? 'duplicate-phone' : 'duplicate-value';
    const name = header(read, column.key);
    for (const row of read.rows) {
      const value = row.values[column.key];
      if (value === undefined || value === '') continue;
      const key = comparable(value, column.type);
      const first = firstLine.get(key);
      if (first === undefined) {
        firstLine.set(key, row.line);
        continue;
      }
      issues.push(issueAt(placeOf(read, row, column.key), code,
        `${name.en} "${value}" is already used at line ${first}; each must be unique`,
        `${name.zh}"${value}"已在第 ${first} 行使用，不能重复`));
    }
  }
  return issues;
}
