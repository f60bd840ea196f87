// The .xlsx reader on sheet XML as Excel, WPS, LibreOffice and other writers store it: entities, escapes, inline and rich strings, positional cells, date styles, prefixes, zip methods.
import { describe, expect, it } from 'vitest';
import { readXlsxWorkbook } from '../../../load/xlsx/read-xlsx-workbook';
import { isDateFormat } from '../../../load/xlsx/date-styles';
import type { GridRow } from '../../../shared/sheet/grid';
import { stylesPart, xlsxFromParts, zipFile, type SheetPart } from './make-files';

const isKefuSheet = (): boolean => true;
/** Serials by hand: 2025-01-01 is 45658 in Excel; 2026-11-03 is 365 + 306 days on. */
const NOV_3_2026 = 45658 + 365 + 306;
/** Days from 1899-12-30 to 1904-01-01: a 1904-system serial is this much smaller than the 1900 one (ECMA-376 §18.17.4.1). */
const DAYS_1904 = 1462;
/** Styles: 0 General, 1 built-in 14 (date), 2 yyyy"年"m"月"d"日", 3 [$-zh-CN]yyyy/m/d, 4 #,##0"天" (a d inside quotes), 5 0.00E+00, 6 built-in 31 (zh-CN 年月日), 7 built-in 3. */
const STYLES = stylesPart(['yyyy"年"m"月"d"日"', '[$-zh-CN]yyyy/m/d;@', '#,##0"天"', '0.00E+00'], [0, 14, 164, 165, 166, 167, 31, 3]);

interface Case {
  description: string;
  input: { rows: string; strings?: string[] | string; date1904?: boolean };
  expected: { rows: GridRow[]; issues?: [string, number, number][] };
}

