// The bench shop as one .xlsx (cached in bench/out/): every CSV of benchFolder(n) as a worksheet named in Chinese, cells typed as Excel holds them.
// Usage (alone): node --import tsx bench/xlsx-workbook.ts <calls>; prints the workbook's path.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { SHEETS } from '../shared/schema';
import type { Column } from '../shared/schema/types';
import { benchFolder, OUT_DIR } from './data';

const DATE_FORMATS: Partial<Record<Column['type'], string>> = { date: 'yyyy-mm-dd', 'date-time': 'yyyy-mm-dd hh:mm' };

/** A CSV text as the cell Excel would hold: dates as dates (UTC, as exceljs writes them), numbers as numbers. */
function typedCell(text: string, column: Column | undefined): string | number | Date {
  if (text === '' || !column) return text;
  if (column.type === 'date' || column.type === 'date-time') {
    const at = new Date(`${(text.length === 10 ? `${text}T00:00` : text.replace(' ', 'T')).padEnd(19, ':00')}Z`);
    return Number.isNaN(at.getTime()) ? text : at;
  }
  if ((column.type === 'integer' || column.type === 'money') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

export async function benchWorkbook(calls: number): Promise<string> {
  const { folder } = benchFolder(calls);
  const path = join(OUT_DIR, `${folder.split(/[\\/]/).pop()}.xlsx`);
  if (existsSync(path)) return path;
  const { default: ExcelJS } = await import('exceljs');
  const partial = `${path}.partial`;
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: partial, useSharedStrings: true, useStyles: true });
  for (const schema of SHEETS) {
    const file = join(folder, schema.file);
    if (!existsSync(file)) continue;
    const [header = [], ...records] = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: 'greedy' }).data;
    const columns = header.map((h) => schema.columns.find((c) => c.zh === h || c.en === h || c.key === h));
    const sheet = book.addWorksheet(schema.zh);
    sheet.columns = columns.map((c, i) => ({ key: String(i), style: c && DATE_FORMATS[c.type] ? { numFmt: DATE_FORMATS[c.type] } : {} }));
    sheet.addRow(header).commit();
    for (const record of records) sheet.addRow(record.map((text, i) => typedCell(text, columns[i]))).commit();
    sheet.commit();
  }
  await book.commit();
  renameSync(partial, path);
  return path;
}

if (process.argv[1]?.endsWith('xlsx-workbook.ts')) console.log(await benchWorkbook(Number(process.argv[2] ?? 100_000)));
