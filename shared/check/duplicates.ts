// Values that must be unique within a sheet — ids, phones, member card numbers — used twice, found as the rows pass.
import { issueAt, type Issue } from '../issue';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { createFirstLines } from './id-keys';
import { header, placeOf } from './place';

/** Phones compare by their digits, so "138 1234 5678" and "13812345678" are the same number. */
const phoneDigits = (text: string): string => text.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
const folded = (text: string): string => text.trim().toLowerCase();

/** Keeps, per unique column, each value's first line only: memory grows with distinct values, not with row objects. */
export function createDuplicateCheck(head: SheetHead, issues: Issue[]): (row: ReadRow) => void {
  const checks = head.schema.columns.filter((c) => c.unique).map((column) => ({
    key: column.key,
    phone: column.type === 'phone',
    firstLines: createFirstLines(folded),
    code: column.key === 'id' ? 'duplicate-id' : column.type === 'phone' ? 'duplicate-phone' : 'duplicate-value',
    name: header(head, column.key),
  }));
  return (row) => {
    for (let i = 0; i < checks.length; i++) {
      const { key, phone, firstLines, code, name } = checks[i]!;
      const value = row.values[key];
      if (value === undefined || value === '') continue;
      const text = typeof value === 'string' ? value : String(value);
      const first = firstLines.firstOrSet(phone ? phoneDigits(text) : text, row.line);
      if (first === undefined) continue;
      issues.push(issueAt(placeOf(head, row, key), code,
        `${name.en} "${value}" is already used at line ${first}; each must be unique`,
        `${name.zh}"${value}"已在第 ${first} 行使用，不能重复`));
    }
  };
}
