// The QA sheet's formula cells checked against the rules: same-day rows added, critical criteria, 002's bands.
import { describe, expect, it } from 'vitest';
import { checkQaFigures } from '../../../shared/check/qa-figures';
import { readSheet } from '../../../shared/csv/read-sheet';
import { QA_AUDITS } from '../../../shared/schema';
import { defaultSettings, withSetting, type Settings } from '../../../shared/settings';

const settings = defaultSettings();
const HEADER = 'Audit ID,Date,Agent,Sampled,Unqualified,Unqualified: attitude,Day point,Points this month,Bonus band this month';

function issuesOf(rows: string[], s: Settings = settings, header = HEADER): string[] {
  const read = readSheet([header, ...rows].join('\n') + '\n', QA_AUDITS.file, QA_AUDITS, s);
  expect(read.issues).toEqual([]);
  const keyAt = (column: number): string => Object.entries(read.columnOf).find(([, c]) => c === column)![0];
  return checkQaFigures(read, s).map((i) => `${i.line}:${keyAt(i.column)}`);
}

describe('checkQaFigures', () => {
  // 13 lost days of one agent (4 unqualified each): 26 − 13 = 13 points, 扣 100 元 ("低于15分者扣除100元").
  const thirteenLost = Array.from({ length: 13 }, (_, d) => `Q${d + 10},2026-11-${String(d + 1).padStart(2, '0')},李娜,20,4,,0,13,扣 100 元`);
  const cases = [
    {
      description: 'cells agreeing with the rules: nothing to report',
      input: { rows: ['Q1,2026-11-02,王芳,20,2,,0,25,标准奖金', 'Q2,2026-11-02,王芳,20,2,,0,25,标准奖金', 'Q3,2026-11-03,王芳,20,3,,1,25,标准奖金'], settings },
      expected: [],
    },
    {
      // 002: "有4條不合格者扣一分" — 2 + 2 on one day is 4; a per-row formula shows 1 and 26.
      description: 'a per-row day point that did not add the same day (2 + 2) is named in both rows, and the month',
      input: { rows: ['Q1,2026-11-02,王芳,20,2,,1,26,全额奖金', 'Q2,2026-11-02,王芳,20,2,,1,26,全额奖金'], settings },
      expected: ['2:dayPoint', '2:monthlyPoints', '2:bonusBand', '3:dayPoint', '3:monthlyPoints', '3:bonusBand'],
    },
    {
      description: '13 points shown as 扣 100 元 agrees',
      input: { rows: thirteenLost, settings },
      expected: [],
    },
    {
      description: 'one more lost day: 12 points is no bonus ("12分以下本月奖金没有"), so 扣 100 元 is wrong on every row',
      input: { rows: [...thirteenLost.map((r) => r.replace(',13,', ',12,')), 'Q99,2026-11-20,李娜,20,5,,0,12,扣 100 元'], settings },
      expected: Array.from({ length: 14 }, (_, i) => `${i + 2}:bonusBand`),
    },
    {
      description: 'attitude critical: one attitude failure makes the day 0, so a 1 there is wrong',
      input: {
        rows: ['Q1,2026-11-02,王芳,20,1,1,1,26,全额奖金'],
        settings: withSetting(settings, 'qa.rubric', { ...settings.qa.rubric, attitude: { penalty: 10, critical: true } }),
      },
      expected: ['2:dayPoint', '2:monthlyPoints', '2:bonusBand'],
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(issuesOf(input.rows, input.settings)).toEqual(expected);
  });

  it('an export without the formula columns has nothing to disagree with', () => {
    expect(issuesOf(['Q1,2026-11-02,王芳,20,2', 'Q2,2026-11-02,王芳,20,2'], settings, 'Audit ID,Date,Agent,Sampled,Unqualified')).toEqual([]);
  });

  it('says what the cell shows and what the rules give, in both languages', () => {
    const read = readSheet([HEADER, 'Q1,2026-11-02,王芳,20,4,,1,26,全额奖金'].join('\n') + '\n', QA_AUDITS.file, QA_AUDITS, settings);
    const [day, , band] = checkQaFigures(read, settings);
    expect(day!.message).toBe("Day point (当日得分) says 1 but the agent's audits of that day give 0; recalculate the QA columns");
    expect(band!.messageZh).toBe('当月奖金档（Bonus band this month）为"全额奖金"，但按该客服当月的质检记录应为"标准奖金"，请重新计算质检公式列');
  });
});
