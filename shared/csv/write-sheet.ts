// Typed rows → CSV text with headers in one language, the shape `kefu check` and the site read back.
import Papa from 'papaparse';
import type { Lang } from '../issue';
import type { Settings } from '../settings';
import type { Row, SheetSchema } from '../schema/types';
import { formatCell } from './cell-text';

export function writeSheet(rows: readonly Row[], schema: SheetSchema, settings: Settings, lang: Lang = 'zh'): string {
  const header = schema.columns.map((c) => c[lang]);
  const data = rows.map((row) => schema.columns.map((c) => formatCell(row[c.key], c, settings, lang)));
  return Papa.unparse({ fields: header, data }, { newline: '\r\n', escapeFormulae: false }) + '\r\n';
}
