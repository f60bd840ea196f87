// One exceljs cell value → the grid cell the core reads: formulas by their stored result, dates as serials, rich text and links as their text.
import type { CellValue } from 'exceljs';
import type { GridCell } from '../../shared/sheet/grid';
import { isoToSerial } from '../../shared/sheet/serial-date';
import type { Refusal } from './refuse-workbook';

export interface CellRead {
  value: GridCell;
  /** Why the cell gives no usable value (its value is then ''). */
  problem?: Refusal;
  /** A formula whose result the file stores: proof that the program that saved it calculates. */
  calculated?: true;
}

/** exceljs makes a Date of a date-formatted serial as if it were UTC: back to the serial, to the second as serial-date reads it. */
function dateToSerial(date: Date): CellRead {
  const ms = date.getTime();
  if (Number.isNaN(ms)) {
    return { value: '', problem: { code: 'bad-date', message: 'the cell is formatted as a date but its number is too large to be one; fix the value in Excel or WPS',
      messageZh: '单元格设置为日期格式，但其中的数字太大，不是有效日期；请在 Excel 或 WPS 中修正' } };
  }
  return { value: isoToSerial(new Date(Math.round(ms / 1000) * 1000).toISOString().slice(0, 19)) };
}

const errorCell = (error: string): CellRead => ({ value: '', problem: { code: 'cell-error',
  message: `the cell shows the error ${error}; fix its formula or value in Excel or WPS and save the workbook`,
  messageZh: `单元格显示错误值 ${error}；请在 Excel 或 WPS 中修正公式或数值，然后保存工作簿` } });

/** Runs of rich text (a string, or { richText }) as one plain string. */
function plainText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text) return (text as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return text === undefined || text === null ? '' : String(text);
}

export function readCellValue(value: CellValue): CellRead {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return dateToSerial(value);
  if ('error' in value) return errorCell(value.error);
  if ('richText' in value) return { value: plainText(value) };
  if ('hyperlink' in value) return { value: plainText(value.text) };
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value;
    if (result === undefined || result === null) {
      const formula = 'sharedFormula' in value ? value.formula ?? value.sharedFormula : value.formula;
      return { value: '', problem: { code: 'formula-no-value',
        message: `the formula =${formula} has no stored value (the program that saved the file did not calculate it); open the workbook in Excel or WPS and save it so the values are stored`,
        messageZh: `公式 =${formula} 没有保存计算结果（保存文件的程序没有计算它）；请在 Excel 或 WPS 中打开工作簿并保存一次，让结果保存下来` } };
    }
    return { ...readCellValue(result), calculated: true };
  }
  return { value: '' };
}
