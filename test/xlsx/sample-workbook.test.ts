// `kefu sample --xlsx`: the sample as one workbook holds, cell for cell, what data/sample's CSV files hold (same generator, same data).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { SHEETS, type Column } from '../../shared/schema';
import { arrayBufferOf, plainValue, type Shown } from './engines';
import { readStoredValues } from './xlsx-zip';

const SAMPLE = 'data/sample';
const pad = (n: number): string => String(n).padStart(2, '0');

/** A cell as the CSV writes it: dates yyyy-mm-dd, date-times yyyy-mm-dd hh:mm (to the nearest second), yes/no as 是/否. */
function csvText(value: Shown | Date, column: Column): string {
  if (value === '' || value === null) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const serial = value instanceof Date ? plainValue(value) as number : value;
  if (typeof serial === 'number' && (column.type === 'date' || column.type === 'date-time')) {
    const at = new Date(Math.round((serial - 25_569) * 86_400) * 1000);
    const date = at.toISOString().slice(0, 10);
    if (column.type === 'date') return date;
    const seconds = at.getUTCSeconds() === 0 ? '' : `:${pad(at.getUTCSeconds())}`;
    return `${date} ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${seconds}`;
  }
  return String(value);
}

describe('kefu sample --xlsx', () => {
  let wb: ExcelJS.Workbook;
  let stored: Awaited<ReturnType<typeof readStoredValues>>;
  let run: { exit: number; err: string };

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kefu-sample-xlsx-')), '示例.xlsx');
    const err: string[] = [];
    const exit = await main(['sample', '--xlsx', file], { out: () => {}, err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
    run = { exit, err: err.join('\n') };
    const buffer = readFileSync(file);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(arrayBufferOf(buffer));
    // exceljs 4.4.0 reads a formula's cached 0 or FALSE as no result at all: formula cells are read from the XML instead.
    stored = await readStoredValues(buffer);
  }, 120_000);

  it('writes the workbook and says what to do next', () => {
    expect(run.exit).toBe(0);
    expect(run.err).toContain('kefu check');
  });

  it.each(SHEETS.map((s) => [s.file, s] as const))('%s: every header and cell equals the sample CSV\'s', (file, schema) => {
    const csv = Papa.parse<string[]>(readFileSync(join(SAMPLE, file), 'utf8'), { skipEmptyLines: 'greedy' }).data;
    const sheet = wb.getWorksheet(schema.zh)!;
    const mismatches: string[] = [];
    csv.forEach((cells, r) => {
      schema.columns.forEach((column, c) => {
        const cell = sheet.getCell(r + 1, c + 1);
        const value = cell.formula ? stored(schema.zh, r + 1, c + 1) : r === 0 ? plainValue(cell.value) : cell.value instanceof Date ? cell.value : plainValue(cell.value);
        const text = r === 0 ? String(value) : csvText(value, column);
        if (text !== cells[c]) mismatches.push(`${schema.zh}!${cell.address}: workbook ${JSON.stringify(text)}, CSV ${JSON.stringify(cells[c])}`);
      });
    });
    expect(mismatches.slice(0, 20), `${mismatches.length} cells differ`).toEqual([]);
    expect(csv.length).toBeGreaterThan(1);
    // Below the sample's rows only prepared (empty) rows follow.
    expect(sheet.getCell(csv.length + 1, 1).value).toBe(null);
  });
});

describe('kefu sample --xlsx on the command line', () => {
  it('refuses a folder and an --xlsx file together, and is listed in kefu sample --help', async () => {
    const err: string[] = [];
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(await main(['sample', 'some-folder', '--xlsx', 'book.xlsx'], io, { LANG: 'en_US.UTF-8' })).toBe(2);
    expect(err.join('\n')).toContain('name a folder or an --xlsx file, not both');
    expect(await main(['sample', '--help'], io, { LANG: 'en_US.UTF-8' })).toBe(0);
    expect(out.join('\n')).toContain('kefu sample --xlsx <file.xlsx>');
  });
});
