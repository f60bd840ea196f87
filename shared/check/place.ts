// Where a cell of a read sheet is, for issues found after reading.
import type { Place, Bilingual } from '../issue';
import type { ReadRow, SheetRead } from '../sheet/sheet-read';

export function placeOf(read: SheetRead, row: ReadRow, key: string): Place {
  return { file: read.file, line: row.line, column: read.columnOf[key] ?? 0 };
}

export function header(read: SheetRead, key: string): Bilingual {
  const column = read.schema.columns.find((c) => c.key === key);
  return { en: column ? `${column.en} (${column.zh})` : key, zh: column ? `${column.zh}（${column.en}）` : key };
}
