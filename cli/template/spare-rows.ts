// How many rows below the data the workbook makes ready for typing: formulas, formats and dropdowns (Excel 2016 fills no formula into a new row by itself).
export const SPARE_ROWS = 1000;
