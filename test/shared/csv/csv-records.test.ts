// createCsvRecords: the same records at the same physical lines however the text is cut into chunks.
import { describe, expect, it } from 'vitest';
import { createCsvRecords } from '../../../shared/csv/csv-records';
import type { BadBytes } from '../../../shared/csv/bad-bytes';
import type { SourceRow } from '../../../shared/sheet/grid';

function records(chunks: readonly string[], firstChunk: number, badBytes: BadBytes[] = []): SourceRow[] {
  const rows: SourceRow[] = [];
  const csv = createCsvRecords('t.csv', (r) => rows.push(r), badBytes, firstChunk);
  for (const c of chunks) csv.push(c);
  csv.end();
  return rows;
}

const cut = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

const cases: { description: string; input: string; expected: { line: number; cells: string[] }[] }[] = [
  { description: 'CRLF rows: one line each', input: 'a,b\r\n1,2\r\n3,4\r\n',
    expected: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }, { line: 3, cells: ['3', '4'] }, { line: 4, cells: [''] }] },
  { description: 'a quoted field with a CRLF inside takes two lines', input: 'a,b\r\n"x\r\ny",2\r\n3,4',
    expected: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x\r\ny', '2'] }, { line: 4, cells: ['3', '4'] }] },
  { description: 'a quoted field with two LFs spans three lines', input: 'a,b\n"one\ntwo\nthree",2\n3,4\n',
    expected: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['one\ntwo\nthree', '2'] }, { line: 5, cells: ['3', '4'] }, { line: 6, cells: [''] }] },
  { description: 'blank lines still count', input: 'a,b\n\n\n1,2',
    expected: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: [''] }, { line: 3, cells: [''] }, { line: 4, cells: ['1', '2'] }] },
  { description: 'a BOM is dropped', input: '\uFEFFa;b\n1;2',
    expected: [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['1', '2'] }] },
];

describe('createCsvRecords across chunk boundaries', () => {
  for (const { description, input, expected } of cases) {
    it(`${description}: whole text`, () => {
      expect(records([input], 1 << 20).map(({ line, cells }) => ({ line, cells }))).toEqual(expected);
    });
    it(`${description}: every chunk size, every cut (CRLF and quoted newlines split between chunks)`, () => {
      for (let size = 1; size <= input.length; size++) {
        const got = records(cut(input, size), size).map(({ line, cells }) => ({ line, cells }));
        // The trailing empty record after a final line break is parsed only from a whole text; it is blank either way.
        expect(got.filter((r) => r.cells.join('') !== ''), `chunk size ${size}`).toEqual(expected.filter((r) => r.cells.join('') !== ''));
      }
    });
  }

  it('a quote left open is reported on its record, once, whatever the chunks', () => {
    const text = 'a,b\n1,"2\n3,4\n';
    for (let size = 1; size <= text.length; size++) {
      const rows = records(cut(text, size), size);
      expect(rows.flatMap((r) => r.issues ?? []).map((i) => [i.code, i.line]), `chunk size ${size}`).toEqual([['bad-quotes', 2]]);
    }
  });

  it('a bad byte in a later chunk is placed at its own line and character', () => {
    // Line 3 is "x,\uFFFDz": the U+FFFD is its 3rd character, in field 2.
    const text = 'a,b\n1,2\nx,\uFFFDz\n';
    const bad: BadBytes[] = [{ index: text.indexOf('\uFFFD'), bytes: [0xff] }];
    for (let size = 1; size <= text.length; size++) {
      const rows = records(cut(text, size), size, bad);
      const issues = rows.flatMap((r) => [...(r.unreadable?.(() => ({ en: '', zh: '' })).values() ?? [])]);
      expect(issues.map((i) => [i.line, i.column]), `chunk size ${size}`).toEqual([[3, 2]]);
      expect(issues[0]!.message).toContain('line 3, column 2 (character 3)');
    }
  });
});
