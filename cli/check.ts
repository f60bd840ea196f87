// `kefu check`: report every problem in CSV exports as file:line:column, with a summary; exit 0 / 1 / 2.
import { formatIssue, type Issue, type Lang } from '../shared/issue';
import { INPUT_LIMITS } from '../shared/sheet/input-limits';
import { capIssuesPerFile, formatOmitted } from './capped-issues';
import { loadWorkbook, type LoadedWorkbook } from '../load/load-workbook';
import { countOf } from '../shared/plural';
import { EXIT, type Output } from './exit';

export { EXIT, type Output };
export interface CheckOptions { json: boolean; lang: Lang }

export function runCheck(paths: readonly string[], options: CheckOptions, io: Output): number {
  return reportWorkbook(loadWorkbook(paths, { keepRows: false }), options, io);
}

/** Prints a loaded workbook's problems and summary as `kefu check` does (other commands reuse it); returns the exit code. */
export function reportWorkbook(workbook: LoadedWorkbook, options: CheckOptions, io: Output): number {
  const exit = workbook.unusable.length > 0 ? EXIT.unusable : workbook.issues.length > 0 ? EXIT.issues : EXIT.clean;
  // A worksheet of an .xlsx is counted on its own: its issues carry the workbook's file and its worksheet's name.
  const ofSheet = (s: { file: string; sheet?: string }) => (i: Issue): boolean => i.file === s.file && i.sheet === s.sheet;
  const files = Object.values(workbook.sheets).map((s) => ({
    file: s.file, ...(s.sheet === undefined ? {} : { worksheet: s.sheet }), sheet: s.schema.name, rows: s.rowCount,
    issues: workbook.issues.filter(ofSheet(s)).length, warnings: workbook.warnings.filter(ofSheet(s)).length,
  }));
  // A million bad rows must not become a million lines, or a JSON string too long to build: list the first few per file.
  const cap = INPUT_LIMITS.issuesPerFile;
  const listed = capIssuesPerFile(workbook.issues, workbook.warnings, cap);
  if (options.json) {
    io.out(JSON.stringify({ exit, files, unusable: workbook.unusable, issues: listed.issues, warnings: listed.warnings, omitted: listed.omitted }, null, 2));
    return exit;
  }
  const zh = options.lang === 'zh';
  // Warnings come after the problems: they never change the exit code.
  for (const issue of [...workbook.unusable, ...listed.issues, ...listed.warnings]) io.out(formatIssue(issue, options.lang));
  for (const o of listed.omitted) for (const line of formatOmitted(o, cap, options.lang)) io.out(line);
  for (const f of files) {
    const schema = workbook.sheets[f.sheet]!.schema;
    const warned = f.warnings > 0 ? (zh ? `，${f.warnings} 条提醒` : `, ${countOf(f.warnings, 'warning')}`) : '';
    const file = f.worksheet === undefined ? f.file : `${f.file} › ${f.worksheet}`;
    io.err((zh ? `${file}（${schema.zh}）：${f.rows} 行，${f.issues} 个问题` : `${file} (${schema.en}): ${countOf(f.rows, 'row')}, ${countOf(f.issues, 'issue')}`) + warned);
  }
  io.err(summary(workbook.unusable, workbook.issues, files.length, options.lang) + warningCount(workbook.warnings.length, options.lang));
  return exit;
}

function warningCount(count: number, lang: Lang): string {
  if (count === 0) return '';
  return lang === 'zh' ? `；另有 ${count} 条提醒（见上，不影响检查结果）` : `; ${count} warning${count === 1 ? '' : 's'} (above; they do not fail the check)`;
}

function summary(unusable: readonly Issue[], issues: readonly Issue[], fileCount: number, lang: Lang): string {
  const zh = lang === 'zh';
  if (unusable.length > 0) {
    return zh ? `无法检查：${unusable.length} 个文件无法使用（见上）` : `Cannot check: ${unusable.length} unusable input${unusable.length === 1 ? '' : 's'} (see above)`;
  }
  if (issues.length === 0) return zh ? `没有问题：已检查 ${fileCount} 个文件` : `No issues: ${fileCount} file${fileCount === 1 ? '' : 's'} checked`;
  const inFiles = new Set(issues.map((i) => i.file)).size;
  return zh ? `发现 ${issues.length} 个问题，涉及 ${inFiles} 个文件` : `${issues.length} issue${issues.length === 1 ? '' : 's'} in ${inFiles} file${inFiles === 1 ? '' : 's'}`;
}
