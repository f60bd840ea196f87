// One cell as the sheet XML stores it → the grid cell the core reads: formulas by their stored result, dates as serials, shared and inline strings as text.
import type { GridCell } from '../../shared/sheet/grid';
import { isoToSerial } from '../../shared/sheet/serial-date';
import type { Refusal } from './refuse-workbook';
import { decodeCellText, decodeXml } from './xml-text';

export interface CellRead {
  value: GridCell;
  /** Why the cell gives no usable value (its value is then ''). */
  problem?: Refusal;
  /** A formula whose result the file stores: proof that the program that saved it calculates. */
  calculated?: true;
}

/** What the workbook's other parts tell about its cells. */
export interface CellContext {
  strings: readonly string[];
  /** Style index → formats a date. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

/** The cell as stored: `t`, `s`, the `<v>` text, the `<f>` text ('' for a shared formula's follower), the `<is>` text. */
export interface StoredCell {
  type: string | undefined;
  style: number;
  value: string | undefined;
  formula: string | undefined;
  inline: string | undefined;
}

/** Days from 1899-12-30 to 1904-01-01: a 1904-system serial plus this is the 1900-system serial the core reads. */
const DAYS_1904 = 1462;
/** 9999-12-31, the last day Excel shows as a date. */
const LAST_SERIAL = 2_958_466;
const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?))?/;

const badDate = (): CellRead => ({ value: '', problem: { code: 'bad-date', message: 'the cell is formatted as a date but its number is too large to be one; fix the value in Excel or WPS',
  messageZh: '单元格设置为日期格式，但其中的数字太大，不是有效日期；请在 Excel 或 WPS 中修正' } });

const errorCell = (error: string): CellRead => ({ value: '', problem: { code: 'cell-error',
  message: `the cell shows the error ${error}; fix its formula or value in Excel or WPS and save the workbook`,
  messageZh: `单元格显示错误值 ${error}；请在 Excel 或 WPS 中修正公式或数值，然后保存工作簿` } });

const noValue = (formula: string): CellRead => {
  const shown = formula === '' ? '' : ` =${decodeXml(formula)}`;
  return { value: '', problem: { code: 'formula-no-value',
    message: `the formula${shown} has no stored value (the program that saved the file did not calculate it); open the workbook in Excel or WPS and save it so the values are stored`,
    messageZh: `公式${shown} 没有保存计算结果（保存文件的程序没有计算它）；请在 Excel 或 WPS 中打开工作簿并保存一次，让结果保存下来` } };
};

/** A number; in a date-styled cell, the serial in the 1900 system (none beyond 9999 or before 1900). */
function numberCell(text: string, style: number, context: CellContext): CellRead {
  const n = Number(text);
  if (text === '' || Number.isNaN(n)) return { value: text };
  if (!context.dateStyles[style]) return { value: n };
  const serial = context.date1904 ? n + DAYS_1904 : n;
  return serial < 0 || serial >= LAST_SERIAL ? badDate() : { value: serial };
}

/** A t="d" cell holds ISO 8601 text; as a serial like any other date. */
function isoCell(text: string): CellRead {
  const m = ISO.exec(text);
  return m ? { value: isoToSerial(m[2] ? `${m[1]}T${m[2]}` : m[1]!) } : badDate();
}

function storedValue(cell: StoredCell, text: string, context: CellContext): CellRead {
  switch (cell.type) {
    case 's': return { value: context.strings[Number(text)] ?? '' };
    case 'str': case 'inlineStr': return { value: decodeCellText(text) };
    case 'b': return { value: text === '1' || text === 'true' };
    case 'e': return errorCell(decodeXml(text));
    case 'd': return isoCell(text);
    default: return numberCell(text, cell.style, context);
  }
}

export function readCellValue(cell: StoredCell, context: CellContext): CellRead {
  if (cell.type === 'inlineStr' && cell.inline !== undefined) return { value: cell.inline };
  if (cell.value === undefined) return cell.formula === undefined ? { value: '' } : noValue(cell.formula);
  const read = storedValue(cell, cell.value, context);
  return cell.formula === undefined ? read : { ...read, calculated: true };
}
