// At most INPUT_LIMITS.issuesPerFile issues and warnings listed per file; the rest only counted, so output stays readable and JSON stays whole.
import type { Issue, Lang } from '../shared/issue';
import { grouped } from '../shared/plural';

export interface Omitted {
  file: string;
  issues: number;
  warnings: number;
}

export interface CappedIssues {
  issues: Issue[];
  warnings: Issue[];
  /** Files with issues or warnings left unlisted, in the order they first appear. */
  omitted: Omitted[];
}

/** The first `cap` of each file's list (lists arrive sorted by file, line, column), and how many are left. */
function capList(list: readonly Issue[], cap: number, left: Map<string, number>): Issue[] {
  const kept: Issue[] = [];
  const seen = new Map<string, number>();
  for (const issue of list) {
    const n = (seen.get(issue.file) ?? 0) + 1;
    seen.set(issue.file, n);
    if (n <= cap) kept.push(issue);
    else left.set(issue.file, (left.get(issue.file) ?? 0) + 1);
  }
  return kept;
}

export function capIssuesPerFile(issues: readonly Issue[], warnings: readonly Issue[], cap: number): CappedIssues {
  const issuesLeft = new Map<string, number>();
  const warningsLeft = new Map<string, number>();
  const capped = { issues: capList(issues, cap, issuesLeft), warnings: capList(warnings, cap, warningsLeft) };
  const files = [...new Set([...issuesLeft.keys(), ...warningsLeft.keys()])];
  const omitted = files.map((file) => ({ file, issues: issuesLeft.get(file) ?? 0, warnings: warningsLeft.get(file) ?? 0 }));
  return { ...capped, omitted };
}

/** "calls.csv: … and 999,800 more issues (the first 200 are listed)" — one line per kind left out. */
export function formatOmitted(o: Omitted, cap: number, lang: Lang): string[] {
  const lines: string[] = [];
  if (o.issues > 0) {
    lines.push(lang === 'zh' ? `${o.file}：……另有 ${grouped(o.issues)} 个问题未列出（只列出前 ${cap} 个）`
      : `${o.file}: … and ${grouped(o.issues)} more issue${o.issues === 1 ? '' : 's'} (the first ${cap} are listed)`);
  }
  if (o.warnings > 0) {
    lines.push(lang === 'zh' ? `${o.file}：……另有 ${grouped(o.warnings)} 条提醒未列出（只列出前 ${cap} 条）`
      : `${o.file}: … and ${grouped(o.warnings)} more warning${o.warnings === 1 ? '' : 's'} (the first ${cap} are listed)`);
  }
  return lines;
}
