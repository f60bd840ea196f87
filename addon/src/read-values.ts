// A sheet's getValues() grid → the same SheetRead the CSV reader gives, so the shared checks run unchanged on a live workbook.
import { issueAt, type Issue } from '../../shared/issue';
import { parseValue } from '../../shared/csv/parse-value';
import type { ReadRow, SheetRead } from '../../shared/csv/read-sheet';
import type { Column, Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { cellText, isBlankRow, type WallClockOf } from './sheet-cell';
import { matchColumn, readLayout, type SheetLayout } from './sheet-layout';

export interface ValuesRow extends ReadRow {
  /** Column key → the cell's text where it failed to parse, so an export can keep what a person typed. */
  bad: Record<string, string>;
}

export interface ValuesRead extends SheetRead {
  rows: ValuesRow[];
  layout: SheetLayout;
}

const nameEn = (c: Column): string => `${c.en} (${c.zh})`;
const nameZh = (c: Column): string => `${c.zh}（${c.en}）`;

function headerIssues(header: readonly unknown[], layout: SheetLayout, file: string): Issue[] {
  const issues: Issue[] = [];
  header.forEach((cell, i) => {
    const column = matchColumn(layout.schema, cell);
    const first = column ? layout.columnOf[column.key] : undefined;
    if (column && first !== undefined && first !== i + 1) {
      issues.push(issueAt({ file, line: 1, column: i + 1 }, 'duplicate-column',
        `${nameEn(column)} appears twice, in columns ${first} and ${i + 1}; only the first is read. Delete or rename the other.`,
        `${nameZh(column)}出现了两次（第 ${first} 列和第 ${i + 1} 列），只读取第一列。请删除或改名另一列。`));
    }
  });
  for (const column of layout.schema.columns.filter((c) => c.required && layout.columnOf[c.key] === undefined)) {
    issues.push(issueAt({ file, line: 1, column: 0 }, 'missing-column',
      `The required column ${nameEn(column)} is missing. Run "Set up workbook" to add it.`,
      `缺少必填列${nameZh(column)}。请运行“设置工作簿”添加这一列。`));
  }
  return issues;
}

/** values[0] is the header row; file is the sheet's name, lines are sheet rows and columns sheet columns. */
export function readValues(values: readonly (readonly unknown[])[], file: string, schema: SheetSchema,
  settings: Settings, wallClockOf: WallClockOf): ValuesRead {
  const header = values[0] ?? [];
  const layout = readLayout(schema, header);
  const issues = headerIssues(header, layout, file);
  const rows: ValuesRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r]!;
    if (isBlankRow(cells, layout.columns)) continue;
    const line = r + 1;
    const row: Row = {};
    const bad: Record<string, string> = {};
    layout.columns.forEach((column, i) => {
      if (!column) return;
      const text = cellText(cells[i], column, wallClockOf);
      const parsed = parseValue(text, column, settings);
      const place = { file, line, column: i + 1 };
      if (!parsed.ok) {
        bad[column.key] = text;
        issues.push(issueAt(place, parsed.code, `${nameEn(column)}: ${parsed.message}`, `${nameZh(column)}：${parsed.messageZh}`));
      } else if (parsed.value !== undefined) {
        row[column.key] = parsed.value;
      } else if (column.required) {
        issues.push(issueAt(place, 'required', `${nameEn(column)}: this cell is empty but must be filled in.`,
          `${nameZh(column)}：此项必填，不能为空。`));
      }
    });
    rows.push({ line, values: row, bad });
  }
  return { file, schema, rows, rowCount: rows.length, issues, columnOf: layout.columnOf, layout };
}
