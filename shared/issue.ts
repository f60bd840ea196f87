// Problems found in input, as data: where (file:line:column), what (code), and why in both languages.

export type Lang = 'zh' | 'en';

/** A text a person reads, in both languages. */
export interface Bilingual { en: string; zh: string }

export interface Issue {
  file: string;
  /** 1-based physical line in the file where the row starts; 0 when the problem is the file itself. */
  line: number;
  /** 1-based column; 0 when the problem is the whole row or file. */
  column: number;
  code: string;
  message: string;
  messageZh: string;
  /** The worksheet inside a workbook file (`file` is the workbook's path). */
  sheet?: string;
  /** 'warning': worth a supervisor's look but not wrong data (e.g. a call in quiet hours); absent: a problem to fix. */
  level?: 'warning';
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export interface Place {
  file: string;
  line: number;
  column: number;
  /** The worksheet inside a workbook file (`file` is the workbook's path). */
  sheet?: string;
}

export function issueAt(place: Place, code: string, message: string, messageZh: string): Issue {
  return { file: place.file, line: place.line, column: place.column, ...(place.sheet === undefined ? {} : { sheet: place.sheet }), code, message, messageZh };
}

/** A warning: reported beside the problems, but it neither fails a check nor keeps a row out of the reports. */
export function warningAt(place: Place, code: string, message: string, messageZh: string): Issue {
  return { ...issueAt(place, code, message, messageZh), level: 'warning' };
}

export function isWarning(issue: Issue): boolean {
  return issue.level === 'warning';
}

/** "customers.csv:12:3: Phone (联系电话) …" — the form editors and CI logs link to. */
export function formatIssue(issue: Issue, lang: Lang = 'en'): string {
  const where = issue.line > 0 ? `${issue.file}:${issue.line}:${issue.column}` : issue.file;
  const level = isWarning(issue) ? (lang === 'zh' ? '提醒：' : 'warning: ') : '';
  return `${where}: ${level}${lang === 'zh' ? issue.messageZh : issue.message}`;
}

/** Issues in file, line, column order, for stable output. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
}
