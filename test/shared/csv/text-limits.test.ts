// Names and labels: no bidi or zero-width characters, at most INPUT_LIMITS.nameLength characters; free text capped at textLength.
import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../../shared/sheet/input-limits';
import { parseValue } from '../../../shared/sheet/parse-value';
import { readSettings } from '../../../shared/sheet/read-settings';
import { readSheet } from '../../../shared/csv/read-sheet';
import { CALLS, COMPLAINTS, CUSTOMERS, QA_AUDITS, SETTINGS_SHEET, TRAINING } from '../../../shared/schema';
import type { Column, SheetSchema } from '../../../shared/schema/types';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();
const column = (schema: SheetSchema, key: string): Column => schema.columns.find((c) => c.key === key)!;
const agent = column(CALLS, 'agent');
const comment = column(CALLS, 'comment');

describe('hidden characters in names and labels', () => {
  const cases = [
    { description: 'right-to-left override U+202E', input: '张敏\u202E7.66%', expected: 'U+202E' },
    { description: 'left-to-right embedding U+202A', input: '\u202A张敏', expected: 'U+202A' },
    { description: 'pop directional formatting U+202C', input: '张\u202C敏', expected: 'U+202C' },
    { description: 'left-to-right isolate U+2066', input: '张敏\u2066', expected: 'U+2066' },
    { description: 'pop directional isolate U+2069', input: '张\u2069敏', expected: 'U+2069' },
    { description: 'left-to-right mark U+200E', input: '张\u200E敏', expected: 'U+200E' },
    { description: 'right-to-left mark U+200F', input: '张\u200F敏', expected: 'U+200F' },
    { description: 'Arabic letter mark U+061C', input: '张\u061C敏', expected: 'U+061C' },
    { description: 'zero-width space U+200B', input: '张\u200B敏', expected: 'U+200B' },
    { description: 'zero-width non-joiner U+200C', input: '张\u200C敏', expected: 'U+200C' },
    { description: 'zero-width joiner U+200D', input: '张\u200D敏', expected: 'U+200D' },
    { description: 'word joiner U+2060', input: '张\u2060敏', expected: 'U+2060' },
    { description: 'a byte order mark inside the text U+FEFF', input: '张\uFEFF敏', expected: 'U+FEFF' },
  ];
  it.each(cases)('$description is an issue, shown as its code point', ({ input, expected }) => {
    const result = parseValue(input, agent, settings);
    expect(result).toMatchObject({ ok: false, code: 'hidden-character' });
    if (result.ok) return;
    expect(result.message).toContain(expected);
    expect(result.messageZh).toContain(expected);
    // The message itself never carries the control character to a terminal.
    expect(result.message).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060\uFEFF\u061C]/);
  });

  it.each([
    { description: 'agent (calls)', input: column(CALLS, 'agent') },
    { description: 'agent (QA audits)', input: column(QA_AUDITS, 'agent') },
    { description: 'trainee', input: column(TRAINING, 'trainee') },
    { description: 'mentor', input: column(TRAINING, 'mentor') },
    { description: 'customer name', input: column(CUSTOMERS, 'name') },
    { description: 'stage owner', input: column(CUSTOMERS, 'stageOwner') },
    { description: 'person responsible', input: column(COMPLAINTS, 'responsible') },
  ])('is checked in $description', ({ input }) => {
    expect(parseValue('客服\u202E甲', input, settings)).toMatchObject({ ok: false, code: 'hidden-character' });
  });

  it('accepts ordinary names, an emoji joined by U+200D in a free-text comment, and a plain name', () => {
    expect(parseValue('张敏', agent, settings)).toEqual({ ok: true, value: '张敏' });
    expect(parseValue('O\'Brien-Li Hua', agent, settings)).toEqual({ ok: true, value: 'O\'Brien-Li Hua' });
    expect(parseValue('很满意 👨\u200D👩\u200D👧', comment, settings)).toEqual({ ok: true, value: '很满意 👨\u200D👩\u200D👧' });
  });
});

describe('length caps', () => {
  const name = INPUT_LIMITS.nameLength;
  const text = INPUT_LIMITS.textLength;
  it.each([
    { description: `a name of ${name} characters`, input: { value: '张'.repeat(name), column: agent }, expected: true },
    { description: `a name of ${name + 1} characters`, input: { value: '张'.repeat(name + 1), column: agent }, expected: false },
    { description: `a name of ${name} emoji (two UTF-16 units each)`, input: { value: '😀'.repeat(name), column: agent }, expected: true },
    { description: 'a 1 MB name', input: { value: 'a'.repeat(1 << 20), column: agent }, expected: false },
    { description: `an id of ${name} characters`, input: { value: 'C'.repeat(name), column: column(CUSTOMERS, 'id') }, expected: true },
    { description: `an id of ${name + 1} characters`, input: { value: 'C'.repeat(name + 1), column: column(CUSTOMERS, 'id') }, expected: false },
    { description: `a comment of ${text} characters`, input: { value: '好'.repeat(text), column: comment }, expected: true },
    { description: `a comment of ${text + 1} characters`, input: { value: '好'.repeat(text + 1), column: comment }, expected: false },
  ])('$description: accepted $expected', ({ input, expected }) => {
    const result = parseValue(input.value, input.column, settings);
    expect(result.ok).toBe(expected);
    if (!result.ok) {
      expect(result.code).toBe('too-long');
      expect(result.message.length).toBeLessThan(400);
    }
  });

  it('says how long the value is and what the limit is, in both languages', () => {
    const result = parseValue('a'.repeat(1 << 20), agent, settings);
    expect(result).toMatchObject({ ok: false, code: 'too-long' });
    if (result.ok) return;
    expect(result.message).toContain('1,048,576 characters');
    expect(result.message).toContain(`at most ${name}`);
    expect(result.messageZh).toContain(`最多 ${name} 个字符`);
  });
});

describe('Settings list items are labels too', () => {
  const STAGES = '订单 / order; 礼服挑选 / dress selection; 拍摄 / shoot; 选片 / photo selection; 取件 / pickup';
  const settingsWith = (stages: string) => readSettings(readSheet(`key,value\nlists.stages,"${stages}"\n`, 'settings.csv', SETTINGS_SHEET, settings));
  it.each([
    { description: 'a stage with U+202E', input: STAGES.replace('拍摄', '拍\u202E摄'), expected: ['bad-setting'] },
    { description: `a stage of ${INPUT_LIMITS.nameLength + 1} characters`, input: `${STAGES}; ${'拍'.repeat(INPUT_LIMITS.nameLength + 1)}`, expected: ['bad-setting'] },
    { description: 'the default stages', input: STAGES, expected: [] },
  ])('$description → $expected', ({ input, expected }) => {
    const { issues } = settingsWith(input);
    expect(issues.map((i) => i.code)).toEqual(expected);
    for (const issue of issues) expect(issue.message).not.toMatch(/\u202E/);
  });
});
