// 公式自检 / Formula self-test: the live formulas computed by Sheets itself on hidden temporary sheets, compared with the shared rules, then removed.
import { formatCell } from '../../shared/sheet/cell-text';
import { parseValue } from '../../shared/sheet/parse-value';
import { sheetByName, SETTINGS_SHEET } from '../../shared/schema';
import type { Column, Row, SheetSchema } from '../../shared/schema/types';
import { defaultSettings, SETTING_DESCRIPTORS, type Settings } from '../../shared/settings';
import { namedRange } from './formulas';
import { withHelpers } from './formulas/helpers';
import type { SheetPlace } from './formula-relocation';
import { escapeHtml, labels } from './labels';
import { wantedFormulas } from './live-columns';
import type { Lang } from './rpc-contract';
import { boundaryCases, CASE_SHEETS, expectedColumns, type BoundaryCases } from './self-test-cases';
import { defaultCellText } from './settings-sheet';
import { cellText, dateTimeText, isDate, sheetValue, type WallClockOf } from './sheet-cell';
import { wallClockIn } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Temporary sheets are named with this prefix (a person never names a sheet so), and hidden. */
export const SELF_TEST_PREFIX = '_kefu_selftest_';
/** The temporary Settings' named ranges: KEFU_TIER_VIP_SPEND becomes KEFUSELFTEST_TIER_VIP_SPEND in the formulas. */
export const SELF_TEST_NAME_PREFIX = 'KEFUSELFTEST_';
/** The temporary Settings sheet's cell holding =NOW(): the instant Sheets computed with, which the rules then use. */
const NOW_CELL = 'E1';
/** Blank rows checked under the cases: a live formula must leave them empty. */
const TAIL_ROWS = 3;

/**
 * The preset whose defaults the temporary Settings hold: the car-service desk has after-sales stages, so both
 * follow-up windows (post-service and after-sales first call) are exercised; the shop's own Settings are never read.
 */
const PRESET = 'car-service';

export interface SelfTestMismatch {
  sheet: string;
  column: string;
  /** The row in the temporary sheet (header = 1). */
  row: number;
  sheets: string;
  rule: string;
}

export interface SelfTestReport {
  checked: number;
  mismatches: SelfTestMismatch[];
  /** Set when the run stopped early; the temporary sheets were removed all the same. */
  error?: string;
}

const tempName = (schema: SheetSchema, lang: Lang): string => `${SELF_TEST_PREFIX}${schema[lang]}`;

/** The formula as written for the real Settings, moved onto the temporary Settings' names (outside string literals). */
export function toTemporaryNames(formula: string): string {
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 === 1 ? part
    : part.replace(/(?<![A-Za-z0-9_])KEFU_(?=[A-Z0-9_]+)/g, SELF_TEST_NAME_PREFIX))).join('');
}

/** Sheets and names a run that was stopped (6-minute limit, a closed tab) may have left: ours by their prefix. */
function removeLeftovers(ss: Spreadsheet): void {
  for (const n of ss.getNamedRanges()) if (n.getName().startsWith(SELF_TEST_NAME_PREFIX)) n.remove();
  for (const s of ss.getSheets()) if (s.getName().startsWith(SELF_TEST_PREFIX)) ss.deleteSheet(s);
}

interface Added { sheets: Sheet[]; names: string[] }

function addSheet(ss: Spreadsheet, name: string, added: Added): Sheet {
  const sheet = ss.insertSheet(name);
  added.sheets.push(sheet);
  sheet.hideSheet();
  return sheet;
}

function writeSettings(ss: Spreadsheet, settings: Settings, lang: Lang, added: Added): void {
  const sheet = addSheet(ss, tempName(SETTINGS_SHEET, lang), added);
  const rows = [SETTINGS_SHEET.columns.map((c) => c[lang]),
    ...SETTING_DESCRIPTORS.map((d) => [d.key, d[lang], defaultCellText(d, settings, lang)])];
  sheet.getRange(1, 1, rows.length, 3).setValues(rows);
  SETTING_DESCRIPTORS.forEach((d, i) => {
    const name = toTemporaryNames(namedRange(d.key));
    ss.setNamedRange(name, sheet.getRange(i + 2, 3));
    added.names.push(name);
  });
  sheet.getRange(NOW_CELL).setFormula('=NOW()');
}

