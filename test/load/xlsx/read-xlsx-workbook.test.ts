// readXlsxWorkbook: each cell as the core's grid wants it (cached formula results, dates as serials, plain text), rows at their sheet numbers, and the workbook's own problems at their cells.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxWorkbook, type XlsxWorkbook } from '../../../load/xlsx/read-xlsx-workbook';
import { sheetForFileName } from '../../../shared/schema';
import type { GridCell } from '../../../shared/sheet/grid';
import { xlsxFile } from './make-files';

/** Stands in for the core's detection: a Kefu sheet by name, or by a header row holding 回访编号. */
const isKefuSheet = (name: string, header: readonly GridCell[]): boolean => sheetForFileName(name) !== undefined || header.includes('回访编号');

async function read(build: (book: Workbook) => void): Promise<XlsxWorkbook> {
  return readXlsxWorkbook(await xlsxFile(build), '客服.xlsx', { isKefuSheet });
}

/** A date as exceljs is given one to write: the wall-clock time as UTC. */
const utc = (iso: string): Date => new Date(`${iso}Z`);
/** Serials by hand: 2025-01-01 is 45658 in Excel; 2026-01-01 is 365 days on; 1 Jan → 3 Nov 2026 is 306 days; 14:05 is 845 of 1440 minutes. */
const NOV_3_2026 = 45658 + 365 + 306;

