// A cell between sheet and core: getValues values read as CSV text, typed values written as setValues wants them, next ids.
import { describe, expect, it } from 'vitest';
import { CALLS, CUSTOMERS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { nextId } from '../../addon/src/ids';
import { readValues } from '../../addon/src/read-values';
import { cellText, sheetValue, type WallClockOf } from '../../addon/src/sheet-cell';

const col = (schema: typeof CALLS, key: string) => schema.columns.find((c) => c.key === key)!;
/** Wall clock of a Date built from local parts in this process: the test runs in any zone. */
const local: WallClockOf = (d) => ({ y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate(), h: d.getHours(), min: d.getMinutes(), s: d.getSeconds() });
const settings = defaultSettings();

describe('cellText', () => {
  it.each([
    [new Date(2026, 4, 1), 'serviceDate', '2026-05-01'],
    [new Date(2026, 4, 1, 9, 5), 'at', '2026-05-01 09:05:00'],
    [new Date(2026, 4, 1), 'at', '2026-05-01 00:00:00'],
    [13812345678, 'customerId', '13812345678'],
    [0.1 + 0.2, 'comment', '0.3'],
    [true, 'comment', 'true'],
    ['=SUM(1)', 'comment', "'=SUM(1)"],
    ['=SUM(1)', 'customerId', '=SUM(1)'],
    ['', 'comment', ''],
  ] as const)('%s in %s → %s', (value, key, text) => {
    expect(cellText(value, col(CALLS, key), local)).toBe(text);
  });
});

describe('sheetValue', () => {
  it.each([
    ['reached', 'reached', 'zh', '已接通'],
    ['reached', 'no-answer', 'en', 'no answer'],
    ['at', '2026-05-01T09:05:00', 'zh', '2026-05-01 09:05'],
    ['comment', '+1 good', 'zh', "'+1 good"],
    ['comment', '好', 'zh', '好'],
  ] as const)('%s %s (%s) → %s', (key, value, lang, written) => {
    expect(sheetValue(value, col(CALLS, key), settings, lang)).toBe(written);
  });

  it('keeps a phone starting with + as text', () => {
    expect(sheetValue('+442079460958', col(CUSTOMERS, 'phone'), settings, 'zh')).toBe("'+442079460958");
  });
});

describe('readValues', () => {
  it('reads a grid like the CSV reader: sheet rows as lines, blank rows skipped, required cells reported', () => {
    const read = readValues([
      ['回访编号', 'Customer ID', '回访时间', '客服', '方式', '回访目的', 'my own column', '接通情况'],
      ['HF1', 'C1', new Date(2026, 4, 1, 9, 0), '王芳', '电话', 'post-service', 'x', '已接通'],
      ['', '', '', '', '', '', 'note only', ''],
      ['HF2', 'C1', '2026-05-01 10:00', '', 'pigeon', '来电咨询', '', '已接通'],
    ], '回访记录', CALLS, settings, local);
    expect(read.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(read.rows[0]!.values).toMatchObject({ id: 'HF1', at: '2026-05-01T09:00:00', channel: 'phone', reached: 'reached' });
    expect(read.issues.map((i) => [i.line, i.column, i.code])).toEqual([
      [3, 1, 'required'], [3, 2, 'required'], [3, 3, 'required'], [3, 4, 'required'], [3, 5, 'required'], [3, 6, 'required'],
      [3, 8, 'required'], [4, 4, 'required'], [4, 5, 'not-in-list'],
    ]);
    expect(read.rows[2]!.bad).toEqual({ channel: 'pigeon' });
  });
});

describe('nextId', () => {
  it.each([
    [[], 'HF', 5, 'HF00001'],
    [['HF00007', 'HF00003', 'X9', '', 'HF12'], 'HF', 5, 'HF00013'],
    [['TS999'], 'TS', 3, 'TS1000'],
    [['C0041', 'C41A'], 'C', 4, 'C0042'],
  ] as const)('%j with prefix %s (width %i) → %s', (_ids, _prefix, _width, _expected) => {
    const [ids, prefix, width, expected] = [_ids, _prefix, _width, _expected];
    expect(nextId(ids, prefix, width)).toBe(expected);
  });
});
