// Recalculate: puts back every live formula that is missing, stale or typed over; one header write per sheet (and a clear per column typed over), none when all are right.
import { SHEETS } from '../../shared/schema';
import type { SheetSchema } from '../../shared/schema/types';
import type { SheetPlace } from './formula-relocation';
import { withHelpers } from './formulas/helpers';
import { labels } from './labels';
import { headerTexts, spanOf, staleFormulas, wantedFormulas, type HeaderRow } from './live-columns';
import type { Lang } from './rpc-contract';
import { readLayout, type SheetLayout } from './sheet-layout';
import { writeLive } from './setup-workbook';
import { findSheet } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RecalculateReport {
  written: { sheet: string; columns: string[] }[];
  /** Formula columns the sheet lacks: set-up adds them. */
  missing: { sheet: string; columns: string[] }[];
  writes: number;
}

interface Found {
  schema: SheetSchema;
  sheet: Sheet;
  layout: SheetLayout;
  row1: HeaderRow;
}

/** The header row, values and formulas: a live formula's header counts as the column's header. */
function find(sheet: Sheet, schema: SheetSchema): Found {
  const lastColumn = sheet.getLastColumn();
  const range = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : undefined;
  const row1: HeaderRow = range ? { values: range.getValues()[0]!, formulas: range.getFormulas()[0]! } : { values: [], formulas: [] };
  return { schema, sheet, layout: readLayout(schema, headerTexts(row1)), row1 };
}

export function recalculateWorkbook(lang: Lang): RecalculateReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const findAll = (): Found[] => SHEETS.filter((s) => s.name !== 'settings').flatMap((schema) => {
    const sheet = findSheet(ss, schema);
    return sheet ? [find(sheet, withHelpers(schema))] : [];
  });
  const found = findAll();
  let writes = 0;
  const places: SheetPlace[] = found.map((f) => ({ schema: f.schema, name: f.sheet.getName(), columnOf: f.layout.columnOf }));
  const report: RecalculateReport = { written: [], missing: [], writes: 0 };
  for (const f of found) {
    const computed = f.schema.columns.filter((c) => c.computed);
    if (computed.length === 0) continue;
    const name = places.find((p) => p.schema === f.schema)!.name;
    const absent = computed.filter((c) => f.layout.columnOf[c.key] === undefined);
    if (absent.length > 0) report.missing.push({ sheet: name, columns: absent.map((c) => c[lang]) });
    const self = places.find((p) => p.schema === f.schema)!;
    const texts = headerTexts(f.row1);
    const wanted = wantedFormulas(self, places.filter((p) => p !== self), lang, (c) => texts[c - 1]);
    const stale = staleFormulas(wanted, f.row1);
    const span = spanOf(stale);
    if (!span) continue;
    const { write } = writeLive(f.sheet, stale, f.row1, span, 'recalculate', () => { writes++; });
    if (!write) continue;
    report.written.push({ sheet: name, columns: write.keys.map((k) => f.schema.columns.find((c) => c.key === k)![lang]) });
  }
  report.writes = writes;
  return report;
}

export function describeRecalculate(report: RecalculateReport, lang: Lang): string {
  const t = labels(lang);
  const sep = lang === 'zh' ? '、' : ', ';
  const colon = lang === 'zh' ? '：' : ': ';
  const of = (sheet: string): string => (lang === 'zh' ? `（${sheet}）` : ` (${sheet})`);
  const lines: string[] = [report.written.length > 0 ? t.recalcDone : t.recalcNothing];
  for (const w of report.written) lines.push(`${t.recalcWritten}${of(w.sheet)}${colon}${w.columns.join(sep)}`);
  for (const m of report.missing) lines.push(`${t.recalcMissing}${of(m.sheet)}${colon}${m.columns.join(sep)}`);
  return lines.join('\n');
}
