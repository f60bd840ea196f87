// Builds the Kefu workbook in exceljs: Settings first, every sheet of the schemas with its formats, dropdowns, formulas and highlights.
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { QA_CRITERION } from '../../shared/enums';
import type { Lang } from '../../shared/issue';
import { SETTINGS_SHEET, SHEETS, type SheetName, type SheetSchema } from '../../shared/schema';
import { formatSettingValue, getSetting, SETTING_DESCRIPTORS, type Settings } from '../../shared/settings';
import { cellValueOf, resultOf } from './cell-values';
import { numberFormatOf } from '../../shared/schema/number-format';
import { validationOf } from './cell-validation';
import { columnWidth } from './column-width';
import { LISTS_SHEET, planDropdowns, type DropdownList } from './dropdown-lists';
import { excelFormula } from './excel-formulas';
import { criticalFormula, criticalName } from './formulas-qa';
import { highlightsOf } from './highlights';
import { quoteSheetName } from '../../shared/a1';
import { HELPER_COLUMNS, letterOf, namedRange } from './row-context';

/** Who made the workbook, in its properties: `kefu template --force` replaces only a workbook that says this. */
export const KEFU_CREATOR = 'Kefu';

export interface WorkbookContent {
  settings: Settings;
  lang: Lang;
  /** Typed rows per sheet (the sample's records, as the schemas type them); absent: an empty template. */
  rows?: Partial<Record<SheetName, readonly object[]>>;
  /** Rows below the data that get the formulas, formats and dropdowns ready for typing. */
  spareRows: number;
  /** The workbook's created/modified time (a parameter, like every "now"). */
  now: Date;
}

const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFEFEFEF' } };
const NUMERIC_SETTINGS = new Set(['integer', 'number']);
const HELPER_NOTE = 'Kefu：当月积分的辅助列（隐藏），请勿删除。\nKefu: a helper column for the monthly points (hidden); keep it.';

function writeHeader(sheet: Worksheet, schema: SheetSchema, lang: Lang): void {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const header = sheet.getRow(1);
  schema.columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column[lang];
    cell.note = column[other];
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
}

function writeSettings(wb: Workbook, settings: Settings, lang: Lang): void {
  const sheet = wb.addWorksheet(SETTINGS_SHEET[lang]);
  writeHeader(sheet, SETTINGS_SHEET, lang);
  sheet.columns = [{ width: 34 }, { width: 44 }, { width: 60 }];
  SETTING_DESCRIPTORS.forEach((d, i) => {
    const value = getSetting(settings, d.key);
    // Thresholds are numbers, so formulas compare numbers; lists and the rubric are the text the Settings reader reads.
    const cell = typeof value === 'number' && NUMERIC_SETTINGS.has(d.kind) ? value : formatSettingValue(d, value, lang);
    sheet.getRow(i + 2).values = [d.key, d[lang], cell];
    wb.definedNames.add(`${quoteSheetName(sheet.name)}!$C$${i + 2}`, namedRange(d.key));
  });
}

/** exceljs writes ranged data validations (one sqref per column) but leaves them out of its types. */
type WithValidations = Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };

function writeLists(wb: Workbook, lists: readonly DropdownList[], lang: Lang): void {
  const sheet = wb.addWorksheet(LISTS_SHEET[lang], { state: 'hidden' });
  const at = `${quoteSheetName(sheet.name)}!`;
  lists.forEach((list, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = 20;
    sheet.getCell(1, i + 1).value = list.header;
    list.items.forEach((item, r) => {
      sheet.getCell(r + 2, i + 1).value = 'formula' in item ? { formula: item.formula } : item.value;
    });
    const letter = column.letter;
    wb.definedNames.add(`${at}$${letter}$2:$${letter}$${list.items.length + 1}`, list.name);
  });
  // Whether the rubric marks each QA criterion critical: worked out once here, read by every QA row.
  const flags = lists.length + 1;
  sheet.getCell(1, flags).value = lang === 'zh' ? '一票否决' : 'critical';
  QA_CRITERION.forEach(({ key }, r) => {
    sheet.getCell(r + 2, flags).value = { formula: criticalFormula(key) };
    wb.definedNames.add(`${at}$${sheet.getColumn(flags).letter}$${r + 2}`, criticalName(key));
  });
}

function writeSheet(wb: Workbook, schema: SheetSchema, content: WorkbookContent, listOf: ReadonlyMap<string, string>): void {
  const { settings, lang } = content;
  const sheet = wb.addWorksheet(schema[lang]) as WithValidations;
  const rows = content.rows?.[schema.name] ?? [];
  const lastRow = rows.length + content.spareRows + 1;
  schema.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = columnWidth(column, lang);
    const format = numberFormatOf(column);
    if (format) col.numFmt = format;
  });
  writeHeader(sheet, schema, lang);
  sheet.autoFilter = `A1:${letterOf(schema, schema.columns.at(-1)!.key)}1`;
  const helpers = HELPER_COLUMNS[schema.name] ?? [];
  helpers.forEach((key, i) => {
    const at = schema.columns.length + i + 1;
    sheet.getColumn(at).hidden = true;
    // The header stays blank (the sheet reader skips a blank-headed column); the note says why the column is there.
    sheet.getCell(1, at).note = HELPER_NOTE;
    for (let r = 2; r <= lastRow; r++) sheet.getCell(r, at).value = { formula: excelFormula(schema, key, r, lang), result: '' };
  });
  for (let r = 2; r <= lastRow; r++) {
    const data = rows[r - 2] as Readonly<Record<string, unknown>> | undefined;
    const row = sheet.getRow(r);
    schema.columns.forEach((column, i) => {
      const value = data?.[column.key];
      if (column.computed) {
        const formula = excelFormula(schema, column.key, r, lang);
        row.getCell(i + 1).value = data ? { formula, result: resultOf(value, column, settings, lang) } : { formula, result: '' };
      } else if (value !== undefined) {
        row.getCell(i + 1).value = cellValueOf(value, column, settings, lang);
      }
    });
  }
  schema.columns.forEach((column) => {
    const validation = validationOf(column, listOf.get(`${schema.name}.${column.key}`), lang);
    const letter = letterOf(schema, column.key);
    if (validation) sheet.dataValidations.add(`${letter}2:${letter}${lastRow}`, validation);
  });
  for (const highlight of highlightsOf(schema, lastRow)) sheet.addConditionalFormatting(highlight);
}

/** The whole workbook, ready to write; exceljs is loaded here, on demand, so other commands never pay for it. */
export async function buildWorkbook(content: WorkbookContent): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = KEFU_CREATOR;
  wb.lastModifiedBy = KEFU_CREATOR;
  wb.created = content.now;
  wb.modified = content.now;
  // Excel and WPS recompute every formula on opening, so the sample's cached results and TODAY() are never stale there
  // (LibreOffice keeps cached results unless told to recalculate on load: docs/excel-wps.md).
  wb.calcProperties.fullCalcOnLoad = true;
  writeSettings(wb, content.settings, content.lang);
  const { lists, nameOf } = planDropdowns(content.settings, content.lang);
  for (const schema of SHEETS) if (schema !== SETTINGS_SHEET) writeSheet(wb, schema, content, nameOf);
  writeLists(wb, lists, content.lang);
  return wb;
}
