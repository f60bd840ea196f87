// A workbook LibreOffice writes (soffice --convert-to xlsx of a CSV, as CI installs it) reads as the CSV's values: dates as serials, booleans, numbers, text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxWorkbook } from '../../../load/xlsx/read-xlsx-workbook';

const dir = mkdtempSync(join(tmpdir(), 'kefu-xlsx-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 2025-01-01 is serial 45658; 2026-11-03 is 365 + 306 days on; 14:05 is 845 of 1440 minutes. */
const NOV_3_2026 = 45658 + 365 + 306;

describe('a workbook LibreOffice wrote', () => {
  it('reads as the CSV it was converted from', () => {
    const csv = join(dir, '回访记录.csv');
    writeFileSync(csv, '回访编号,回访时间,次数,满意,备注\nHF1,2026-11-03,3,TRUE,"A&B <x> ""q"""\nHF2,2026-11-03 14:05,1.5E-3,FALSE,第一行\n\nHF4,,-2,,\n');
    // Comma, double quote, UTF-8 (76), from line 1, …, detect special numbers (dates, booleans): what a person gets opening the CSV in Calc.
    try {
      execFileSync('soffice', ['-env:UserInstallation=file:///tmp/lo-xlsx-fast', '--headless', '--infilter=CSV:44,34,76,1,,0,false,true', '--convert-to', 'xlsx', '--outdir', dir, csv],
        { stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      throw new Error(`LibreOffice (soffice) is needed for this test: apt-get install libreoffice-calc (CI installs it). ${String(error)}`);
    }
    const book = readXlsxWorkbook(readFileSync(join(dir, '回访记录.xlsx')), '回访记录.xlsx', { isKefuSheet: () => true });
    expect(book.unusable).toEqual([]);
    expect(book.issues).toEqual([]);
    expect(book.worksheets.map((w) => w.name)).toEqual(['回访记录']);
    const rows = book.worksheets[0]!.rows;
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]!.cells).toEqual(['回访编号', '回访时间', '次数', '满意', '备注']);
    expect(rows[1]!.cells).toEqual(['HF1', NOV_3_2026, 3, true, 'A&B <x> "q"']);
    expect(rows[2]!.cells.slice(0, 1)).toEqual(['HF2']);
    expect(rows[2]!.cells[1]).toBeCloseTo(NOV_3_2026 + 845 / 1440, 9);
    expect(rows[2]!.cells.slice(2)).toEqual([0.0015, false, '第一行']);
    expect(rows[3]!.cells).toEqual([]);
    // Padded to the header's five columns (LibreOffice, like Excel, stores no cell after a row's last value).
    expect(rows[4]!.cells).toEqual(['HF4', '', -2, '', '']);
  });
});
