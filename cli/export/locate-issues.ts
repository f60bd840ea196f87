// Issues `kefu check` found in the exported CSVs → the sheet cells they came from (客户档案!C12), so people fix the spreadsheet, not the CSV.
import { basename } from 'node:path';
import { issueAt, type Issue, type Lang } from '../../shared/issue';
import { columnLetter } from '../../shared/a1';
import type { ConvertedSheet } from './convert-workbook';

/** A CSV issue (file, line, CSV column) at its sheet, sheet row and sheet column. */
export function locateInSheet(issue: Issue, sheets: readonly ConvertedSheet[]): Issue {
  const sheet = sheets.find((s) => s.file === basename(issue.file));
  if (!sheet) return issue;
  const row = issue.line > 0 ? sheet.sheetRowOfLine.get(issue.line) ?? 0 : 0;
  // writeSheet writes the schema's columns in order, so CSV column n is the schema's nth column.
  const key = issue.column > 0 ? sheet.schema.columns[issue.column - 1]?.key : undefined;
  const column = key !== undefined ? sheet.header?.sheetColumnOf[key] ?? 0 : 0;
  return issueAt({ file: sheet.title, line: row, column }, issue.code, issue.message, issue.messageZh);
}

/** "客户档案!C12: …", "客户档案, row 12: …" or "客户档案: …"; a store's label in front when there are several. */
export function formatSheetIssue(issue: Issue, lang: Lang, store?: string): string {
  const where = issue.line > 0 && issue.column > 0
    ? `${issue.file}!${columnLetter(issue.column - 1)}${issue.line}`
    : issue.line > 0
      ? (lang === 'zh' ? `${issue.file} 第 ${issue.line} 行` : `${issue.file}, row ${issue.line}`)
      : issue.file;
  return `${store ? `[${store}] ` : ''}${where}: ${lang === 'zh' ? issue.messageZh : issue.message}`;
}
