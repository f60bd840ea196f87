// isWorkbookPath: a workbook's path goes to the workbook reader; a CSV (or a workbook renamed .csv) stays with the CSV reader.
import { describe, expect, it } from 'vitest';
import { isWorkbookPath } from '../../../load/xlsx/workbook-path';

const cases: { description: string; input: string; expected: boolean }[] = [
  { description: 'an .xlsx', input: 'data/客服.xlsx', expected: true },
  { description: 'an upper-case extension, as Windows shows it', input: 'D:\\店铺\\客服.XLSX', expected: true },
  { description: 'a macro workbook', input: '客服.xlsm', expected: true },
  { description: 'an old .xls (refused with advice by the workbook reader)', input: '客服.xls', expected: true },
  { description: 'a WPS .et', input: '客服.et', expected: true },
  { description: 'an .ods', input: '客服.ods', expected: true },
  { description: 'a Numbers file', input: '客服.numbers', expected: true },
  { description: 'a CSV', input: 'calls.csv', expected: false },
  { description: 'a workbook renamed .csv (the CSV reader gives its Save-As advice)', input: '回访记录.csv', expected: false },
  { description: 'a folder named like a workbook extension', input: 'data/xlsx', expected: false },
  { description: 'a dot file', input: '.xlsx', expected: false },
];

describe('isWorkbookPath', () => {
  for (const { description, input, expected } of cases) it(description, () => expect(isWorkbookPath(input)).toBe(expected));
});
