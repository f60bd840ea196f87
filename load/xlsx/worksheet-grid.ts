// One worksheet's XML → its rows as grids and its merged ranges, in a single indexOf pass over <sheetData> (no XML tree is built).
import type { GridCell, GridRow } from '../../shared/sheet/grid';
import { readCellValue, type CellContext, type StoredCell } from './cell-value';
import type { Refusal } from './refuse-workbook';
import { attributeOf, decodeXml, endsName, rootPrefix, runText, tagsNamed } from './xml-text';

export interface MergedRange {
  range: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellProblem {
  line: number;
  column: number;
  problem: Refusal;
}

export interface WorksheetGrid {
  /** Rows 1 to the last with a value; a blank row has no cells, so `line` is the sheet's row number. */
  rows: GridRow[];
  merges: MergedRange[];
  problems: CellProblem[];
  /** Formula cells with a stored result. */
  calculated: number;
  /** A row or cell past Excel's last row or column: damage (or a hostile file), read no further. */
  outside: boolean;
}

/** Excel's sheet size (ECMA-376 Part 1 §18.3.1.73, rows; §18.3.1.13, columns): the grids are padded up to a cell's place, so no further. */
const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** "C12" (in `text` from `from`) → 3, its letters' column; 0 when it has none. */
function columnOf(text: string, from = 0, to = text.length): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    column = column * 26 + c - 64;
  }
  return column;
}

/** "C12" → [12, 3]; [0, 0] when the reference is not one. */
function cellAddress(ref: string): [number, number] {
  const column = columnOf(ref);
  return [Number(ref.replace(/^[A-Za-z]+/, '')) || 0, column];
}

function readMerges(xml: string, prefix: string, from: number): MergedRange[] {
  const merges: MergedRange[] = [];
  for (const [start, end] of tagsNamed(xml, `<${prefix}mergeCell`, from)) {
    const range = decodeXml(attributeOf(xml.slice(start, end), 'ref') ?? '');
    const [first, last = first] = range.split(':') as [string, string?];
    const [top, left] = cellAddress(first);
    const [bottom, right] = cellAddress(last);
    if (top > 0 && left > 0) merges.push({ range, top, left, bottom, right });
  }
  return merges;
}

/** The text of the child element starting at `at` up to its end tag (a self-closed `<v/>` gives ''), or undefined when it is cut short. */
function childText(xml: string, at: number, to: number, close: string): string | undefined {
  // `<v>` is "</v>" less its slash: its ">" sits at close.length - 2.
  const bare = at + close.length - 2;
  const gt = xml.charCodeAt(bare) === 62 ? bare : xml.indexOf('>', at);
  if (xml.charCodeAt(gt - 1) === 47) return '';
  const end = xml.indexOf(close, gt);
  return end === -1 || end > to ? undefined : xml.slice(gt + 1, end);
}

/** Merged-away cells read '' (as Excel's own CSV export leaves them), and their problems are not the sheet's. */
function blankMergedAway(rows: GridRow[], merges: readonly MergedRange[], problems: CellProblem[]): CellProblem[] {
  const away = (line: number, column: number): boolean =>
    merges.some((m) => m.top <= line && line <= m.bottom && m.left <= column && column <= m.right && (line !== m.top || column !== m.left));
  for (const m of merges) {
    for (let line = m.top; line <= m.bottom && line <= rows.length; line++) {
      const cells = rows[line - 1]!.cells as GridCell[];
      for (let column = m.left; column <= m.right && column <= cells.length; column++) if (away(line, column)) cells[column - 1] = '';
    }
  }
  return merges.length === 0 ? problems : problems.filter((p) => !away(p.line, p.column));
}

const CELL_TYPES = ['s', 'str', 'inlineStr', 'b', 'e', 'n', 'd'] as const;

/** The t="…" value as one of the spec's constants (no new string per cell), or the text itself when it is none of them. */
function cellType(xml: string, from: number, to: number): string {
  for (const type of CELL_TYPES) if (type.length === to - from && xml.startsWith(type, from)) return type;
  return xml.slice(from, to);
}

/**
 * A cell tag's r, t and s in one walk over its attributes (the hot path: every cell of every sheet), into `cell`;
 * returns the column r names, or 0 when the tag has no r (a positional cell).
 */
