// Differential: on generated workbooks exceljs writes, Kefu's reader and exceljs's full load agree cell by cell (values, dates as serials, merges, hidden sheets, error cells).
import type { CellValue, Workbook } from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readXlsxWorkbook } from '../../../load/xlsx/read-xlsx-workbook';
import type { GridCell } from '../../../shared/sheet/grid';
import { isoToSerial } from '../../../shared/sheet/serial-date';

type Generated = { kind: 'value'; value: CellValue; numFmt?: string } | { kind: 'empty' };
interface SheetSpec { name: string; state: 'visible' | 'hidden' | 'veryHidden'; cells: Generated[][]; merges: string[] }

/** Characters XML must escape, a line break, CJK and an astral one; no "x", so no text looks like Excel's _xHHHH_ escape (which exceljs does not write). */
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '&', '<', '>', '"', "'", '\n', '李', '娜', '😀', '_', '#'), minLength: 1, maxLength: 8 });
/** Whole seconds from 1900-03-01 to 9999: exceljs's Date and the file's serial then agree to the second. */
const date = fc.integer({ min: Date.UTC(1900, 2, 1) / 1000, max: Date.UTC(9999, 11, 31) / 1000 }).map((s) => new Date(s * 1000));
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).filter((n) => !Object.is(n, -0)));
const cell: fc.Arbitrary<Generated> = fc.oneof(
  fc.constant<Generated>({ kind: 'empty' }),
  text.map((value): Generated => ({ kind: 'value', value })),
  number.map((value): Generated => ({ kind: 'value', value })),
  fc.boolean().map((value): Generated => ({ kind: 'value', value })),
  fc.tuple(date, fc.constantFrom('yyyy-mm-dd', 'yyyy-mm-dd hh:mm:ss', 'yyyy"年"m"月"d"日"')).map(([value, numFmt]): Generated => ({ kind: 'value', value, numFmt })),
  // exceljs reads a stored false or 0 result as none (where it is wrong, read-sheet-xml.test.ts pins Kefu's reading): truthy results only.
  fc.oneof(number, text, fc.constant(true)).filter((result) => result !== 0).map((result): Generated => ({ kind: 'value', value: { formula: 'ROW()', result } as CellValue })),
  fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!').map((error): Generated => ({ kind: 'value', value: { error } as CellValue })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs): Generated => ({ kind: 'value', value: { richText: runs.map((t) => ({ text: t })) } })),
  text.map((t): Generated => ({ kind: 'value', value: { text: t, hyperlink: 'https://example.com/a?b=1&c=2' } })),
);
const sheetSpec = (name: string): fc.Arbitrary<SheetSpec> => fc.record({
  name: fc.constant(name),
  state: fc.constantFrom<SheetSpec['state']>('visible', 'visible', 'hidden', 'veryHidden'),
  cells: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }),
  merges: fc.subarray(['A1:B1', 'C2:C3', 'D4:E5']),
});
const bookSpec = fc.record({ date1904: fc.boolean(), sheets: fc.tuple(sheetSpec('回访记录'), sheetSpec('Sheet & 2'), sheetSpec('客户档案')) });

async function writeBook(spec: { date1904: boolean; sheets: SheetSpec[] }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = spec.date1904;
  for (const s of spec.sheets) {
    const sheet = book.addWorksheet(s.name, { state: s.state });
    s.cells.forEach((row, r) => row.forEach((c, col) => {
      if (c.kind === 'empty') return;
      const target = sheet.getCell(r + 1, col + 1);
      target.value = c.value;
      if (c.numFmt) target.numFmt = c.numFmt;
    }));
    for (const range of s.merges) sheet.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** exceljs's reading of a value as the core's grid wants it (the previous reader's mapping): the oracle. */
function oracleValue(value: CellValue): { value: GridCell; error?: true } {
  if (value === null || value === undefined) return { value: '' };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  if (value instanceof Date) return { value: isoToSerial(new Date(Math.round(value.getTime() / 1000) * 1000).toISOString().slice(0, 19)) };
  if ('error' in value) return { value: '', error: true };
  if ('richText' in value) return { value: value.richText.map((r) => r.text).join('') };
  if ('hyperlink' in value) return { value: String(value.text) };
  if ('formula' in value) return oracleValue(value.result as CellValue);
  return { value: '' };
}

interface Read { visible: string[]; hidden: string[]; rows: Record<string, [number, GridCell[]][]>; errors: string[] }

const trimmed = (cells: readonly GridCell[]): GridCell[] => {
  const out = [...cells];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
};
const nonBlank = (rows: [number, GridCell[]][]): [number, GridCell[]][] => rows.filter(([, cells]) => cells.length > 0);

async function readWithExceljs(bytes: Uint8Array): Promise<Read> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof book.xlsx.load>[0]);
  const read: Read = { visible: [], hidden: [], rows: {}, errors: [] };
  for (const sheet of book.worksheets) {
    if (sheet.state !== 'visible') { read.hidden.push(sheet.name); continue; }
    read.visible.push(sheet.name);
    const rows: [number, GridCell[]][] = [];
    sheet.eachRow((row, line) => {
      const cells: GridCell[] = [];
      row.eachCell((c, column) => {
        if (c.master !== c) return;
        const { value, error } = oracleValue(c.value);
        while (cells.length < column - 1) cells.push('');
        cells.push(value);
        if (error) read.errors.push(`${sheet.name}!${line}:${column}`);
      });
      rows.push([line, trimmed(cells)]);
    });
    read.rows[sheet.name] = nonBlank(rows);
  }
  return read;
}

function readWithKefu(bytes: Uint8Array): Read {
  const book = readXlsxWorkbook(bytes, 'gen.xlsx', { isKefuSheet: () => true });
  expect(book.unusable).toEqual([]);
  return {
    visible: book.worksheets.map((w) => w.name),
    hidden: book.notes.filter((n) => n.code === 'hidden-worksheet').map((n) => n.sheet!),
    rows: Object.fromEntries(book.worksheets.map((w) => [w.name, nonBlank(w.rows.map((r) => [r.line, trimmed(r.cells)]))])),
    errors: book.issues.filter((i) => i.code === 'cell-error').map((i) => `${i.sheet}!${i.line}:${i.column}`),
  };
}

/** Numbers agree to 1e-9 relative (a date's serial is computed from milliseconds by exceljs and from the file by Kefu). */
const close = (a: GridCell, b: GridCell): boolean => typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b;

describe('Kefu\'s reader and exceljs', () => {
  it('agree on generated workbooks, cell by cell', async () => {
    await fc.assert(fc.asyncProperty(bookSpec, async (spec) => {
      const bytes = await writeBook(spec);
      const [mine, oracle] = [readWithKefu(bytes), await readWithExceljs(bytes)];
      expect(mine.visible).toEqual(oracle.visible);
      expect(mine.hidden).toEqual(oracle.hidden);
      expect(mine.errors).toEqual(oracle.errors);
      for (const name of oracle.visible) {
        const [a, b] = [mine.rows[name]!, oracle.rows[name]!];
        expect(a.map(([line, cells]) => [line, cells.length])).toEqual(b.map(([line, cells]) => [line, cells.length]));
        a.forEach(([line, cells], i) => cells.forEach((c, j) => {
          if (!close(c, b[i]![1][j]!)) expect([name, line, j + 1, c]).toEqual([name, line, j + 1, b[i]![1][j]]);
        }));
      }
    }), { numRuns: 60 });
  }, 60_000);
});