const columnOf = (schema: SheetSchema): Record<string, number> => Object.fromEntries(schema.columns.map((c, i) => [c.key, i + 1]));

function writeData(ss: Spreadsheet, cases: BoundaryCases, settings: Settings, lang: Lang, added: Added): Map<string, Sheet> {
  const sheets = new Map<string, Sheet>();
  const places: SheetPlace[] = CASE_SHEETS.map((name) => {
    // The hidden helper columns too: the live formulas read them.
    const schema = withHelpers(sheetByName(name));
    return { schema, name: tempName(schema, lang), columnOf: columnOf(schema) };
  });
  const longest = Math.max(...CASE_SHEETS.map((n) => cases[n].length));
  for (const place of places) {
    const { schema } = place;
    const sheet = addSheet(ss, place.name, added);
    sheets.set(schema.name, sheet);
    const width = schema.columns.length;
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const rows: readonly Row[] = cases[schema.name as keyof BoundaryCases];
    const block = [schema.columns.map((c) => c[lang]),
      ...rows.map((row) => schema.columns.map((c) => (c.computed ? '' : sheetValue(row[c.key], c, settings, lang))))];
    // The first case is typed last, into a row inserted right under the header, as a person adds a record at the top:
    // the header formulas must compute it and stay aligned with every row below.
    sheet.getRange(1, 1, block.length - 1, width).setValues([block[0]!, ...block.slice(2)]);
    const others = places.filter((p) => p !== place);
    // Each live formula goes in its column's header cell (whole columns, A:A), as set-up writes it.
    for (const { column, formula } of wantedFormulas(place, others, lang, (c) => block[0]![c - 1])) {
      sheet.getRange(1, column).setFormula(toTemporaryNames(formula));
    }
    if (block.length > 1) {
      sheet.insertRowBefore(2);
      sheet.getRange(2, 1, 1, width).setValues([block[1]!]);
    }
    // Date results show as dates (getValues gives a Date), as set-up formats the real columns.
    schema.columns.forEach((c, i) => {
      if (c.computed && c.type === 'date') sheet.getRange(2, i + 1, longest + TAIL_ROWS, 1).setNumberFormat('yyyy-mm-dd');
    });
  }
  return sheets;
}

/** The text a reader sees for a value of a column, so Sheets' value and the rule's compare as the CSV export would write them. */
function shown(value: unknown, column: Column, settings: Settings, lang: Lang): string {
  return formatCell(value, column, settings, lang);
}

function compare(sheets: Map<string, Sheet>, cases: BoundaryCases, settings: Settings, lang: Lang, now: string,
  wallClockOf: WallClockOf): SelfTestReport {
  const expected = expectedColumns(cases, settings, now);
  const report: SelfTestReport = { checked: 0, mismatches: [] };
  const longest = Math.max(...CASE_SHEETS.map((n) => cases[n].length));
  for (const [name, columns] of Object.entries(expected)) {
    const schema = withHelpers(sheetByName(name as keyof BoundaryCases));
    const sheet = sheets.get(name)!;
    const count = cases[name as keyof BoundaryCases].length;
    const values = sheet.getRange(2, 1, longest + TAIL_ROWS, schema.columns.length).getValues();
    for (const [key, wanted] of Object.entries(columns)) {
      const index = schema.columns.findIndex((c) => c.key === key);
      const column = schema.columns[index]!;
      for (let i = 0; i < count + TAIL_ROWS; i++) {
        const text = cellText(values[i]![index], column, wallClockOf);
        const parsed = parseValue(text, column, settings);
        const got = parsed.ok ? shown(parsed.value, column, settings, lang) : text;
        const rule = i < count ? shown(wanted[i], column, settings, lang) : '';
        report.checked++;
        if (got !== rule || !parsed.ok) {
          report.mismatches.push({ sheet: schema[lang], column: column[lang], row: i + 2, sheets: text, rule });
        }
      }
    }
  }
  return report;
}

/** The instant Sheets computed with, yyyy-mm-ddThh:mm:ss in the spreadsheet's zone; `fallback` if the cell holds no date. */
function sheetsNow(settingsSheet: Sheet, wallClockOf: WallClockOf, fallback: string): string {
  const value = settingsSheet.getRange(NOW_CELL).getValue();
  return isDate(value) ? dateTimeText(wallClockOf(value)).replace(' ', 'T') : fallback;
}

