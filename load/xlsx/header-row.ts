// Where a worksheet's header row goes wrong in ways only a workbook can: blank rows above it, merged header cells.
import { issueAt, type Issue, type Place } from '../../shared/issue';
import type { GridRow } from '../../shared/sheet/grid';
import type { MergedRange } from './worksheet-grid';

export function headerRowIssues(merges: readonly MergedRange[], header: GridRow | undefined, place: (line: number, column: number) => Place): Issue[] {
  if (!header) return [];
  const issues: Issue[] = [];
  if (header.line > 1) {
    const column = header.cells.findIndex((c) => c !== '') + 1;
    const blank = header.line === 2 ? 'row 1 is' : `rows 1–${header.line - 1} are`;
    const blankZh = header.line === 2 ? '第 1 行' : `第 1–${header.line - 1} 行`;
    issues.push(issueAt(place(header.line, column), 'header-not-row-1',
      `the header row must be row 1, but ${blank} blank: delete the blank rows above the headers`,
      `表头必须在第 1 行，但${blankZh}是空的：请删除表头上方的空行`));
  }
  for (const merge of merges.filter((m) => m.top <= header.line && header.line <= m.bottom).sort((a, b) => a.left - b.left)) {
    issues.push(issueAt(place(header.line, merge.left), 'merged-header',
      `the header cells ${merge.range} are merged: unmerge them (Excel: Home → Merge & Center; WPS: 开始 → 合并居中) and give every column its own header`,
      `表头单元格 ${merge.range} 是合并单元格：请取消合并单元格（Excel：开始 → 合并后居中；WPS：开始 → 合并居中），并为每一列填写各自的表头`));
  }
  return issues;
}