function readCellTag(xml: string, from: number, to: number, cell: StoredCell): number {
  let column = 0;
  cell.type = undefined;
  cell.style = 0;
  for (let i = from; i < to;) {
    const c = xml.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) {
      i++;
      continue;
    }
    const eq = xml.indexOf('=', i);
    if (eq === -1 || eq >= to) break;
    const quote = xml.charCodeAt(eq + 1);
    const end = xml.indexOf(quote === 39 ? "'" : '"', eq + 2);
    if (end === -1 || end > to) break;
    if (eq === i + 1) {
      if (c === 114 /* r */) column = columnOf(xml, eq + 2, end);
      else if (c === 116 /* t */) cell.type = cellType(xml, eq + 2, end);
      else if (c === 115 /* s */) cell.style = +xml.slice(eq + 2, end);
    }
    i = end + 1;
  }
  return column;
}

const outsideSheet = (rows: GridRow[]): WorksheetGrid => ({ rows, merges: [], problems: [], calculated: 0, outside: true });

export function readWorksheetGrid(xml: string, context: CellContext): WorksheetGrid {
  const p = rootPrefix(xml);
  const [rowTag, cellTag, cellEnd, fTag, fEnd, vTag, vEnd, isTag] =
    [`<${p}row`, `<${p}c`, `</${p}c>`, `<${p}f`, `</${p}f>`, `<${p}v`, `</${p}v>`, `<${p}is`];
  const vOpen = `${vTag}>`;
  const rows: GridRow[] = [];
  const problems: CellProblem[] = [];
  let calculated = 0;
  const dataAt = xml.indexOf(`<${p}sheetData`);
  const dataEnd = dataAt === -1 ? -1 : xml.indexOf(`</${p}sheetData>`, dataAt);
  let line = 0;
  let column = 0;
  let cells: GridCell[] = [];
  // One cell record reused for every cell: the scan allocates only what the grid keeps.
  const stored: StoredCell = { type: undefined, style: 0, value: undefined, formula: undefined, inline: undefined };
  const flush = (): void => {
    if (cells.length === 0) return;
    while (rows.length < line - 1) rows.push({ line: rows.length + 1, cells: [] });
    if (line <= rows.length) rows[line - 1] = { line, cells };
    else rows.push({ line, cells });
    cells = [];
  };
  for (let at = dataEnd === -1 ? -1 : xml.indexOf('<', dataAt + 1); at !== -1 && at < dataEnd; at = xml.indexOf('<', at + 1)) {
    if (xml.startsWith(cellTag, at) && endsName(xml, at + cellTag.length)) {
      const gt = xml.indexOf('>', at);
      const named = readCellTag(xml, at + cellTag.length, gt, stored);
      column = named === 0 ? column + 1 : named;
      if (column > LAST_COLUMN) return outsideSheet(rows);
      if (xml.charCodeAt(gt - 1) === 47 /* <c …/> holds nothing */) {
        at = gt;
        continue;
      }
      const end = xml.indexOf(cellEnd, gt);
      if (end === -1) break;
      stored.value = undefined;
      stored.formula = undefined;
      stored.inline = undefined;
      // The cell's children, found among its own tags only: a search for "<f" past the cell would run to the end of a sheet with no formulas.
      // Most cells are <c …><v>…</v></c>: their value is what lies between, with no search at all.
      if (xml.startsWith(vOpen, gt + 1) && xml.startsWith(vEnd, end - vEnd.length)) stored.value = xml.slice(gt + 1 + vOpen.length, end - vEnd.length);
      else {
        for (let child = xml.indexOf('<', gt); child !== -1 && child < end; child = xml.indexOf('<', child + 1)) {
          if (xml.startsWith(vTag, child) && endsName(xml, child + vTag.length)) stored.value = childText(xml, child, end, vEnd);
          else if (xml.startsWith(fTag, child) && endsName(xml, child + fTag.length)) stored.formula = childText(xml, child, end, fEnd);
          else if (xml.startsWith(isTag, child) && endsName(xml, child + isTag.length)) stored.inline = runText(xml, child, end, p);
        }
      }
      at = end;
      if (stored.value === undefined && stored.formula === undefined && stored.inline === undefined) continue;
      const read = readCellValue(stored, context);
      while (cells.length < column - 1) cells.push('');
      cells[column - 1] = read.value;
      if (read.calculated) calculated++;
      if (read.problem) problems.push({ line, column, problem: read.problem });
    } else if (xml.startsWith(rowTag, at) && endsName(xml, at + rowTag.length)) {
      flush();
      const gt = xml.indexOf('>', at);
      const ref = attributeOf(xml.slice(at, gt), 'r');
      line = ref === undefined ? line + 1 : Number(ref);
      if (!(line >= 1 && line <= LAST_ROW)) return outsideSheet(rows);
      column = 0;
      at = gt;
    }
  }
  flush();
  const merges = readMerges(xml, p, dataEnd === -1 ? 0 : dataEnd);
  return { rows, merges, problems: blankMergedAway(rows, merges, problems), calculated, outside: false };
}