const cases: Case[] = [
  { description: 'XML entities in shared and inline strings are decoded (named, decimal, hex)',
    input: { rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#26222;&#x901A;&lt;VIP&gt;</t></is></c></row>', strings: ['A&amp;B &quot;x&quot; &apos;y&apos;'] },
    expected: { rows: [{ line: 1, cells: ['A&B "x" \'y\'', '普通<VIP>'] }] } },
  { description: "Excel's _x000D_ escape is a carriage return, and _x005F_ keeps a literal _x000D_",
    input: { rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>', strings: ['第一行_x000D_\n第二行', 'code _x005F_x000D_'] },
    expected: { rows: [{ line: 1, cells: ['第一行\r\n第二行', 'code _x000D_'] }] } },
  { description: 'an inline string (t="inlineStr") gives its text, rich runs joined',
    input: { rows: '<row r="1"><c r="A1" t="inlineStr"><is><r><t>非常</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 满意</t></r></is></c></row>' },
    expected: { rows: [{ line: 1, cells: ['非常 满意'] }] } },
  { description: 'rich-text runs in a shared string are joined; phonetic guides (rPh) are not text',
    input: { rows: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
      strings: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><rPr><b/></rPr><t>李</t></r><r><t xml:space="preserve"> 娜 </t></r><rPh sb="0" eb="1"><t>リ</t></rPh><phoneticPr fontId="1"/></si></sst>' },
    expected: { rows: [{ line: 1, cells: ['李 娜 '] }] } },
  { description: 'cells without r="…" sit after the one before; rows without r after the row before',
    input: { rows: '<row><c t="inlineStr"><is><t>回访编号</t></is></c><c t="inlineStr"><is><t>次数</t></is></c></row><row><c t="inlineStr"><is><t>HF1</t></is></c><c><v>5</v></c></row><row r="4"><c r="B4"><v>7</v></c><c><v>8</v></c></row>' },
    expected: { rows: [{ line: 1, cells: ['回访编号', '次数'] }, { line: 2, cells: ['HF1', 5] }, { line: 3, cells: [] }, { line: 4, cells: ['', 7, 8] }] } },
  { description: 'self-closing <c/> cells (styled but empty) hold nothing, yet still count for positional cells',
    input: { rows: '<row r="1"><c r="A1" s="1"/><c><v>2</v></c><c r="D1" s="1"/></row><row r="2" spans="1:4"/>' },
    expected: { rows: [{ line: 1, cells: ['', 2] }] } },
  { description: 'numbers with exponents, negative and fractional',
    input: { rows: '<row r="1"><c r="A1"><v>1.5E-3</v></c><c r="B1" t="n"><v>1E+5</v></c><c r="C1"><v>-2.25</v></c><c r="D1" s="5"><v>6.02E+23</v></c></row>' },
    expected: { rows: [{ line: 1, cells: [0.0015, 100000, -2.25, 6.02e23] }] } },
  { description: 'booleans, formula text results, errors and ISO dates (t="d")',
    input: { rows: '<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>"V"&amp;"IP"</f><v>VIP</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="E1" t="d"><v>2026-11-03T14:05:00</v></c></row>' },
    expected: { rows: [{ line: 1, cells: [true, false, 'VIP', '', NOV_3_2026 + 845 / 1440] }], issues: [['cell-error', 1, 4]] } },
  { description: 'a formula with no <v> at all is formula-no-value; a <v></v> (stored "") is ""',
    input: { rows: '<row r="1"><c r="A1"><f>SUM(B1:B9)</f></c><c r="B1" t="str"><f>IF(1,"","x")</f><v></v></c></row>' },
    // The stored "" shows the writer calculates: the missing result is then a "" too (the rule read-xlsx-workbook keeps).
    expected: { rows: [{ line: 1, cells: ['', ''] }] } },
  { description: 'a formula with no <v>, in a workbook with no stored result anywhere, is an issue at its cell',
    input: { rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>HF1</t></is></c><c r="B1"><f>IF(A1="","","VIP")</f></c></row>' },
    expected: { rows: [{ line: 1, cells: ['HF1', ''] }], issues: [['formula-no-value', 1, 2]] } },
  { description: 'a shared formula\'s followers give their stored values',
    input: { rows: '<row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">ROW()</f><v>1</v></c></row><row r="2"><c r="A2"><f t="shared" si="0"/><v>2</v></c></row>' },
    expected: { rows: [{ line: 1, cells: [1] }, { line: 2, cells: [2] }] } },
  { description: 'date-styled numbers stay serials, whatever the format: built-in 14, 31 (zh-CN), yyyy"年"m"月"d"日", [$-zh-CN]…',
    input: { rows: `<row r="1"><c r="A1" s="1"><v>${NOV_3_2026}</v></c><c r="B1" s="2"><v>${NOV_3_2026}</v></c><c r="C1" s="3"><v>${NOV_3_2026}.5</v></c><c r="D1" s="6"><v>${NOV_3_2026}</v></c></row>` },
    expected: { rows: [{ line: 1, cells: [NOV_3_2026, NOV_3_2026, NOV_3_2026 + 0.5, NOV_3_2026] }] } },
  { description: 'in a 1904 workbook, date-styled numbers move to the 1900 system; other numbers (General, "天" in quotes, 0.00E+00, #,##0) stay',
    input: { date1904: true, rows: `<row r="1"><c r="A1" s="1"><v>${NOV_3_2026 - DAYS_1904}</v></c><c r="B1" s="2"><v>${NOV_3_2026 - DAYS_1904}</v></c><c r="C1" s="3"><v>${NOV_3_2026 - DAYS_1904}</v></c><c r="D1" s="6"><v>${NOV_3_2026 - DAYS_1904}</v></c>`
      + '<c r="E1"><v>12</v></c><c r="F1" s="4"><v>12</v></c><c r="G1" s="5"><v>12</v></c><c r="H1" s="7"><v>12</v></c></row>' },
    expected: { rows: [{ line: 1, cells: [NOV_3_2026, NOV_3_2026, NOV_3_2026, NOV_3_2026, 12, 12, 12, 12] }] } },
  { description: 'a date-styled number past 9999-12-31 is a bad date at its cell',
    input: { rows: '<row r="3"><c r="C3" s="2"><v>3000000</v></c></row>' },
    expected: { rows: [{ line: 1, cells: [] }, { line: 2, cells: [] }, { line: 3, cells: ['', '', ''] }], issues: [['bad-date', 3, 3]] } },
  { description: 'a value left in a merged-away cell reads "" (only the merge\'s first cell counts)',
    input: { rows: '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>回访编号</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>李娜</t></is></c><c r="B2" t="inlineStr"><is><t>旧值</t></is></c><c r="C2"><v>3</v></c></row>'
      + '</sheetData><mergeCells count="1"><mergeCell ref="A2:B2"/></mergeCells></worksheet>' },
    expected: { rows: [{ line: 1, cells: ['回访编号'] }, { line: 2, cells: ['李娜', '', 3] }] } },
];

describe('sheet XML', () => {
  for (const { description, input, expected } of cases) {
    it(description, async () => {
      const book = await readXlsxWorkbook(xlsxFromParts({ sheets: [{ name: '回访记录', xml: input.rows }], sharedStrings: input.strings, styles: STYLES, date1904: input.date1904 }), '客服.xlsx', { isKefuSheet });
      expect(book.unusable).toEqual([]);
      const rows = book.worksheets[0]!.rows;
      expect(rows.map((r) => r.line)).toEqual(expected.rows.map((r) => r.line));
      rows.forEach((row, i) => {
        expect(row.cells).toHaveLength(expected.rows[i]!.cells.length);
        row.cells.forEach((cell, j) => {
          const want = expected.rows[i]!.cells[j]!;
          if (typeof want === 'number') expect(cell).toBeCloseTo(want, 9);
          else expect(cell).toBe(want);
        });
      });
      expect(book.issues.map((i) => [i.code, i.line, i.column])).toEqual(expected.issues ?? []);
    });
  }
});

describe('date formats', () => {
  const formats: { description: string; input: string; expected: boolean }[] = [
    { description: 'Chinese year-month-day with quoted 年月日', input: 'yyyy"年"m"月"d"日"', expected: true },
    { description: 'a locale tag in brackets', input: '[$-zh-CN]yyyy/m/d;@', expected: true },
    { description: 'WPS upper-case', input: 'YYYY-MM-DD', expected: true },
    { description: 'elapsed hours', input: '[h]:mm:ss', expected: true },
    { description: 'time with 上午/下午', input: '[$-804]AM/PM h"时"mm"分"', expected: true },
    { description: 'a number with d only inside quotes', input: '#,##0"天"', expected: false },
    { description: 'a colour and escaped letters', input: '[Red]0.00\\d', expected: false },
    { description: 'scientific (E is an exponent)', input: '0.00E+00', expected: false },
    { description: 'General', input: 'General', expected: false },
    { description: 'Chinese numerals of General', input: '[DBNum1][$-804]General', expected: false },
    { description: 'money with the yuan sign', input: '"¥"#,##0.00;[Red]"¥"\\-#,##0.00', expected: false },
  ];
  for (const { description, input, expected } of formats) it(`${description}: ${input} → ${expected}`, () => expect(isDateFormat(input)).toBe(expected));
});

describe('workbook parts', () => {
  const sheet = (over: Partial<SheetPart>): SheetPart => ({ name: '回访记录', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>回访编号</t></is></c></row>', ...over });
  const read = (bytes: Uint8Array) => readXlsxWorkbook(bytes, '客服.xlsx', { isKefuSheet });

  it('hidden and very hidden worksheets are left unread with a note', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({}), sheet({ name: '列表', state: 'veryHidden' }), sheet({ name: '旧表', state: 'hidden' })] }));
    expect(book.worksheets.map((w) => w.name)).toEqual(['回访记录']);
    expect(book.notes.map((n) => [n.code, n.sheet])).toEqual([['hidden-worksheet', '列表'], ['hidden-worksheet', '旧表']]);
  });

  it('relationship targets may be absolute (/xl/…) or relative with ./ and ../', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({ target: '/xl/worksheets/sheet1.xml' }), sheet({ name: 'B', target: './worksheets/../worksheets/sheet2.xml' })] }));
    expect(book.unusable).toEqual([]);
    expect(book.worksheets.map((w) => [w.name, w.rows[0]!.cells])).toEqual([['回访记录', ['回访编号']], ['B', ['回访编号']]]);
  });

  it('a sheet name with an entity is decoded', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({ name: '回访 &amp; 投诉' })] }));
    expect(book.worksheets.map((w) => w.name)).toEqual(['回访 & 投诉']);
  });

  it('parts written with a namespace prefix (<x:worksheet>, as .NET tools do) are read the same', async () => {
    const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const xml = `<x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const book = await read(xlsxFromParts({ sheets: [sheet({ xml })], sharedStrings: `<x:sst ${ns}><x:si><x:t>回访编号</x:t></x:si></x:sst>` }));
    expect(book.worksheets[0]!.rows).toEqual([{ line: 1, cells: ['回访编号', 2] }]);
  });

  it('stored (uncompressed) entries are read like deflated ones', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({})], method: 0 }));
    expect(book.worksheets[0]!.rows).toEqual([{ line: 1, cells: ['回访编号'] }]);
  });

  it('an entry that inflates past its declared size (a zip bomb or damage) makes the workbook unusable, not a memory hog', async () => {
    const bytes = zipFile([{ name: 'xl/workbook.xml', data: '<workbook><sheets><sheet name="a" r:id="rId1"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships/>' }], { declaredSize: 10 });
    expect((await read(bytes)).unusable.map((i) => i.code)).toEqual(['damaged-workbook']);
  });

  it('a row past Excel\'s last row (1,048,576) is damage, refused before any padding to it', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({ xml: '<row r="1048577"><c r="A1048577"><v>1</v></c></row>' })] }));
    expect(book.unusable.map((i) => i.code)).toEqual(['damaged-workbook']);
    expect(book.unusable[0]!.message).toContain('past Excel\'s last row (1,048,576)');
  });

  it('a cell past column XFD (16,384) is damage', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({ xml: '<row r="1"><c r="XFE1"><v>1</v></c></row>' })] }));
    expect(book.unusable.map((i) => i.code)).toEqual(['damaged-workbook']);
  });

  it('a value in Excel\'s last row and column is read there', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({ xml: '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>' })] }));
    const rows = book.worksheets[0]!.rows;
    expect([rows.length, rows.at(-1)!.line, rows.at(-1)!.cells.length, rows.at(-1)!.cells.at(-1)]).toEqual([1_048_576, 1_048_576, 16_384, 1]);
  });

  it('a workbook listing a worksheet whose part is missing is unusable, naming it', async () => {
    const book = await read(xlsxFromParts({ sheets: [sheet({ target: 'worksheets/gone.xml' })] }));
    expect(book.unusable.map((i) => i.code)).toEqual(['damaged-workbook']);
    expect(book.unusable[0]!.message).toContain('"回访记录" is missing');
  });
});
