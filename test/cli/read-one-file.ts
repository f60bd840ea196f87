// One CSV file as `kefu check` reads it, for tests: opened (a refusal is one file-level issue), then read in one pass.
import { openCsvFile, readCsv } from '../../load/csv-file';
import { issueAt } from '../../shared/issue';
import type { SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import type { SheetRead } from '../../shared/sheet/sheet-read';

export function readCsvFile(path: string, schema: SheetSchema, settings: Settings, name = path): SheetRead {
  const opened = openCsvFile(path);
  if (opened.ok) return readCsv(opened, name, schema, settings);
  return { file: name, schema, rows: [], rowCount: 0, columnOf: {}, issues: [issueAt({ file: name, line: 0, column: 0 }, opened.code, opened.message, opened.messageZh)] };
}
