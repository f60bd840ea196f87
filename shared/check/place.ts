// Where a cell of a read sheet is, for issues found after reading.
import type { Place, Bilingual } from '../issue';
import type { SheetHead } from '../sheet/sheet-read';

export function placeOf(read: SheetHead, row: { line: number }, key: string): Place {
  const column = read.columnOf[key] ?? 0;
  return read.sheet === undefined ? { file: read.file, line: row.line, column } : { file: read.file, sheet: read.sheet, line: row.line, column };
}

export function header(read: SheetHead, key: string): Bilingual {
  const column = read.schema.columns.find((c) => c.key === key);
  return { en: column ? `${column.en} (${column.zh})` : key, zh: column ? `${column.zh}（${column.en}）` : key };
}
