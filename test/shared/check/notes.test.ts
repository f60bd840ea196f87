// The 月度备注 / Notes sheet in kefu check: a month written YYYY-MM, one note per month, headers in zh or en.
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/check/check-workbook';
import { readSheet } from '../../../shared/csv/read-sheet';
import { NOTES, sheetForFileName } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();
const notes = (...lines: string[]) => readSheet(lines.join('\n') + '\n', NOTES.file, NOTES, settings);

describe('the Notes sheet', () => {
  it('is found by its export name and its zh and en titles', () => {
    expect(['notes.csv', '月度备注.csv', 'Notes.csv', '客服工作簿 - 月度备注.csv'].map((f) => sheetForFileName(f)?.name)).toEqual(['notes', 'notes', 'notes', 'notes']);
  });

  const cases: { description: string; input: string[]; expected: string[] }[] = [
    { description: 'good months, Chinese headers', input: ['月份,备注', '2026-09,新人开始实操。', '2026-10,旺季。'], expected: [] },
    { description: 'English headers', input: ['Month,Note', '2026-10,Busy season.'], expected: [] },
    { description: 'a month that is not YYYY-MM', input: ['月份,备注', '2026-13,x', '2026/10,y', '十月,z'], expected: ['bad-month@3:1', 'bad-month@2:1', 'bad-month@4:1'].sort() },
    { description: 'two notes for one month', input: ['月份,备注', '2026-10,a', '2026-10,b'], expected: ['duplicate-value@3:1'] },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => {
      const read = notes(...input);
      expect(read.issues).toEqual([]);
      expect(checkWorkbook({ notes: read }, settings).map((i) => `${i.code}@${i.line}:${i.column}`).sort()).toEqual(expected);
    });
  }

  it('wants the note itself', () => {
    expect(notes('月份,备注', '2026-10,').issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['required@2:2']);
  });
});
