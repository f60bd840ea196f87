// Set up workbook: creates or upgrades every Kefu sheet from its schema, writing only what differs from what is there.
import { BUSINESS_TYPE, matchEnum, type BusinessType } from '../../shared/enums';
import { SHEETS, SETTINGS_SHEET } from '../../shared/schema';
import type { SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { buildValidation, sameValidation, validationOf } from './column-rules';
import { numberFormatOf } from '../../shared/schema/number-format';
import { highlightsOf, planHighlights } from './conditional-formats';
import { isHelper, withHelpers } from './formulas/helpers';
import type { SheetPlace } from './formula-relocation';
import { labels } from './labels';
import { headerTexts, planLiveWrite, spanOf, staleFormulas, wantedFormulas, type HeaderRow } from './live-columns';
import type { Lang } from './rpc-contract';
import { fillSettings, nameSettingCells } from './settings-sheet';
import { a1, letter, otherLanguageName, readLayout, withAppended, type SheetLayout } from './sheet-layout';
import { cacheSettings, clockOf, findSheet, type Clock } from './workbook';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const HEADER_PROTECTION = 'Kefu header';

interface Placed {
  schema: SheetSchema;
  sheet: Sheet;
  layout: SheetLayout;
  created: boolean;
  appended: string[];
  /** Row 1's texts as they are after the append (a live formula's header where the cell shows none). */
  header: unknown[];
  /** Row 1's values and formulas as they are after the append. */
  row1: HeaderRow;
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
  const headerRange = lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn) : undefined;
  const read: HeaderRow = headerRange ? { values: headerRange.getValues()[0]!, formulas: headerRange.getFormulas()[0]! } : { values: [], formulas: [] };
  const header = headerTexts(read);
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
  const row1: HeaderRow = { values: [...read.values.slice(0, before.width), ...added], formulas: [...read.formulas.slice(0, before.width), ...added.map(() => '')] };
  return { schema, sheet, layout, created, appended: added, header: [...header.slice(0, before.width), ...added], row1 };
}

/** Pass 3: notes, frozen header, formats, validations, protection, highlights and live formulas of one sheet. */
function dressSheet(p: Placed, places: readonly SheetPlace[], settings: Settings, lang: Lang, count: () => void): string[] {
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

  // Helper columns hold numbers no one reads: hidden, once.
  for (const [key, column] of Object.entries(layout.columnOf)) {
    if (!isHelper(p.schema, key) || sheet.isColumnHiddenByUser(column)) continue;
    sheet.hideColumns(column);
    count();
  }

  const self = places.find((x) => x.schema === p.schema)!;
  const wanted = p.schema === SETTINGS_SHEET ? [] : wantedFormulas(self, places.filter((x) => x !== self), lang, (c) => header[c - 1]);
  const stale = staleFormulas(wanted, p.row1);
  const span = spanOf(stale);
  if (!span) return [];
  const write = writeLive(sheet, stale, p.row1, span, 'setup', count);
  return write.kept;
}

/** Reads rows 2… of the span once, then writes the header block with one setValues and empties the columns below that need it. */
export function writeLive(sheet: Sheet, stale: Parameters<typeof planLiveWrite>[0], row1: HeaderRow, span: { first: number; last: number },
  mode: 'setup' | 'recalculate', count: () => void): ReturnType<typeof planLiveWrite> {
  const lastRow = sheet.getLastRow();
  const block = lastRow >= 2 ? sheet.getRange(2, span.first, lastRow - 1, span.last - span.first + 1) : undefined;
  const below = block ? { values: block.getValues(), formulas: block.getFormulas() } : { values: [], formulas: [] };
  const planned = planLiveWrite(stale, row1, span, below, mode);
  const { write } = planned;
  if (!write) return planned;
  sheet.getRange(1, write.column, 1, write.block[0]!.length).setValues(write.block);
  count();
  for (const column of write.clear) {
    sheet.getRange(2, column, lastRow - 1, 1).clearContent();
    count();
  }
  return planned;
}

export function setUpWorkbook(businessTypeText: string, lang: Lang): SetupReport {
  const businessType = matchEnum(BUSINESS_TYPE, businessTypeText) as BusinessType | undefined;
  if (!businessType) throw new Error(`Unknown business type "${businessTypeText}"`);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const clock: Clock = clockOf(ss);
  let writes = 0;
  const count = (): void => { writes++; };

  // Each sheet with its hidden helper columns after its own (appended like any missing column).
  const placed = SHEETS.map((schema) => placeSheet(ss, withHelpers(schema), lang, count));
  // SLA and overdue colours follow NOW()/TODAY(): recalculated hourly, not only on an edit.
  const hourly = SpreadsheetApp.RecalculationInterval.HOUR;
  if (ss.getRecalculationInterval() !== hourly) {
    ss.setRecalculationInterval(hourly);
    count();
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
    const keptColumns = dressSheet(p, places, fill.settings, lang, count);
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
