// An .xlsx file → one grid of cells per worksheet for the core's sheet reader, with the workbook's own problems placed at their cells.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { issueAt, warningAt, type Issue, type Place } from '../../shared/issue';
import { SHEETS } from '../../shared/schema';
import type { GridCell, GridRow } from '../../shared/sheet/grid';
import { refuseFile } from '../read-csv-file';
import type { CellContext } from './cell-value';
import { readDateStyles } from './date-styles';
import { headerRowIssues } from './header-row';
import { refuseWorkbook } from './refuse-workbook';
import { readSharedStrings } from './shared-strings';
import { readWorkbookSheets } from './workbook-sheets';
import { readWorksheetGrid } from './worksheet-grid';
import { readZipEntry } from './zip-entries';

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

/** A part's XML as text (UTF-8, or UTF-16 when it opens with that byte-order mark). */
function partText(bytes: Uint8Array): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  return new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
}

const damaged = (file: string, reason: string): XlsxWorkbook => unusableOnly(file, 'damaged-workbook',
  `the workbook cannot be read (${reason}). Open it in Excel or WPS and save it again as .xlsx.`,
  `无法读取该工作簿（${reason}）。请在 Excel 或 WPS 中打开，重新另存为 .xlsx。`);

/**
 * A worksheet stores no cell after a row's last value, but the core reads a row shorter than its header as one cut short
 * (a CSV's ragged row): each row below the header is padded with '' to the header's width, as getValues gives rows.
 */
function padToHeader(rows: readonly GridRow[], header: GridRow | undefined): void {
  if (!header) return;
  const width = header.cells.length;
  for (let i = header.line; i < rows.length; i++) {
    const cells = rows[i]!.cells as GridCell[];
    if (cells.length > 0) while (cells.length < width) cells.push('');
  }
}

/** `source`: a path, or the file's bytes; `file`: the name issues carry (the path as the user typed it). Synchronous: zlib and indexOf, no XML library. */
export function readXlsxWorkbook(source: string | Uint8Array, file: string, options: ReadXlsxOptions): XlsxWorkbook {
  const bytes = typeof source === 'string' ? readBytes(source, file) : source;
  if (!(bytes instanceof Uint8Array)) return bytes;
  const judged = refuseWorkbook(bytes, basename(file));
  if ('refused' in judged) return unusableOnly(file, judged.refused.code, judged.refused.message, judged.refused.messageZh);
  // Zip names are case-sensitive, but Excel opens a workbook whose parts differ in case from their references; so does Kefu.
  const entries = new Map(judged.entries.map((e) => [e.name.toLowerCase(), e]));
  const part = (name: string): string | undefined | false => {
    const entry = entries.get(name.toLowerCase());
    if (!entry) return undefined;
    const inflated = readZipEntry(bytes, entry);
    return inflated ? partText(inflated) : false;
  };

  const workbookXml = part('xl/workbook.xml');
  const relsXml = part('xl/_rels/workbook.xml.rels');
  if (!workbookXml || !relsXml) return damaged(file, workbookXml === false ? 'xl/workbook.xml is damaged' : 'the list of worksheets is missing or damaged');
  const { sheets, date1904 } = readWorkbookSheets(workbookXml, relsXml);
  if (sheets.length === 0) return damaged(file, 'it lists no worksheets');
  const strings = part('xl/sharedStrings.xml');
  const styles = part('xl/styles.xml');
  if (strings === false || styles === false) return damaged(file, `xl/${strings === false ? 'sharedStrings' : 'styles'}.xml is damaged`);
  const context: CellContext = { strings: strings ? readSharedStrings(strings) : [], dateStyles: styles ? readDateStyles(styles) : [], date1904 };

  const result: XlsxWorkbook = { worksheets: [], issues: [], notes: [], unusable: [] };
  const tally = { calculated: 0 };
  for (const sheet of sheets) {
    const { name } = sheet;
    const place = (line: number, column: number): Place => ({ file, line, column, sheet: name });
    if (sheet.state !== 'visible') {
      result.notes.push(warningAt(place(0, 0), 'hidden-worksheet',
        `the hidden worksheet "${name}" is not read; if it holds Kefu data, unhide it (right-click a sheet tab → Unhide)`,
        `隐藏的工作表“${name}”未读取；如果其中有 Kefu 数据，请取消隐藏（右键单击工作表标签 → 取消隐藏）`));
      continue;
    }
    const xml = sheet.chart ? '' : sheet.path === undefined ? undefined : part(sheet.path);
    if (xml === false || xml === undefined) return damaged(file, `the worksheet "${name}" is ${xml === false ? 'damaged' : 'missing'}`);
    const grid = readWorksheetGrid(xml, context);
    if (grid.outside) return damaged(file, `the worksheet "${name}" has a row or cell past Excel's last row (1,048,576) or column (XFD)`);
    tally.calculated += grid.calculated;
    const { rows } = grid;
    const header = rows.find((r) => r.cells.some((c) => c !== ''));
    if (sheet.chart || !options.isKefuSheet(name, header?.cells ?? [])) {
      result.notes.push(warningAt(place(0, 0), 'extra-worksheet',
        `the worksheet "${name}" is not read: neither its name nor its header row is one of Kefu's sheets; if it holds Kefu data, name it one of: ${SHEET_NAMES}`,
        `工作表“${name}”未读取：它的名称和表头都不是 Kefu 的表；如果其中有 Kefu 数据，请命名为：${SHEET_NAMES}`));
      continue;
    }
    padToHeader(rows, header);
    result.issues.push(...headerRowIssues(grid.merges, header, place),
      ...grid.problems.map(({ line, column, problem }) => issueAt(place(line, column), problem.code, problem.message, problem.messageZh)));
    result.worksheets.push({ name, rows });
  }
  // A formula with no stored result at all, in a workbook a calculating program saved, is one whose result is "" (some writers store none for it).
  if (tally.calculated > 0) result.issues = result.issues.filter((i) => i.code !== 'formula-no-value');
  return result;
}
