// A sheet's header row (zh or en headers, any order) → which sheet column holds which Kefu column, and what is wrong with it.
import { headerLanguage, matchColumn } from '../../shared/sheet/match-header';
import { issueAt, type Issue, type Lang } from '../../shared/issue';
import type { Column, SheetSchema } from '../../shared/schema/types';
import { columnLetter } from '../../shared/a1';

export interface SheetHeader {
  /** 0-based sheet column → the Kefu column it holds; undefined for blank, unknown or repeated headers. */
  columns: (Column | undefined)[];
  /** Column key → 1-based sheet column. */
  sheetColumnOf: Record<string, number>;
  issues: Issue[];
  /** The language of most Kefu headers in the row: the sheet's users type list values in it. */
  lang: Lang;
}

export const cellText = (cell: unknown): string => (cell === undefined || cell === null ? '' : String(cell));

/**
 * The header row at sheet row `row`; rows below it are looked at only to find values under a blank header,
 * which would otherwise be dropped without a word.
 */
export function readHeaderRow(title: string, row: number, cells: readonly unknown[], below: readonly { row: number; cells: readonly unknown[] }[], schema: SheetSchema): SheetHeader {
  const columns: (Column | undefined)[] = [];
  const sheetColumnOf: Record<string, number> = {};
  const issues: Issue[] = [];
  const at = (column: number, rowNumber = row) => ({ file: title, line: rowNumber, column });
  const expected = (absent: readonly Column[]): { en: string; zh: string } => {
    const hint = absent.length > 0 ? absent : schema.columns;
    return {
      en: hint.slice(0, 6).map((c) => `${c.zh} / ${c.en}`).join(', ') + (hint.length > 6 ? ', …' : ''),
      zh: hint.slice(0, 6).map((c) => c.zh).join('、') + (hint.length > 6 ? '……' : ''),
    };
  };
  const unknown: { name: string; column: number }[] = [];
  cells.forEach((cell, i) => {
    const name = cellText(cell).trim();
    columns.push(undefined);
    if (name === '') {
      const first = below.find((r) => cellText(r.cells[i]).trim() !== '');
      if (first) {
        issues.push(issueAt(at(i + 1, first.row), 'unknown-column',
          `column ${columnLetter(i)} has values but no header, so Kefu cannot tell what they are; give it a header or delete the column`,
          `第 ${columnLetter(i)} 列有内容但没有表头，无法判断它们是什么；请填写表头或删除该列`));
      }
      return;
    }
    const column = matchColumn(schema, name);
    if (!column) {
      unknown.push({ name, column: i + 1 });
      return;
    }
    const first = sheetColumnOf[column.key];
    if (first !== undefined) {
      issues.push(issueAt(at(i + 1), 'duplicate-column',
        `${column.en} (${column.zh}) is the header of both column ${columnLetter(first - 1)} and column ${columnLetter(i)}; delete or rename one`,
        `${column.zh}（${column.en}）同时是第 ${columnLetter(first - 1)} 列和第 ${columnLetter(i)} 列的表头，请删除或改名其中一列`));
      return;
    }
    sheetColumnOf[column.key] = i + 1;
    columns[i] = column;
  });
  const absent = schema.columns.filter((c) => sheetColumnOf[c.key] === undefined);
  const hint = expected(absent);
  for (const { name, column } of unknown) {
    issues.push(issueAt(at(column), 'unknown-column',
      `the header "${name}" in column ${columnLetter(column - 1)} is not a column of ${schema.en} (${schema.zh}); rename it to one Kefu knows or delete the column. ` +
        `${absent.length > 0 ? 'Columns not yet in the sheet' : 'Its columns'}: ${hint.en}`,
      `第 ${columnLetter(column - 1)} 列的表头“${name}”不是“${schema.zh}”表的列；请改成 Kefu 认识的表头，或删除该列。` +
        `${absent.length > 0 ? '表中还缺少的列' : '该表的列'}：${hint.zh}`));
  }
  for (const column of absent.filter((c) => c.required)) {
    issues.push(issueAt(at(0), 'missing-column',
      `the required column ${column.en} (${column.zh}) is missing; add a column with that header`,
      `缺少必填列${column.zh}（${column.en}），请添加这一列`));
  }
  return { columns, sheetColumnOf, issues, lang: headerLanguage(schema, cells.map(cellText)) };
}
