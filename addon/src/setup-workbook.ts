// Set up workbook: creates or upgrades every Kefu sheet from its schema, writing only what differs from what is there.
import { BUSINESS_TYPE, matchEnum, type BusinessType } from '../../shared/enums';
import { SHEETS, SETTINGS_SHEET } from '../../shared/schema';
import type { SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { buildValidation, numberFormatOf, sameValidation, validationOf } from './column-rules';
import { highlightsOf, planHighlights } from './conditional-formats';
import type { SheetPlace } from './formula-relocation';
import { formulaRows, plannedRows, sameRows, setFormulaRows, type FormulaRows } from './formula-rows';
import { labels } from './labels';
import { planLiveWrite, spanOf, staleFormulas, wantedFormulas } from './live-columns';
import type { Lang } from './rpc-contract';
import { fillSettings, nameSettingCells } from './settings-sheet';
import { a1, letter, otherLanguageName, readLayout, withAppended, type SheetLayout } from './sheet-layout';
import { cacheSettings, clockOf, findSheet, lastIdRow, type Clock } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const HEADER_PROTECTION = 'Kefu header';

interface Placed {
  schema: SheetSchema;
  sheet: Sheet;
  layout: SheetLayout;
  created: boolean;
  appended: string[];
  /** Row 1 as it is after the append. */
  header: unknown[];
}

export interface SetupReport {
  created: string[];
  appended: { sheet: string; columns: string[] }[];
  kept: { sheet: string; columns: string[] }[];
  /** Calls that changed the workbook; 0 when it was already set up. */
  writes: number;
}

/** Pass 1: the sheet exists, missing columns are appended to its header, and it has the columns it needs. */
function placeSheet(ss: Spreadsheet, schema: SheetSchema, lang: Lang, count: () => void): Placed {
  let sheet = findSheet(ss, schema);
  const created = !sheet;
  if (!sheet) {
    sheet = ss.insertSheet(schema[lang]);
    count();
  }
  const lastColumn = sheet.getLastColumn();
  const header = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0]! : [];
  const before = readLayout(schema, header);
  const { layout, header: added } = withAppended(before, lang);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < layout.width) {
    sheet.insertColumnsAfter(maxColumns, layout.width - maxColumns);
    count();
  }
  if (added.length > 0) {
    sheet.getRange(1, before.width + 1, 1, added.length).setValues([added]);
    count();
  }
  return { schema, sheet, layout, created, appended: added, header: [...header.slice(0, before.width), ...added] };
}

/** Pass 3: notes, frozen header, formats, validations, protection, highlights and live formulas of one sheet. */
function dressSheet(p: Placed, places: readonly SheetPlace[], settings: Settings, lang: Lang, rows: FormulaRows,
  count: () => void): string[] {
  const { sheet, layout } = p;
  const width = layout.width;
  const headerRange = sheet.getRange(1, 1, 1, width);
  const header = p.header;
  const notes = headerRange.getNotes()[0]!;
  const wantNotes = notes.map((note, i) => {
    const column = layout.columns[i];
    return column ? otherLanguageName(column, header[i]) : note;
  });
  if (wantNotes.some((note, i) => note !== notes[i])) {
    headerRange.setNotes([wantNotes]);
    count();
  }
  if (sheet.getFrozenRows() < 1) {
    sheet.setFrozenRows(1);
    count();
  }

  const maxRows = sheet.getMaxRows();
  const row2 = sheet.getRange(2, 1, 1, width);
  // The first and the last row show whether a column's format and validation reach all the way down.
  const lastRowRange = sheet.getRange(maxRows, 1, 1, width);
  const formats = [row2.getNumberFormats()[0]!, lastRowRange.getNumberFormats()[0]!];
  const validations = [row2.getDataValidations()[0]!, lastRowRange.getDataValidations()[0]!];
  const formulas = row2.getFormulas()[0]!;
  layout.columns.forEach((column, i) => {
    if (!column) return;
    const format = numberFormatOf(column);
    const columnRange = (): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(2, i + 1, maxRows - 1, 1);
    if (format && formats.some((row) => row[i] !== format)) {
      columnRange().setNumberFormat(format);
      count();
    }
    const spec = validationOf(column, a1(2, i + 1), settings, lang);
    if (spec && validations.some((row) => !sameValidation(row[i] ?? null, spec))) {
      columnRange().setDataValidation(buildValidation(spec));
      count();
    }
  });

  const headerA1 = `A1:${letter(width)}1`;
  const protection = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((x) => x.getDescription() === HEADER_PROTECTION);
  if (!protection) {
    headerRange.protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
    count();
  } else if (protection.getRange().getA1Notation() !== headerA1 || !protection.isWarningOnly()) {
    protection.setRange(headerRange).setWarningOnly(true);
    count();
  }

  const highlights = planHighlights(sheet, highlightsOf(layout, maxRows));
  if (highlights) {
    sheet.setConditionalFormatRules(highlights);
    count();
  }

  const self = places.find((x) => x.schema === p.schema)!;
  const wanted = p.schema === SETTINGS_SHEET ? [] : wantedFormulas(self, places.filter((x) => x !== self), lang, rows[p.schema.name as keyof FormulaRows]);
  const stale = staleFormulas(wanted, formulas);
  const span = spanOf(stale);
  if (!span) return [];
  const lastRow = Math.max(sheet.getLastRow(), 2);
  const block = sheet.getRange(2, span.first, lastRow - 1, span.last - span.first + 1);
  const { write, kept } = planLiveWrite(wanted, stale, span, block.getValues(), block.getFormulas(), 'setup');
  if (write) {
    sheet.getRange(2, write.column, write.block.length, write.block[0]!.length).setValues(write.block);
    count();
  }
  return kept;
}

