// parseValue: every column type, every accepted form and every rejection, as { description, input, expected } tables.
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../shared/sheet/parse-value';
import { SATISFACTION } from '../../../shared/enums';
import type { Column, ColumnType } from '../../../shared/schema/types';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();
const col = (type: ColumnType, extra: Partial<Column> = {}): Column => ({ key: 'x', zh: '某列', en: 'Some column', type, ...extra });

type Case = [description: string, input: string, expected: string | number | boolean | undefined];
type Bad = [description: string, input: string, code: string];

function table(column: Column, good: Case[], bad: Bad[]): void {
  it.each(good)('accepts %s', (_d, input, expected) => {
    expect(parseValue(input, column, settings)).toEqual({ ok: true, value: expected });
  });
  it.each(bad)('rejects %s', (_d, input, code) => {
    const result = parseValue(input, column, settings);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    // Both languages, naming the bad value.
    expect(result.message).toContain(input.trim().slice(0, 20));
    expect(result.messageZh).toContain(input.trim().slice(0, 20));
    expect(result.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });
}

describe('empty cells', () => {
  it.each(['', '   ', '\t'])('%j is undefined for every type', (input) => {
    for (const type of ['id', 'text', 'phone', 'date', 'date-time', 'enum', 'integer', 'money', 'boolean'] as const) {
      expect(parseValue(input, col(type, { values: SATISFACTION }), settings)).toEqual({ ok: true, value: undefined });
    }
  });
});

describe('id', () => {
  table(col('id'), [
    ['letters and digits', 'C0001', 'C0001'],
    ['signs - _ . /', 'A-1_2.3/4', 'A-1_2.3/4'],
    ['trimmed', '  C0001 ', 'C0001'],
    ['Chinese letters', '客001', '客001'],
    ['full-width digits made ASCII', 'Ｃ００１', 'C001'],
  ], [
    ['a space inside', 'C 001', 'bad-id'],
    ['a comma', 'C,001', 'bad-id'],
    ['a hash', '#12', 'bad-id'],
    // A spreadsheet reads a leading "-" as a minus or a formula (issue 10).
    ['a leading minus before a letter', '-A1', 'bad-id'],
    ['a leading minus before digits', '-1-1', 'bad-id'],
    ['a leading full-width minus', '－A1', 'bad-id'],
  ]);
  it('says why a leading "-" is refused, in both languages', () => {
    const result = parseValue('-A1', col('id'), settings);
    expect(result).toMatchObject({ ok: false, code: 'bad-id' });
    if (result.ok) return;
    expect(result.message).toContain('starts with "-"');
    expect(result.messageZh).toContain('以“-”开头');
  });
});

describe('text', () => {
  table(col('text'), [
    ['plain text, trimmed', '  王小明 ', '王小明'],
    ['a minus before a digit', '-5 points', '-5 points'],
    ['a dash and a space, like a list', '- first item', '- first item'],
    ['a plus before a digit', '+86 is the code', '+86 is the code'],
    ['our own guard before =', "'=SUM(A1)", '=SUM(A1)'],
    ['our own guard before +', "'+cmd", '+cmd'],
    ['our own guard before -', "'-abc", '-abc'],
    ['our own guard before @', "'@home", '@home'],
    ['our own guard before full-width ＝', "'＝SUM(A1)", '＝SUM(A1)'],
    ['an apostrophe that guards nothing is kept', "'quoted'", "'quoted'"],
    ['commas, quotes and newlines inside', 'a, "b"\nc', 'a, "b"\nc'],
  ], [
    ['= first', '=HYPERLINK("http://x","click")', 'formula-text'],
    ['@ first', '@SUM(A1)', 'formula-text'],
    ['+ and a letter', "+cmd|' /C calc'!A0", 'formula-text'],
    ['- and a letter', '-cmd', 'formula-text'],
    ['+ and a bracket', '+(1+2)', 'formula-text'],
    ['- and =', '-=1', 'formula-text'],
    ['+ and @', '+@x', 'formula-text'],
    ['full-width ＝ first', '＝SUM(A1)', 'formula-text'],
    ['full-width ＠ first', '＠SUM(A1)', 'formula-text'],
    ['full-width ＋ and a letter', '＋cmd', 'formula-text'],
    ['full-width － and a letter', '－cmd', 'formula-text'],
  ]);
});

describe('phone', () => {
  table(col('phone'), [
    ['a mobile', '13812345678', '13812345678'],
    ['a mobile with dashes', '138-1234-5678', '13812345678'],
    ['a mobile with spaces', '138 1234 5678', '13812345678'],
    ['+86 mobile', '+86 138 1234 5678', '13812345678'],
    ['86 mobile', '8613812345678', '13812345678'],
    ['(+86) mobile', '(+86)13812345678', '13812345678'],
    ['full-width digits', '１３８１２３４５６７８', '13812345678'],
    ['landline with dash', '010-12345678', '010-12345678'],
    ['landline digits only, 3-digit area', '01012345678', '010-12345678'],
    ['landline digits only, 4-digit area', '07551234567', '0755-1234567'],
    ['landline with area code in brackets', '(021)87654321', '021-87654321'],
    ['landline with spaces', '0755 8765 4321', '0755-87654321'],
    ['landline with extension after a dash', '010-12345678-123', '010-12345678-123'],
    ['landline with 转 extension', '010-12345678转8001', '010-12345678-8001'],
    ['landline with ext', '0755-1234567 ext 12', '0755-1234567-12'],
    ['international', '+44 20 7946 0958', '+442079460958'],
    ['international with 00', '0014155550100', '+14155550100'],
  ], [
    ['Excel scientific notation', '1.38123E+10', 'phone-damaged'],
    ['Excel scientific notation, short', '1.38E+10', 'phone-damaged'],
    ['scientific notation, lower case', '1.38123e+10', 'phone-damaged'],
    ['a mobile one digit short', '1381234567', 'bad-phone'],
    ['a mobile starting 12', '12812345678', 'bad-phone'],
    ['a landline without area code', '12345678', 'bad-phone'],
    ['a landline too short', '010-123456', 'bad-phone'],
    ['words', 'call me', 'bad-phone'],
    ['+ and too few digits', '+12345', 'bad-phone'],
  ]);
  it('tells how to fix a damaged phone', () => {
    const result = parseValue('1.38123E+10', col('phone'), settings);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('scientific notation') });
    expect(result).toMatchObject({ message: expect.stringContaining('format the column as text') });
  });
});

