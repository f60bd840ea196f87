// writeSheet writes what papaparse's unparse wrote (the add-on's Export CSV no longer bundles papaparse to write it).
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeSheet } from '../../../shared/csv/write-sheet';
import type { SheetSchema } from '../../../shared/schema/types';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();
const SCHEMA: SheetSchema = {
  name: 'notes', file: 'notes.csv', zh: '月度备注', en: 'Notes',
  columns: [{ key: 'month', zh: '月份', en: 'Month', type: 'id' }, { key: 'text', zh: '备注', en: 'Note', type: 'id' }],
};
const papa = (rows: string[][]): string =>
  Papa.unparse({ fields: ['月份', '备注'], data: rows }, { newline: '\r\n', escapeFormulae: false }) + '\r\n';

describe('writeSheet', () => {
  const cases: { description: string; input: string[][]; expected: string }[] = [
    { description: 'no rows: the header and an empty line, as papaparse wrote it', input: [], expected: '月份,备注\r\n\r\n' },
    { description: 'a comma, a quote, a line break, end spaces are quoted (RFC 4180)',
      input: [['a,b', 'say "hi"'], ['two\nlines', ' x ']], expected: '月份,备注\r\n"a,b","say ""hi"""\r\n"two\nlines"," x "\r\n' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(writeSheet(input.map(([month, text]) => ({ month, text })), SCHEMA, settings)).toBe(expected);
  });

  it('equals papaparse on any text (ids are written as they are)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', '\uFEFF', '客', '\t', ';') });
    fc.assert(fc.property(fc.array(fc.tuple(cell, cell), { maxLength: 5 }), (rows) => {
      const withValues = rows.filter(([a, b]) => a !== '' || b !== '');
      expect(writeSheet(withValues.map(([month, text]) => ({ month, text })), SCHEMA, settings)).toBe(papa(withValues));
    }), { numRuns: 300 });
  });
});