export function setUpWorkbook(businessTypeText: string, lang: Lang): SetupReport {
  const businessType = matchEnum(BUSINESS_TYPE, businessTypeText) as BusinessType | undefined;
  if (!businessType) throw new Error(`Unknown business type "${businessTypeText}"`);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const clock: Clock = clockOf(ss);
  let writes = 0;
  const count = (): void => { writes++; };

  const placed = SHEETS.map((schema) => placeSheet(ss, schema, lang, count));
  // Pass 2: room for the rows the live formulas cover, more when the data already outgrows them.
  const data = placed.filter((p) => p.schema !== SETTINGS_SHEET);
  const current = formulaRows();
  const rows = plannedRows(current, Object.fromEntries(data.map((p) => [p.schema.name, lastIdRow(p.sheet, p.layout)])));
  if (!sameRows(rows, current)) setFormulaRows(rows);
  for (const p of data) {
    const want = rows[p.schema.name as keyof FormulaRows] + 1;
    const maxRows = p.sheet.getMaxRows();
    if (maxRows < want) {
      p.sheet.insertRowsAfter(maxRows, want - maxRows);
      count();
    }
  }
  const settingsPlaced = placed.find((p) => p.schema === SETTINGS_SHEET)!;
  const settingsValues = settingsPlaced.sheet.getDataRange().getValues();
  const fill = fillSettings(settingsPlaced.sheet, settingsValues, settingsPlaced.layout, businessType, lang, clock.wallClockOf);
  writes += fill.writes;
  writes += nameSettingCells(ss, settingsPlaced.sheet, fill.rowOf, settingsPlaced.layout.columnOf['value']!);
  cacheSettings(fill.settings);

  const places: SheetPlace[] = placed.map((p) => ({ schema: p.schema, name: p.sheet.getName(), columnOf: p.layout.columnOf }));
  const kept: SetupReport['kept'] = [];
  for (const p of placed) {
    const keptColumns = dressSheet(p, places, fill.settings, lang, rows, count);
    if (keptColumns.length > 0) {
      kept.push({ sheet: p.sheet.getName(), columns: keptColumns.map((k) => p.schema.columns.find((c) => c.key === k)![lang]) });
    }
  }
  return {
    created: placed.filter((p) => p.created).map((p) => p.sheet.getName()),
    appended: placed.filter((p) => !p.created && p.appended.length > 0).map((p) => ({ sheet: p.sheet.getName(), columns: p.appended })),
    kept,
    writes,
  };
}

export function describeSetup(report: SetupReport, lang: Lang): string {
  const t = labels(lang);
  if (report.writes === 0 && report.kept.length === 0) return t.setupNothing;
  const sep = lang === 'zh' ? '、' : ', ';
  const colon = lang === 'zh' ? '：' : ': ';
  const lines: string[] = [report.writes === 0 ? t.setupNothing : t.setupDone];
  if (report.created.length > 0) lines.push(`${t.setupCreated}${colon}${report.created.join(sep)}`);
  const of = (sheet: string): string => (lang === 'zh' ? `（${sheet}）` : ` (${sheet})`);
  for (const a of report.appended) lines.push(`${t.setupAppended}${of(a.sheet)}${colon}${a.columns.join(sep)}`);
  for (const k of report.kept) lines.push(`${t.setupKept}${of(k.sheet)}${colon}${k.columns.join(sep)}`);
  return lines.join('\n');
}
