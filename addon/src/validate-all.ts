// Validate all: every sheet read with one getValues, checked like `kefu check` checks CSV files; nothing is written.
import { checkWorkbook } from '../../shared/check/check-workbook';
import { isWarning, sortIssues, type Issue } from '../../shared/issue';
import type { SheetRead } from '../../shared/sheet/sheet-read';
import type { SheetName } from '../../shared/schema/types';
import { getLanguage } from './language';
import { labels } from './labels';
import type { Lang, ValidationIssue, ValidationReport } from './rpc-contract';
import { a1 } from './sheet-layout';
import { SHEETS } from '../../shared/schema';
import { activeSpreadsheet, findSheet, readColumns, readWorkbook, type LiveWorkbook } from './workbook';

/** More than this and the sidebar becomes a wall; the count of the rest is the last line. */
export const REPORT_LIMIT = 1000;

const WARNING = { zh: '提醒：', en: 'Warning: ' } as const;

const PLACE = {
  zh: { row: (n: number) => `第 ${n} 行`, header: '表头' },
  en: { row: (n: number) => `row ${n}`, header: 'header row' },
} as const;

/** "客户档案 · 第 2 行 · 积分" / "Customers · row 2 · Points": the sheet, the row and the column's title as a person says them. */
function placeOf(issue: Issue, read: SheetRead | undefined, lang: Lang): { place: string; column?: string } {
  const key = read ? Object.keys(read.columnOf).find((k) => read.columnOf[k] === issue.column) : undefined;
  const column = key ? read!.schema.columns.find((c) => c.key === key)?.[lang] : undefined;
  const parts = [issue.file];
  if (issue.line === 1) parts.push(PLACE[lang].header);
  else if (issue.line > 1) parts.push(PLACE[lang].row(issue.line));
  if (column) parts.push(column);
  return column ? { place: parts.join(' · '), column } : { place: parts.join(' · ') };
}

export function reportOf(workbook: LiveWorkbook, lang: Lang): ValidationReport {
  const reads: Partial<Record<SheetName, SheetRead>> = {};
  let checkedRows = 0;
  for (const [name, live] of Object.entries(workbook.sheets)) {
    reads[name as SheetName] = live.read;
    checkedRows += live.read.rows.length;
  }
  const all: Issue[] = sortIssues([
    ...workbook.settingsIssues,
    ...Object.values(reads).flatMap((read) => read.issues),
    ...checkWorkbook(reads, workbook.settings),
  ]);
  const deduplicated = all.filter((issue, i) => i === 0 || JSON.stringify(issue) !== JSON.stringify(all[i - 1]));
  // Problems first, so warnings (calls in quiet hours) never push a problem past the limit.
  const unique = [...deduplicated.filter((i) => !isWarning(i)), ...deduplicated.filter(isWarning)];
  const readOf = new Map(Object.values(reads).map((read) => [read.file, read]));
  const issues: ValidationIssue[] = unique.slice(0, REPORT_LIMIT).map((issue) => {
    const message = lang === 'zh' ? issue.messageZh : issue.message;
    const where = { sheet: issue.file, a1: a1(issue.line, issue.column), rule: issue.code, ...placeOf(issue, readOf.get(issue.file), lang) };
    if (!isWarning(issue)) return { ...where, message };
    return { ...where, message: `${WARNING[lang]}${message}`, level: 'warning' };
  });
  if (unique.length > REPORT_LIMIT) issues.push({ sheet: '', a1: '', message: labels(lang).overflow(unique.length - REPORT_LIMIT) });
  return { issues, checkedRows };
}

export function validationReport(): ValidationReport {
  return reportOf(readWorkbook(activeSpreadsheet()), getLanguage());
}

export function goToCell(sheetName: string, cell: string): void {
  const ss = activeSpreadsheet();
  const sheet = ss.getSheetByName(String(sheetName));
  if (!sheet) return;
  ss.setActiveSheet(sheet);
  sheet.getRange(/^[A-Z]{1,3}[0-9]+$/.test(String(cell)) ? String(cell) : 'A1').activate();
}

/** Selects the row of record `id` in a Kefu sheet (its key, e.g. calls): a confirmation's link to what was just saved. */
export function goToRecord(sheetKey: string, id: string): boolean {
  const ss = activeSpreadsheet();
  const schema = SHEETS.find((candidate) => candidate.name === String(sheetKey));
  const sheet = schema ? findSheet(ss, schema) : null;
  if (!schema || !sheet) return false;
  const index = readColumns(sheet, schema, ['id'])['id']!.findIndex((value) => String(value).trim() === String(id).trim());
  if (index < 0) return false;
  ss.setActiveSheet(sheet);
  sheet.getRange(index + 2, 1, 1, sheet.getLastColumn()).activate();
  return true;
}