describe('date', () => {
  table(col('date'), [
    ['ISO', '2026-11-03', '2026-11-03'],
    ['no leading zeros', '2026-1-3', '2026-01-03'],
    ['slashes', '2026/11/3', '2026-11-03'],
    ['dots', '2026.11.3', '2026-11-03'],
    ['Chinese', '2026年11月3日', '2026-11-03'],
    ['Chinese without 日', '2026年11月3', '2026-11-03'],
    ['midnight time H:mm', '2026-11-03 00:00', '2026-11-03'],
    ['midnight time H:mm:ss', '2026/11/3 0:00:00', '2026-11-03'],
    ['midnight with T', '2026-11-03T00:00:00', '2026-11-03'],
    ['a leap day', '2028-02-29', '2028-02-29'],
  ], [
    ['a day that does not exist', '2026-02-30', 'bad-date'],
    ['not a leap year', '2026-02-29', 'bad-date'],
    ['month 13', '2026-13-01', 'bad-date'],
    ['day first', '03/11/2026', 'bad-date'],
    ['mixed separators', '2026-11/03', 'bad-date'],
    ['a time other than midnight', '2026-11-03 14:05', 'bad-date'],
    ['words', 'next Tuesday', 'bad-date'],
    ['an Excel serial number', '46329', 'bad-date'],
  ]);
  it('says the day does not exist and lists the accepted forms', () => {
    expect(parseValue('2026-02-30', col('date'), settings)).toMatchObject({ message: expect.stringContaining('is not a real day: February 2026 has only 28 days') });
    expect(parseValue('2026-02-30', col('date'), settings)).toMatchObject({ messageZh: expect.stringContaining('这一天不存在') });
    expect(parseValue('x', col('date'), settings)).toMatchObject({ message: expect.stringContaining('2026年11月3日') });
  });
});

describe('date-time', () => {
  table(col('date-time'), [
    ['ISO with space', '2026-11-03 14:05', '2026-11-03T14:05:00'],
    ['ISO with seconds', '2026-11-03 14:05:09', '2026-11-03T14:05:09'],
    ['with T', '2026-11-03T14:05:00', '2026-11-03T14:05:00'],
    ['one-digit hour', '2026/11/3 9:05', '2026-11-03T09:05:00'],
    ['dots', '2026.11.3 23:59:59', '2026-11-03T23:59:59'],
    ['Chinese', '2026年11月3日 14时05分', '2026-11-03T14:05:00'],
    ['Chinese without a space', '2026年11月3日14时05分', '2026-11-03T14:05:00'],
    ['Chinese with seconds', '2026年11月3日 14时05分30秒', '2026-11-03T14:05:30'],
    ['midnight', '2026-11-03 00:00', '2026-11-03T00:00:00'],
    ['with T, no seconds', '2026-11-03T14:05', '2026-11-03T14:05:00'],
    ['a leap day', '2028-02-29 08:30', '2028-02-29T08:30:00'],
    ['the last second of a year', '2026-12-31T23:59:59', '2026-12-31T23:59:59'],
    ['padded with spaces', ' 2026-11-03 14:05 ', '2026-11-03T14:05:00'],
  ], [
    ['a date without a time', '2026-11-03', 'bad-date-time'],
    ['hour 24', '2026-11-03 24:00', 'bad-date-time'],
    ['minute 60', '2026-11-03 14:60', 'bad-date-time'],
    ['second 60', '2026-11-03 14:05:60', 'bad-date-time'],
    ['a day that does not exist', '2026-02-30 10:00', 'bad-date-time'],
    ['29 February of a common year', '2026-02-29 10:00', 'bad-date-time'],
    ['month 13', '2026-13-01 10:00', 'bad-date-time'],
    ['day 0', '2026-11-00 10:00', 'bad-date-time'],
    ['a letter where a digit goes', '2026-11-0a 10:00', 'bad-date-time'],
    ['a colon where a dash goes', '2026:11:03 10:00', 'bad-date-time'],
    ['no separator', '2026-11-0314:05', 'bad-date-time'],
    ['a time alone', '14:05', 'bad-date-time'],
    ['words', 'yesterday', 'bad-date-time'],
  ]);
  it('asks for a time when only a date is given', () => {
    expect(parseValue('2026-11-03', col('date-time'), settings)).toMatchObject({ message: expect.stringContaining('needs a time too, e.g. 2026-11-03 14:05') });
  });
});

