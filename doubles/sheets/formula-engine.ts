// A formula engine for the double's flush(): HyperFormula computes the workbook's formulas, as Sheets would before a read.
import { HyperFormula } from 'hyperformula';
import { isDate } from './core';
import type { SheetModel, SpreadsheetModel } from './spreadsheet';
import { partsIn } from './time-zone';

export interface EngineOptions {
  /** The instant NOW() stands for (ms), e.g. the test clock. */
  now: () => number;
  timeZone: string;
  /** Sheets to compute (others are left alone); all when absent. */
  only?: (name: string) => boolean;
  /** Changes a formula before it is computed: a test plants a mistake here. */
  sabotage?: (sheet: string, formula: string) => string;
}

/** Sheets' serial number of an instant's wall-clock time in the zone. */
function serialOf(ms: number, timeZone: string): number {
  const p = partsIn(new Date(ms), timeZone);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) / 86_400_000 + 25_569;
}

function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(Math.round((serial - 25_569) * 86_400_000));
  // The wall-clock time back to an instant in the zone.
  const guess = wall.getTime();
  const p = partsIn(new Date(guess), timeZone);
  const offset = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - (guess - p.ms);
  return new Date(guess - offset);
}

const isDateFormat = (format: string | undefined): boolean => format !== undefined && /[yd]/i.test(format) && !/^@$/.test(format);

/** HyperFormula cannot parse open ranges (A2:A, A:A) or know the clock: both are written out. */
function forEngine(formula: string, maxRowsOf: (sheet: string | undefined) => number, nowSerial: number): string {
  return formula.split(/("(?:[^"]|"")*")/).map((part, i) => (i % 2 === 1 ? part : part
    .replace(/\bNOW\(\)/g, `(${nowSerial})`)
    .replace(/\bTODAY\(\)/g, `(${Math.floor(nowSerial)})`)
    .replace(/(?:('(?:[^']|'')+')!)?(\$?[A-Z]{1,3}\$?\d+):(\$?[A-Z]{1,3})(?![A-Za-z0-9_(!$])/g,
      (_, title: string | undefined, from: string, to: string) => `${title ? `${title}!` : ''}${from}:${to}${maxRowsOf(title?.slice(1, -1).replace(/''/g, "'"))}`)
    // Whole columns (A:A) from row 1 to the sheet's last row.
    .replace(/(?:('(?:[^']|'')+')!)?(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}):(\$?[A-Z]{1,3})(?![A-Za-z0-9_(!$])/g,
      (_, title: string | undefined, from: string, to: string) => `${title ? `${title}!` : ''}${from}1:${to}${maxRowsOf(title?.slice(1, -1).replace(/''/g, "'"))}`))).join('');
}

export function hyperFormulaEngine(options: EngineOptions): (model: SpreadsheetModel) => void {
  return (model) => {
    const sheets = model.sheets.filter((s) => options.only?.(s.name) ?? true);
    const nowSerial = serialOf(options.now(), options.timeZone);
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    const ids = new Map<SheetModel, number>();
    const maxRowsOf = (self: SheetModel) => (title: string | undefined): number =>
      (title === undefined ? self : model.sheets.find((s) => s.name === title) ?? self).maxRows;
    hf.batch(() => {
      for (const sheet of sheets) {
        const id = hf.getSheetId(hf.addSheet(sheet.name))!;
        ids.set(sheet, id);
        const grid = sheet.rows.map((row) => (row ?? []).map((c) => {
          if (!c || c.formula !== undefined || c.value === undefined) return null;
          return isDate(c.value) ? serialOf((c.value as Date).getTime(), options.timeZone) : c.value as string | number | boolean;
        }));
        hf.setCellContents({ sheet: id, row: 0, col: 0 }, grid);
      }
      for (const [name, n] of model.namedRanges) {
        if (!ids.has(n.sheet)) continue;
        const col = String.fromCharCode(64 + n.box.column);
        hf.addNamedExpression(name, `='${n.sheet.name.replace(/'/g, "''")}'!$${col}$${n.box.row}`);
      }
      for (const sheet of sheets) {
        sheet.rows.forEach((row, r) => row?.forEach((c, col) => {
          if (c?.formula === undefined) return;
          const text = options.sabotage ? options.sabotage(sheet.name, c.formula) : c.formula;
          hf.setCellContents({ sheet: ids.get(sheet)!, row: r, col }, [[forEngine(text, maxRowsOf(sheet), nowSerial)]]);
        }));
      }
    });
    for (const sheet of sheets) {
      sheet.computed.clear();
      hf.getSheetValues(ids.get(sheet)!).forEach((line, r) => line.forEach((value, col) => {
        const cell = sheet.cell(r + 1, col + 1);
        const own = cell !== undefined && cell.formula === undefined && cell.value !== undefined;
        if (own || value === null) return;
        const v = typeof value === 'object' ? String((value as { value?: unknown }).value ?? '#ERROR!')
          : typeof value === 'number' && isDateFormat(cell?.format) ? dateOfSerial(value, options.timeZone) : value;
        sheet.computed.set(`${r + 1},${col + 1}`, v);
      }));
    }
    hf.destroy();
  };
}
