// A sheet's getValues() grid → grid rows for the core's one sheet reader, so a live workbook is read as a CSV export is.
import type { Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { createGridReader } from '../../shared/sheet/read-grid';
import type { ReadRow, SheetRead } from '../../shared/sheet/sheet-read';
import { cellText, isBlankRow, type WallClockOf } from './sheet-cell';
import { readLayout, type SheetLayout } from './sheet-layout';

export interface ValuesRow extends ReadRow {
  /** Column key → the cell's text where it failed to parse, so an export can keep what a person typed. */
  bad: Record<string, string>;
}

export interface ValuesRead extends SheetRead {
  rows: ValuesRow[];
  layout: SheetLayout;
}

/** A missing column is added by the menu, not by hand: set-up appends it after the last header. */
const FIX = { en: 'Run "Set up workbook" to add it.', zh: '请运行“设置工作簿”添加这一列。' };

/** values[0] is the header row; file is the sheet's name, lines are sheet rows and columns sheet columns. */
export function readValues(values: readonly (readonly unknown[])[], file: string, schema: SheetSchema,
  settings: Settings, wallClockOf: WallClockOf): ValuesRead {
  const layout = readLayout(schema, values[0] ?? []);
  // Cells right of the last header are no column of the sheet (getValues gives the whole data range).
  const width = Math.max(layout.width, 1);
  const texts = (cells: readonly unknown[], typed = true): string[] => {
    const row: string[] = [];
    for (let i = 0; i < width; i++) row.push(cellText(cells[i], typed ? layout.columns[i] : undefined, wallClockOf));
    return row;
  };
  const rows: ValuesRow[] = [];
  const reader = createGridReader({ file }, schema, settings, {
    keepRows: false,
    liveSheet: { fix: FIX },
    onRow: (row) => rows.push({ ...row, bad: {} }),
  });
  const typed = new Map<number, string[]>();
  reader.row({ line: 1, cells: texts(values[0] ?? [], false) });
  for (let r = 1; r < values.length; r++) {
    const cells = values[r]!;
    // Formula columns may show values on an otherwise blank row: such a row is blank.
    if (isBlankRow(cells, layout.columns)) continue;
    const line = r + 1;
    const row = texts(cells);
    typed.set(line, row);
    reader.row({ line, cells: row });
  }
  const read = reader.end();
  for (const row of rows) markBad(row, typed.get(row.line)!, layout);
  const issues = read.issues.filter((i) => i.code !== 'no-rows' && i.code !== 'empty-file');
  return { ...read, rows, rowCount: rows.length, issues, layout };
}

/** A filled cell the reader left without a value failed to parse: its text is kept for the export. */
function markBad(row: ValuesRow, cells: readonly string[], layout: SheetLayout): void {
  const values: Row = row.values;
  layout.columns.forEach((column, i) => {
    if (column && values[column.key] === undefined && (cells[i] ?? '').trim() !== '') row.bad[column.key] = cells[i]!;
  });
}
