// Recalculate: puts back every live formula that is missing, stale or typed over; at most one write per sheet, none when all are right.
import { SHEETS } from '../../shared/schema';
import type { SheetSchema } from '../../shared/schema/types';
import type { SheetPlace } from './formula-relocation';
import { formulaRows, plannedRows, sameRows, setFormulaRows, type FormulaRows } from './formula-rows';
import { labels } from './labels';
import { planLiveWrite, spanOf, staleFormulas, wantedFormulas } from './live-columns';
import type { Lang } from './rpc-contract';
import { readLayout, type SheetLayout } from './sheet-layout';
import { setUpWorkbook } from './setup-workbook';
import { clockOf, findSheet, lastIdRow, readSettingsSheet } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RecalculateReport {
  written: { sheet: string; columns: string[] }[];
  /** Formula columns the sheet lacks: set-up adds them. */
  missing: { sheet: string; columns: string[] }[];
  rows: FormulaRows;
  writes: number;
}

interface Found {
  schema: SheetSchema;
  sheet: Sheet;
  layout: SheetLayout;
  lastDataRow: number;
}

/** The header and the last row holding an id: formula output below it does not count as data. */
function find(sheet: Sheet, schema: SheetSchema): Found {
  const lastColumn = sheet.getLastColumn();
  const layout = readLayout(schema, lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]! : []);
  return { schema, sheet, layout, lastDataRow: lastIdRow(sheet, layout) };
}

export function recalculateWorkbook(lang: Lang): RecalculateReport {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const findAll = (): Found[] => SHEETS.filter((s) => s.name !== 'settings').flatMap((schema) => {
    const sheet = findSheet(ss, schema);
    return sheet ? [find(sheet, schema)] : [];
  });
  let found = findAll();
  let writes = 0;
  const before = formulaRows();
  const rows = plannedRows(before, Object.fromEntries(found.map((f) => [f.schema.name, f.lastDataRow])));
  if (!sameRows(rows, before)) {
    // Growing is set-up's work: more rows, and formats, validations and highlights reaching them.
    setFormulaRows(rows);
    const { settings } = readSettingsSheet(ss, clockOf(ss));
    writes += setUpWorkbook(settings.businessType, lang).writes;
    found = findAll();
  }
  const places: SheetPlace[] = found.map((f) => ({ schema: f.schema, name: f.sheet.getName(), columnOf: f.layout.columnOf }));
  const report: RecalculateReport = { written: [], missing: [], rows, writes: 0 };
  for (const f of found) {
    const computed = f.schema.columns.filter((c) => c.computed);
    if (computed.length === 0) continue;
    const name = places.find((p) => p.schema === f.schema)!.name;
    const absent = computed.filter((c) => f.layout.columnOf[c.key] === undefined);
    if (absent.length > 0) report.missing.push({ sheet: name, columns: absent.map((c) => c[lang]) });
    const self = places.find((p) => p.schema === f.schema)!;
    const wanted = wantedFormulas(self, places.filter((p) => p !== self), lang, rows[f.schema.name as keyof FormulaRows]);
    if (wanted.length === 0) continue;
    const stale = staleFormulas(wanted, f.sheet.getRange(2, 1, 1, f.layout.width).getFormulas()[0]!);
    const span = spanOf(stale);
    if (!span) continue;
    const lastRow = Math.max(f.sheet.getLastRow(), 2);
    const block = f.sheet.getRange(2, span.first, lastRow - 1, span.last - span.first + 1);
    const { write } = planLiveWrite(wanted, stale, span, block.getValues(), block.getFormulas(), 'recalculate');
    if (!write) continue;
    f.sheet.getRange(2, write.column, write.block.length, write.block[0]!.length).setValues(write.block);
    writes++;
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
