// An .xlsx file → one grid of cells per worksheet for the core's sheet reader, with the workbook's own problems placed at their cells.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Worksheet } from 'exceljs';
import { issueAt, warningAt, type Issue, type Place } from '../../shared/issue';
import { SHEETS } from '../../shared/schema';
import type { GridCell, GridRow } from '../../shared/sheet/grid';
import { refuseFile } from '../read-csv-file';
import { readCellValue } from './cell-value';
import { refuseWorkbook } from './refuse-workbook';
import { headerRowIssues } from './header-row';

export interface XlsxWorksheet {
  name: string;
  /** Every sheet row from 1 to the last with a value; a blank row is there with no cells, so `line` is the sheet's row number. */
  rows: GridRow[];
}

export interface XlsxWorkbook {
  /** The visible worksheets that are Kefu sheets, in the workbook's order. */
  worksheets: XlsxWorksheet[];
  /** Problems at cells (an error value, a formula with no stored value, merged header cells): exit 1. */
  issues: Issue[];
  /** Warnings: hidden and extra worksheets left unread. */
  notes: Issue[];
  /** The workbook cannot be read at all (encrypted, old .xls, damaged, too big): exit 2. */
  unusable: Issue[];
}

export interface ReadXlsxOptions {
  /** The core's sheet detection: is a worksheet of this name, with this header row, one of Kefu's sheets? */
  isKefuSheet: (name: string, header: readonly GridCell[]) => boolean;
}

const SHEET_NAMES = SHEETS.map((s) => `${s.zh} / ${s.en}`).join(', ');

const unusableOnly = (file: string, code: string, message: string, messageZh: string): XlsxWorkbook =>
  ({ worksheets: [], issues: [], notes: [], unusable: [issueAt({ file, line: 0, column: 0 }, code, message, messageZh)] });

function readBytes(path: string, file: string): Uint8Array | XlsxWorkbook {
  const refused = refuseFile(path);
  if (refused) return unusableOnly(file, refused.code, refused.message, refused.messageZh);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return code === 'ENOENT'
      ? unusableOnly(file, 'missing-file', 'no such file', '找不到该文件')
      : unusableOnly(file, 'unreadable-file', `the file cannot be read (${code})`, `无法读取该文件（${code}）`);
  }
}

/** The sheet's rows as grids; merged-away cells read '' as Excel's own CSV export leaves them; cell problems go to `problems`. */
function readGrid(sheet: Worksheet, place: (line: number, column: number) => Place, problems: Issue[], tally: { calculated: number }): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow((row, line) => {
    while (rows.length < line - 1) rows.push({ line: rows.length + 1, cells: [] });
    const cells: GridCell[] = [];
    row.eachCell((cell, column) => {
      if (cell.master !== cell) return;
      const read = readCellValue(cell.value);
      while (cells.length < column - 1) cells.push('');
      cells.push(read.value);
      if (read.calculated) tally.calculated++;
      if (read.problem) problems.push(issueAt(place(line, column), read.problem.code, read.problem.message, read.problem.messageZh));
    });
    rows.push({ line, cells });
  });
  return rows;
}

/** `source`: a path, or the file's bytes; `file`: the name issues carry (the path as the user typed it). */
export async function readXlsxWorkbook(source: string | Uint8Array, file: string, options: ReadXlsxOptions): Promise<XlsxWorkbook> {
  const bytes = typeof source === 'string' ? readBytes(source, file) : source;
  if (!(bytes instanceof Uint8Array)) return bytes;
  const judged = refuseWorkbook(bytes, basename(file));
  if ('refused' in judged) return unusableOnly(file, judged.refused.code, judged.refused.message, judged.refused.messageZh);

  // Loaded only here, so commands that read no workbook never pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it wants (and gets) a Node Buffer.
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof book.xlsx.load>[0]);
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0]!.slice(0, 200);
    return unusableOnly(file, 'damaged-workbook', `the workbook cannot be read (${reason}). Open it in Excel or WPS and save it again as .xlsx.`,
      `无法读取该工作簿（${reason}）。请在 Excel 或 WPS 中打开，重新另存为 .xlsx。`);
  }

  const result: XlsxWorkbook = { worksheets: [], issues: [], notes: [], unusable: [] };
  const tally = { calculated: 0 };
  for (const sheet of book.worksheets) {
    const { name } = sheet;
    const place = (line: number, column: number): Place => ({ file, line, column, sheet: name });
    if (sheet.state !== 'visible') {
      result.notes.push(warningAt(place(0, 0), 'hidden-worksheet',
        `the hidden worksheet "${name}" is not read; if it holds Kefu data, unhide it (right-click a sheet tab → Unhide)`,
        `隐藏的工作表“${name}”未读取；如果其中有 Kefu 数据，请取消隐藏（右键单击工作表标签 → 取消隐藏）`));
      continue;
    }
    const problems: Issue[] = [];
    const rows = readGrid(sheet, place, problems, tally);
    const header = rows.find((r) => r.cells.some((c) => c !== ''));
    if (!options.isKefuSheet(name, header?.cells ?? [])) {
      result.notes.push(warningAt(place(0, 0), 'extra-worksheet',
        `the worksheet "${name}" is not read: neither its name nor its header row is one of Kefu's sheets; if it holds Kefu data, name it one of: ${SHEET_NAMES}`,
        `工作表“${name}”未读取：它的名称和表头都不是 Kefu 的表；如果其中有 Kefu 数据，请命名为：${SHEET_NAMES}`));
      continue;
    }
    result.issues.push(...headerRowIssues(sheet, header, place), ...problems);
    result.worksheets.push({ name, rows });
  }
  // exceljs reads a stored empty result (a formula giving "") as no result: in a workbook a calculating program saved, that is what one is.
  if (tally.calculated > 0) result.issues = result.issues.filter((i) => i.code !== 'formula-no-value');
  return result;
}
