// Problems found in input, as data: where (file:line:column), what (code), and why in both languages.
import { columnLetter } from './a1';

export type Lang = 'zh' | 'en';

/** A text a person reads, in both languages. */
export interface Bilingual { en: string; zh: string }

export interface Issue {
  file: string;
  /** A worksheet inside a workbook file (.xlsx); absent for a CSV file, whose line is a physical line. */
  sheet?: string;
  /** 1-based physical line in the file where the row starts; 0 when the problem is the file itself. */
  line: number;
  /** 1-based column; 0 when the problem is the whole row or file. */
  column: number;
  code: string;
  message: string;
  messageZh: string;
  /** 'warning': worth a supervisor's look but not wrong data (e.g. a call in quiet hours); absent: a problem to fix. */
  level?: 'warning';
}

export interface Place {
  file: string;
  sheet?: string;
  line: number;
  column: number;
}

export function issueAt(place: Place, code: string, message: string, messageZh: string): Issue {
  const where = place.sheet === undefined ? { file: place.file } : { file: place.file, sheet: place.sheet };
  return { ...where, line: place.line, column: place.column, code, message, messageZh };
}

/** A warning: reported beside the problems, but it neither fails a check nor keeps a row out of the reports. */
export function warningAt(place: Place, code: string, message: string, messageZh: string): Issue {
  return { ...issueAt(place, code, message, messageZh), level: 'warning' };
}

export function isWarning(issue: Issue): boolean {
  return issue.level === 'warning';
}

/** A worksheet cell as a spreadsheet user names it: "客服.xlsx › 回访记录!C12" (a row alone: "!12"). */
function sheetPlace(issue: Issue & { sheet: string }): string {
  const cell = issue.line > 0 ? `!${issue.column > 0 ? columnLetter(issue.column - 1) : ''}${issue.line}` : '';
  return `${issue.file} › ${issue.sheet}${cell}`;
}

/** "customers.csv:12:3: Phone (联系电话) …" — the form editors and CI logs link to. */
export function formatIssue(issue: Issue, lang: Lang = 'en'): string {
  const where = issue.sheet !== undefined ? sheetPlace({ ...issue, sheet: issue.sheet })
    : issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const level = isWarning(issue) ? (lang === 'zh' ? '提醒：' : 'warning: ') : '';
  return `${where}: ${level}${lang === 'zh' ? issue.messageZh : issue.message}`;
}

/** Issues in file, line, column order, for stable output. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
}
