// Property: any valid rows of any sheet, written by writeSheet (zh or en headers) and read by readSheet, come back equal with no issues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_CHARACTER, INPUT_LIMITS } from '../../../shared/sheet/input-limits';
import { readSheet } from '../../../shared/csv/read-sheet';
import { writeSheet } from '../../../shared/csv/write-sheet';
import { SHEETS } from '../../../shared/schema';
import { allowedValues, type Column, type Row, type SheetSchema } from '../../../shared/schema/types';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();

const chars = (list: string): fc.Arbitrary<string> => fc.constantFrom(...list);
const digits = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: chars('0123456789'), minLength: min, maxLength: max });

// An id never starts with "-" (a spreadsheet reads it as a minus or a formula).
const idArb = fc.string({ unit: chars('ABCXYZabcxyz0123456789-_./客户'), minLength: 1, maxLength: 10 }).filter((s) => !s.startsWith('-'));

/** Texts full of what breaks CSV and spreadsheets: delimiters, quotes, newlines, formula signs, Chinese. */
const textArb = fc.string({
  unit: fc.oneof(
    chars('abcXYZ019 ,;"\'\t=+-@()|!#＝＋－＠'),
    chars('王小明满意投诉，。、“”'),
    fc.constantFrom('\n', '\r\n', '\r', '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0"),
    fc.string({ minLength: 1, maxLength: 3 }),
  ),
  minLength: 1,
  maxLength: 12,
}).filter((s) => s.trim() === s && s !== '');

const phoneArb = fc.oneof(
  fc.tuple(chars('3456789'), digits(9, 9)).map(([second, rest]) => `1${second}${rest}`),
  fc.tuple(fc.oneof(digits(1, 1).map((d) => `01${d}`), digits(1, 1).map((d) => `02${d}`), fc.tuple(chars('3456789'), digits(2, 2)).map(([a, b]) => `0${a}${b}`)),
    digits(7, 8), fc.option(digits(1, 4), { nil: undefined }))
    .map(([area, number, ext]) => (ext ? `${area}-${number}-${ext}` : `${area}-${number}`)),
  fc.tuple(chars('123456789'), digits(5, 14)).map(([first, rest]) => `+${first}${rest}`)
    .filter((p) => !/^\+861[3-9]\d{9}$/.test(p)),
);

const dateArb = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
const isoDateArb = dateArb.map((d) => d.toISOString().slice(0, 10));
const isoDateTimeArb = dateArb.map((d) => d.toISOString().slice(0, 19));

function valueArb(column: Column): fc.Arbitrary<string | number | boolean> {
  switch (column.type) {
    case 'id': return idArb;
    // Valid names and labels are short and free of hidden characters (input-limits.ts); free text may be longer.
    case 'text': return column.prose ? textArb : textArb.filter((s) => !HIDDEN_CHARACTER.test(s) && [...s].length <= INPUT_LIMITS.nameLength);
    case 'phone': return phoneArb;
    case 'date': return isoDateArb;
    case 'date-time': return isoDateTimeArb;
    case 'enum': return fc.constantFrom(...allowedValues(column, settings).map((v) => v.key));
    case 'integer': return fc.integer({ min: column.min ?? -1_000_000, max: column.max ?? 1_000_000 });
    case 'money': return fc.integer({ min: (column.min ?? -100_000) * 100, max: 10_000_000_000 }).map((cents) => cents / 100);
    case 'boolean': return fc.boolean();
  }
}

function rowArb(schema: SheetSchema): fc.Arbitrary<Row> {
  const cells = schema.columns.map((c) => (c.required ? valueArb(c) : fc.option(valueArb(c), { nil: undefined })));
  return fc.tuple(...cells).map((values) => {
    const row: Row = {};
    schema.columns.forEach((c, i) => { if (values[i] !== undefined) row[c.key] = values[i]; });
    return row;
  });
}

describe.each(SHEETS.map((s) => [s.name, s] as const))('%s', (_name, schema) => {
  it.each(['zh', 'en'] as const)('writes and reads back equal rows with %s headers', (lang) => {
    fc.assert(fc.property(fc.array(rowArb(schema), { minLength: 1, maxLength: 6 }), (rows) => {
      const read = readSheet(writeSheet(rows, schema, settings, lang), schema.file, schema, settings);
      expect(read.issues).toEqual([]);
      expect(read.rows.map((r) => r.values)).toEqual(rows);
    }), { numRuns: 150 });
  });
});
