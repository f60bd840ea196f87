// Fills a set-up workbook in the double with typed rows (e.g. `kefu sample` data) as a person pasting CSV would, without counting calls.
import { formatCell } from '../../shared/sheet/cell-text';
import type { Lang } from '../../shared/issue';
import type { Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { generateSample, type SampleData } from '../../cli/sample/generate';
import type { SpreadsheetServicesDouble } from './index';
import { enteredValue } from './spreadsheet';
import { headerOfFormula } from '../../addon/src/formulas';

/** Writes rows from row 2 under the sheet's existing header (matched by zh or en title); formula columns are left alone. */
export function pasteRows(double: SpreadsheetServicesDouble, sheetName: string, schema: SheetSchema, rows: readonly Row[],
  settings: Settings, lang: Lang, options: { computed?: boolean } = {}): void {
  const sheet = double.sheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  // A live column's header cell holds its formula; the title it shows is inside it.
  const shown = (i: number): string => { const c = sheet.cell(1, i + 1); return String(c?.value ?? '') || (headerOfFormula(c?.formula ?? '') ?? ''); };
  const header = Array.from({ length: sheet.lastColumn() }, (_, i) => shown(i));
  const columns = schema.columns
    .map((c) => ({ c, at: header.findIndex((h) => h === c.zh || h === c.en) + 1 }))
    .filter(({ c, at }) => at > 0 && (options.computed || !c.computed));
  if (sheet.maxRows < rows.length + 1) sheet.maxRows = rows.length + 1;
  rows.forEach((row, r) => {
    for (const { c, at } of columns) {
      const text = formatCell(row[c.key], c, settings, lang);
      const cell = sheet.edit(r + 2, at);
      const entered = enteredValue(text, cell.format, double.core.timeZone);
      delete cell.value;
      delete cell.formula;
      Object.assign(cell, entered);
    }
  });
}

let cached: SampleData | undefined;

/** The fictional studio's year from `kefu sample` (500 customers), generated once per test file. */
export function sampleData(): SampleData {
  cached ??= generateSample();
  return cached;
}

/** Calls padded or cut to exactly n rows, ids renumbered so they stay unique. */
export function callsOf(data: SampleData, n: number): Row[] {
  const source = data.calls as unknown as Row[];
  return Array.from({ length: n }, (_, i) => ({ ...source[i % source.length]!, id: `HF${String(i + 1).padStart(5, '0')}` }));
}