/**
 * Runs the self-test in `ss`: adds the hidden sheets and names, lets Sheets compute (flush), compares, and in a
 * finally removes all it added and puts back the active sheet and selection. `now` is the script's clock.
 */
export function formulaSelfTest(ss: Spreadsheet, lang: Lang, now: string): SelfTestReport {
  const activeSheet = ss.getActiveSheet();
  const activeRange = ss.getActiveRange();
  const added: Added = { sheets: [], names: [] };
  // Whole minutes, so a case "received exactly 24 h ago" is exact in the sheet too.
  const start = `${now.slice(0, 16)}:00`;
  const settings = defaultSettings(PRESET);
  const wallClockOf = wallClockIn(ss.getSpreadsheetTimeZone());
  try {
    removeLeftovers(ss);
    const cases = boundaryCases(start);
    writeSettings(ss, settings, lang, added);
    const sheets = writeData(ss, cases, settings, lang, added);
    SpreadsheetApp.flush();
    const computedAt = sheetsNow(added.sheets[0]!, wallClockOf, now);
    return compare(sheets, cases, settings, lang, computedAt, wallClockOf);
  } catch (error) {
    return { checked: 0, mismatches: [], error: String((error as Error)?.message ?? error) };
  } finally {
    // Each removal on its own: one that fails must not leave the others behind (the next run removes leftovers too).
    const attempt = (step: () => void): void => { try { step(); } catch { /* left for the next run's removeLeftovers */ } };
    for (const name of added.names) attempt(() => ss.removeNamedRange(name));
    for (const sheet of added.sheets) attempt(() => ss.deleteSheet(sheet));
    attempt(() => ss.setActiveSheet(activeSheet));
    if (activeRange) attempt(() => ss.setActiveRange(activeRange));
  }
}

const TEXT = {
  zh: {
    agree: (n: number) => `全部一致：Google 表格对 ${n} 个边界值算出的结果与内置规则相同。`,
    disagree: (m: number, n: number) => `${n} 个边界值中有 ${m} 个与内置规则不一致。请把此表截图发给维护者。`,
    failed: (e: string) => `自检未能完成：${e}`,
    removed: '临时工作表和命名区域已全部删除，您的数据没有改动。',
    head: ['工作表', '列', '行', '表格的值', '规则的值'],
  },
  en: {
    agree: (n: number) => `All agree: Google Sheets computed the same as the built-in rules for ${n} boundary values.`,
    disagree: (m: number, n: number) => `${m} of ${n} boundary values differ from the built-in rules. Please send a screenshot of this table to the maintainers.`,
    failed: (e: string) => `The self-test could not finish: ${e}`,
    removed: 'The temporary sheets and named ranges were all removed; your data is unchanged.',
    head: ['Sheet', 'Column', 'Row', "Sheets' value", "The rule's value"],
  },
} as const;

export function selfTestHtml(report: SelfTestReport, lang: Lang): string {
  const t = TEXT[lang];
  const summary = report.error !== undefined ? t.failed(report.error)
    : report.mismatches.length === 0 ? t.agree(report.checked) : t.disagree(report.mismatches.length, report.checked);
  const rows = report.mismatches.map((m) => `<tr>${[m.sheet, m.column, String(m.row), m.sheets, m.rule]
    .map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  const table = report.mismatches.length === 0 ? ''
    : `<table><thead><tr>${t.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows}\n</tbody></table>`;
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><base target="_top"><meta charset="utf-8"><title>${escapeHtml(labels(lang).titleSelfTest)}</title>
<style>body{font:14px/1.6 Arial,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#202124}h1{font-size:18px;margin:0 0 8px}
table{border-collapse:collapse}th,td{border:1px solid #dadce0;padding:2px 6px;text-align:left}p.note{color:#5f6368}</style></head><body><main>
<h1>${escapeHtml(labels(lang).titleSelfTest)}</h1>
<p role="status">${escapeHtml(summary)}</p>
${table}
<p class="note">${escapeHtml(t.removed)}</p>
</main></body></html>`;
}
