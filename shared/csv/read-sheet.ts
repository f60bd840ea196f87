// CSV text → typed rows of one sheet, with every problem as an issue at its physical file:line:column.
import type { Lang } from '../issue';
import type { Settings } from '../settings';
import type { SheetSchema } from '../schema/types';
import type { BadBytes } from './bad-bytes';
import { createCsvRecords } from './csv-records';
import { createGridReader, type ReadGridOptions } from '../sheet/read-grid';
import type { SheetRead } from '../sheet/sheet-read';

/**
 * badBytes: where text holds U+FFFD for bytes that were not UTF-8 (from the file's decoder); each is reported in its cell.
 * listLang overrides the header's language for naming allowed values (a CSV written from a sheet headed in another).
 */
export function readSheet(text: string, file: string, schema: SheetSchema, settings: Settings, badBytes: readonly BadBytes[] = [],
  listLang?: Lang, options: Omit<ReadGridOptions, 'listLang'> = {}): SheetRead {
  const reader = createGridReader({ file }, schema, settings, { ...options, listLang });
  const records = createCsvRecords(file, (row) => reader.row(row), badBytes);
  records.push(text);
  records.end();
  return reader.end();
}

// Where the types used to live: kept so callers outside this change (site/) still compile.
export type { ReadRow, SheetRead } from '../sheet/sheet-read';
export type { BadBytes } from './bad-bytes';
