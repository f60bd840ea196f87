// A sheet read from CSV text in chunks of any size gives exactly what the whole text gives: rows, issues, places (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCsvRecords } from '../../../shared/csv/csv-records';
import { readSheet } from '../../../shared/csv/read-sheet';
import { CALLS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';
import { createGridReader } from '../../../shared/sheet/read-grid';
import type { SheetRead } from '../../../shared/sheet/sheet-read';

const settings = defaultSettings();

function readInChunks(text: string, size: number): SheetRead {
  const reader = createGridReader({ file: 'calls.csv' }, CALLS, settings);
  const records = createCsvRecords('calls.csv', (row) => reader.row(row), [], size);
  for (let at = 0; at < text.length; at += size) records.push(text.slice(at, at + size));
  records.end();
  return reader.end();
}

/** Cells worth mixing: good and bad values, quotes, commas and line breaks inside quotes, blanks. */
const cell = fc.constantFrom('HF1', 'C001', '2026-11-03 10:00', '2026-13-40', '张敏', '电话', '服务后回访', '已接通', 'nope', '',
  '"a, b"', '"two¶lines"', '"say ""hi"""', '"open', ' ', '\uFFFD', '=1+2');
const row = fc.array(cell, { minLength: 5, maxLength: 9 }).map((cells) => cells.join(','));
const HEADER = '回访编号,客户编号,回访时间,客服,方式,回访目的,接通情况';

describe('reading in chunks', () => {
  // A file's line break is guessed from its first megabyte, as papaparse guesses it; these texts use one line break throughout
  // (tiny first chunks here stand for that megabyte, so a text mixing line breaks could be guessed otherwise).
  it('equals reading the whole text, for any rows, line ending and chunk size', () => {
    fc.assert(fc.property(fc.array(row, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), fc.integer({ min: 1, max: 40 }),
      (rows, newline, size) => {
        const text = [HEADER, ...rows].join(newline).replace(/¶/g, newline) + newline;
        const whole = readSheet(text, 'calls.csv', CALLS, settings);
        const chunked = readInChunks(text, size);
        expect(chunked.issues).toEqual(whole.issues);
        expect(chunked.rows).toEqual(whole.rows);
      }), { numRuns: 400 });
  });
});