describe('enum', () => {
  table(col('enum', { values: SATISFACTION }), [
    ['the zh label', '满意', 'satisfied'],
    ['the en label', 'Satisfied', 'satisfied'],
    ['upper case, padded', ' SATISFIED ', 'satisfied'],
    ['the key', 'dissatisfied', 'dissatisfied'],
    ['another zh label', '不满意', 'dissatisfied'],
  ], [
    ['a misspelling', 'Satisfiedd', 'not-in-list'],
    ['a near-synonym', '非常满意', 'not-in-list'],
  ]);
  it('lists the allowed labels in each language', () => {
    const result = parseValue('great', col('enum', { values: SATISFACTION }), settings);
    expect(result).toMatchObject({ message: expect.stringContaining('satisfied, neutral, dissatisfied') });
    expect(result).toMatchObject({ messageZh: expect.stringContaining('满意、一般、不满意') });
  });
  it('reads a Settings list and points to the Settings sheet', () => {
    const sources = col('enum', { values: (s) => s.lists.sources });
    expect(parseValue('转介绍', sources, settings)).toEqual({ ok: true, value: 'referral' });
    expect(parseValue('radio', sources, settings)).toMatchObject({ code: 'not-in-list', message: expect.stringContaining('Settings') });
  });
  it('shows at most 10 labels', () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ key: `k${i}`, zh: `值${i}`, en: `value${i}` }));
    const result = parseValue('nope', col('enum', { values: many }), settings);
    expect(result).toMatchObject({ message: expect.stringContaining('value9 and 4 more') });
    expect(result).toMatchObject({ message: expect.not.stringContaining('value10') });
  });
});

describe('integer', () => {
  table(col('integer', { min: 0, max: 5000 }), [
    ['digits', '12', 12],
    ['a plus sign', '+12', 12],
    ['thousands commas', '1,234', 1234],
    ['.0', '12.0', 12],
    ['zero', '0', 0],
    ['minus zero', '-0', 0],
    ['full-width digits', '１２', 12],
  ], [
    ['a fraction', '3.5', 'bad-integer'],
    ['misplaced commas', '12,34', 'bad-integer'],
    ['words', 'twelve', 'bad-integer'],
    ['a unit', '12次', 'bad-integer'],
    ['below the minimum', '-1', 'below-min'],
    ['above the maximum', '5001', 'above-max'],
  ]);
  it('allows negatives when there is no minimum', () => {
    expect(parseValue('-200', col('integer'), settings)).toEqual({ ok: true, value: -200 });
  });
});

describe('money', () => {
  table(col('money', { min: 0 }), [
    ['an integer', '1234', 1234],
    ['two decimals', '1234.50', 1234.5],
    ['one decimal', '0.5', 0.5],
    ['thousands commas', '12,345.67', 12345.67],
    ['¥ prefix', '¥1,234.50', 1234.5],
    ['full-width ￥ prefix', '￥88', 88],
    ['元 suffix', '88元', 88],
    ['元 suffix with a space', '88.8 元', 88.8],
  ], [
    ['three decimals', '12.345', 'bad-money'],
    ['words', 'free', 'bad-money'],
    ['dollars', '$12', 'bad-money'],
    ['misplaced commas', '1,23', 'bad-money'],
    ['below the minimum', '-5', 'below-min'],
    ['below the minimum with ¥', '-¥5', 'below-min'],
  ]);
});

describe('boolean', () => {
  table(col('boolean'), [
    ['是', '是', true], ['否', '否', false],
    ['yes', 'yes', true], ['No', 'No', false],
    ['y', 'Y', true], ['n', 'n', false],
    ['TRUE, as Sheets exports', 'TRUE', true], ['FALSE', 'FALSE', false],
    ['1', '1', true], ['0', '0', false],
    ['✓', '✓', true], ['✗', '✗', false],
    ['√', '√', true], ['×', '×', false],
    ['对', '对', true], ['错', '错', false],
  ], [
    ['maybe', 'maybe', 'bad-boolean'],
    ['2', '2', 'bad-boolean'],
    ['有', '有', 'bad-boolean'],
  ]);
});
