// Validate all: every sheet read with one getValues, checked like `kefu check` checks CSV files; nothing is written.
import { checkWorkbook } from '../../shared/check/check-workbook';
import { isWarning, sortIssues, type Issue } from '../../shared/issue';
import type { SheetRead } from '../../shared/sheet/sheet-read';
import type { SheetName } from '../../shared/schema/types';
import { getLanguage } from './language';
import { labels } from './labels';
import type { Lang, ValidationIssue, ValidationReport } from './rpc-contract';
import { a1 } from './sheet-layout';
import { activeSpreadsheet, readWorkbook, type LiveWorkbook } from './workbook';

/** More than this and the sidebar becomes a wall; the count of the rest is the last line. */
export const REPORT_LIMIT = 1000;

const WARNING = { zh: '提醒：', en: 'Warning: ' } as const;

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
  const issues: ValidationIssue[] = unique.slice(0, REPORT_LIMIT).map((issue) => {
    const message = lang === 'zh' ? issue.messageZh : issue.message;
    if (!isWarning(issue)) return { sheet: issue.file, a1: a1(issue.line, issue.column), message };
    return { sheet: issue.file, a1: a1(issue.line, issue.column), message: `${WARNING[lang]}${message}`, level: 'warning' };
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