const cells: { description: string; input: (sheet: Worksheet) => void; expected: { value: GridCell; issue?: string; text?: string } }[] = [
  { description: 'a date-formatted date-time becomes its serial', input: (s) => { s.getCell('B2').value = utc('2026-11-03T14:05:00'); s.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm'; },
    expected: { value: NOV_3_2026 + 845 / 1440 } },
  { description: 'a date in a Chinese date format becomes its serial', input: (s) => { s.getCell('B2').value = utc('2026-11-03T00:00:00'); s.getCell('B2').numFmt = 'yyyy"年"m"月"d"日"'; },
    expected: { value: NOV_3_2026 } },
  { description: 'a serial in a General cell stays a number (the core converts it in a date column)', input: (s) => { s.getCell('B2').value = NOV_3_2026; },
    expected: { value: NOV_3_2026 } },
  { description: 'a date typed as text stays text', input: (s) => { s.getCell('B2').value = '2026-11-03'; },
    expected: { value: '2026-11-03' } },
  { description: 'a phone number stored as text keeps its digits as text', input: (s) => { s.getCell('B2').value = '013812345678'; },
    expected: { value: '013812345678' } },
  { description: 'a formula gives its cached number', input: (s) => { s.getCell('B2').value = { formula: '1+2', result: 3 }; },
    expected: { value: 3 } },
  { description: 'a formula in a date cell gives its cached date as a serial', input: (s) => { s.getCell('B2').value = { formula: 'DATE(2026,11,3)', result: utc('2026-11-03T00:00:00') }; s.getCell('B2').numFmt = 'yyyy-mm-dd'; },
    expected: { value: NOV_3_2026 } },
  { description: 'a formula gives its cached text', input: (s) => { s.getCell('B2').value = { formula: 'IF(1,"VIP","")', result: 'VIP' }; },
    expected: { value: 'VIP' } },
  { description: 'a formula whose cached result is "" gives ""', input: (s) => { s.getCell('B2').value = { formula: 'IF(1,"","x")', result: '' }; s.getCell('C2').value = { formula: '1', result: 1 }; },
    expected: { value: '' } },
  { description: 'a formula gives its cached TRUE', input: (s) => { s.getCell('B2').value = { formula: 'TRUE()', result: true }; },
    expected: { value: true } },
  { description: 'a formula whose cached result is an error is an issue at its cell', input: (s) => { s.getCell('B2').value = { formula: '1/0', result: { error: '#DIV/0!' } }; },
    expected: { value: '', issue: 'cell-error', text: '#DIV/0!' } },
  { description: 'an error value (#N/A) is an issue at its cell', input: (s) => { s.getCell('B2').value = { error: '#N/A' }; },
    expected: { value: '', issue: 'cell-error', text: '#N/A' } },
  { description: 'rich text gives its plain text', input: (s) => { s.getCell('B2').value = { richText: [{ text: '非常' }, { text: '满意', font: { bold: true } }] }; },
    expected: { value: '非常满意' } },
  { description: 'a hyperlink gives its text', input: (s) => { s.getCell('B2').value = { text: '订单 1024', hyperlink: 'https://example.com/1024' }; },
    expected: { value: '订单 1024' } },
  { description: 'a date-formatted number too large to be a date is an issue at its cell', input: (s) => { s.getCell('B2').value = 1e9; s.getCell('B2').numFmt = 'yyyy-mm-dd'; },
    expected: { value: '', issue: 'bad-date' } },
  { description: 'a boolean stays a boolean', input: (s) => { s.getCell('B2').value = false; },
    expected: { value: false } },
];

describe('a cell', () => {
  for (const { description, input, expected } of cells) {
    it(description, async () => {
      const book = await read((b) => {
        const sheet = b.addWorksheet('回访记录');
        sheet.getCell('A1').value = '回访编号';
        sheet.getCell('B1').value = '回访时间';
        sheet.getCell('A2').value = 'HF1';
        input(sheet);
      });
      const row = book.worksheets[0]!.rows[1]!;
      expect(row.line).toBe(2);
      if (typeof expected.value === 'number') expect(row.cells[1]).toBeCloseTo(expected.value, 9);
      else expect(row.cells[1]).toBe(expected.value);
      expect(book.issues.map((i) => [i.code, i.sheet, i.line, i.column])).toEqual(expected.issue ? [[expected.issue, '回访记录', 2, 2]] : []);
      if (expected.text) expect([book.issues[0]!.message, book.issues[0]!.messageZh].every((m) => m.includes(expected.text!))).toBe(true);
      expect(book.unusable).toEqual([]);
    });
  }

  it('a formula with no cached value, in a workbook saved by a program that does not calculate, is an issue at its cell', async () => {
    const book = await read((b) => {
      const sheet = b.addWorksheet('回访记录');
      sheet.addRow(['回访编号', '客户分级']);
      sheet.addRow(['HF1', { formula: 'IF(A2="","","VIP")' }]);
    });
    expect(book.worksheets[0]!.rows[1]!.cells).toEqual(['HF1', '']);
    expect(book.issues).toEqual([expect.objectContaining({ file: '客服.xlsx', sheet: '回访记录', line: 2, column: 2, code: 'formula-no-value' })]);
    expect(book.issues[0]!.message).toContain('open the workbook in Excel or WPS and save it so the values are stored');
    expect(book.issues[0]!.messageZh).toContain('请在 Excel 或 WPS 中打开工作簿并保存一次');
  });

  it('a date in a 1904-date-system workbook (old Mac Excel) becomes its serial in the 1900 system the core reads', async () => {
    const book = await read((b) => {
      b.properties.date1904 = true;
      const sheet = b.addWorksheet('回访记录');
      sheet.addRow(['回访编号', '服务日期']);
      sheet.addRow(['HF1', utc('2026-11-03T00:00:00')]);
      sheet.getCell('B2').numFmt = 'yyyy-mm-dd';
    });
    expect(book.worksheets[0]!.rows[1]!.cells).toEqual(['HF1', NOV_3_2026]);
  });
});

describe('rows', () => {
  it('below the header are padded with "" to its width (a worksheet stores no cell after a row\'s last value); blank rows stay empty', async () => {
    const book = await read((b) => {
      const sheet = b.addWorksheet('回访记录');
      sheet.addRow(['回访编号', '客户编号', '客服', '方式']);
      sheet.addRow(['HF1', 'C1']);
      sheet.getCell('A4').value = 'HF2';
      sheet.getCell('E5').value = '备注';
    });
    expect(book.worksheets[0]!.rows).toEqual([
      { line: 1, cells: ['回访编号', '客户编号', '客服', '方式'] },
      { line: 2, cells: ['HF1', 'C1', '', ''] },
      { line: 3, cells: [] },
      { line: 4, cells: ['HF2', '', '', ''] },
      // Longer than the header: left as it is, for the core to report the value with no header.
      { line: 5, cells: ['', '', '', '', '备注'] },
    ]);
  });

  it('keep their sheet row numbers across blank rows, and cells sit at column − 1', async () => {
    const book = await read((b) => {
      const sheet = b.addWorksheet('Follow-up calls');
      sheet.addRow(['回访编号', '客户编号', '客服']);
      sheet.addRow(['HF1', 'C1', '李娜']);
      sheet.getCell('C4').value = '张敏';
      sheet.getCell('A5').value = 'HF3';
    });
    expect(book.worksheets).toEqual([{ name: 'Follow-up calls', rows: [
      { line: 1, cells: ['回访编号', '客户编号', '客服'] },
      { line: 2, cells: ['HF1', 'C1', '李娜'] },
      { line: 3, cells: [] },
      { line: 4, cells: ['', '', '张敏'] },
      { line: 5, cells: ['HF3', '', ''] },
    ] }]);
  });

  it('read a merged-away cell as "" (as Excel\'s own CSV export leaves it), the value in the merge\'s first cell', async () => {
    const book = await read((b) => {
      const sheet = b.addWorksheet('回访记录');
      sheet.addRow(['回访编号', '客服', '方式']);
      sheet.addRow(['HF1', '李娜', '电话']);
      sheet.addRow(['HF2', null, '微信']);
      sheet.mergeCells('B2:B3');
    });
    expect(book.worksheets[0]!.rows.map((r) => r.cells)).toEqual([['回访编号', '客服', '方式'], ['HF1', '李娜', '电话'], ['HF2', '', '微信']]);
    expect(book.issues).toEqual([]);
  });
});

describe('worksheets', () => {
  it('are handed to the core by their Chinese or English name, or by their header row, in workbook order', async () => {
    const seen: [string, readonly GridCell[]][] = [];
    const book = await readXlsxWorkbook(await xlsxFile((b) => {
      b.addWorksheet('客户档案').addRow(['客户编号']);
      b.addWorksheet('Complaints').addRow(['投诉编号']);
      b.addWorksheet('Sheet1').addRow(['回访编号', '客户编号']);
    }), '客服.xlsx', { isKefuSheet: (name, header) => (seen.push([name, header]), isKefuSheet(name, header)) });
    expect(seen).toEqual([['客户档案', ['客户编号']], ['Complaints', ['投诉编号']], ['Sheet1', ['回访编号', '客户编号']]]);
    expect(book.worksheets.map((w) => w.name)).toEqual(['客户档案', 'Complaints', 'Sheet1']);
    expect(book.notes).toEqual([]);
  });

  it('that are hidden or extra are left unread with a warning naming them', async () => {
    const book = await read((b) => {
      b.addWorksheet('回访记录').addRow(['回访编号']);
      b.addWorksheet('投诉记录', { state: 'hidden' }).addRow(['投诉编号']);
      b.addWorksheet('下拉列表', { state: 'veryHidden' }).addRow(['电话']);
      b.addWorksheet('透视表').addRow(['月份', '回访数']);
    });
    expect(book.worksheets.map((w) => w.name)).toEqual(['回访记录']);
    expect(book.notes.map((n) => [n.code, n.sheet, n.level, n.file, n.line])).toEqual([
      ['hidden-worksheet', '投诉记录', 'warning', '客服.xlsx', 0],
      ['hidden-worksheet', '下拉列表', 'warning', '客服.xlsx', 0],
      ['extra-worksheet', '透视表', 'warning', '客服.xlsx', 0],
    ]);
    expect(book.notes[0]!.message).toContain('the hidden worksheet "投诉记录" is not read');
    expect(book.notes[0]!.messageZh).toContain('隐藏的工作表“投诉记录”未读取');
    expect(book.notes[2]!.message).toContain('name it one of: 设置 / Settings, 客户档案 / Customers');
    expect(book.issues).toEqual([]);
  });

  it('report merged header cells at their cell, with the range', async () => {
    const book = await read((b) => {
      const sheet = b.addWorksheet('回访记录');
      sheet.addRow(['回访编号', '', '', '客服', '方式']);
      sheet.addRow(['HF1', 'C1', '2026-11-03', '李娜', '电话']);
      sheet.mergeCells('A1:C1');
      sheet.mergeCells('E1:E2');
    });
    expect(book.issues.map((i) => [i.code, i.sheet, i.line, i.column])).toEqual([['merged-header', '回访记录', 1, 1], ['merged-header', '回访记录', 1, 5]]);
    expect(book.issues[0]!.message).toContain('the header cells A1:C1 are merged: unmerge them');
    expect(book.issues[0]!.messageZh).toContain('表头单元格 A1:C1 是合并单元格：请取消合并单元格');
    expect(book.issues[1]!.message).toContain('E1:E2');
  });

  it('report blank rows above the header at the header\'s first cell', async () => {
    const book = await read((b) => {
      const sheet = b.addWorksheet('回访记录');
      sheet.getCell('B3').value = '回访编号';
      sheet.getCell('B4').value = 'HF1';
    });
    expect(book.issues.map((i) => [i.code, i.sheet, i.line, i.column])).toEqual([['header-not-row-1', '回访记录', 3, 2]]);
    expect(book.issues[0]!.message).toContain('the header row must be row 1, but rows 1–2 are blank');
    expect(book.issues[0]!.messageZh).toContain('表头必须在第 1 行，但第 1–2 行是空的');
    expect(book.worksheets[0]!.rows.map((r) => r.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('loading', () => {
  it('reads a workbook synchronously without loading exceljs (exceljs is for writing only; `kefu help` and CSV commands never pay for it)', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kefu-xlsx-load-')), '客服.xlsx');
    writeFileSync(path, await xlsxFile((b) => b.addWorksheet('回访记录').addRow(['回访编号', '客服'])));
    const module = new URL('../../../load/xlsx/read-xlsx-workbook.ts', import.meta.url).href;
    const script = `import { createRequire } from 'node:module';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((p) => p.includes('/node_modules/exceljs/'));
      const { readXlsxWorkbook } = await import(${JSON.stringify(module)});
      const book = readXlsxWorkbook(${JSON.stringify(path)}, '客服.xlsx', { isKefuSheet: () => true });
      console.log(JSON.stringify([book instanceof Promise, book.worksheets?.[0]?.rows[0]?.cells, loaded()]));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    rmSync(dirname(path), { recursive: true, force: true });
    expect(JSON.parse(out)).toEqual([false, ['回访编号', '客服'], false]);
  });
});
