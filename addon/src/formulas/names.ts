// Spreadsheet names (shared/a1, one convention with the Excel template): the named range of a setting and the letter of a column.
export { columnLetter, namedRange } from '../../../shared/a1';
