// Typed rows → CSV text with headers in one language, the shape `kefu check` and the site read back (no parser needed to write).
import type { Lang } from '../issue';
import type { Settings } from '../settings';
import type { Row, SheetSchema } from '../schema/types';
import { formatCell } from '../sheet/cell-text';

/** Quoted as papaparse's unparse quotes: a line break, quote, BOM or comma inside, or a space at either end. */
const NEEDS_QUOTES = /[\r\n"\uFEFF,]|^ | $/;

function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function writeSheet(rows: readonly Row[], schema: SheetSchema, settings: Settings, lang: Lang = 'zh'): string {
  const lines = [schema.columns.map((c) => csvField(c[lang])).join(',')];
  for (const row of rows) lines.push(schema.columns.map((c) => csvField(formatCell(row[c.key], c, settings, lang))).join(','));
  // With no rows papaparse ended the header with a line break too: kept, so every file stays byte for byte as it was.
  return lines.join('\r\n') + (rows.length === 0 ? '\r\n\r\n' : '\r\n');
}
