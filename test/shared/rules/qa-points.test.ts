// QA day points, monthly points and bonus bands, every band edge pinned; critical criteria and penalty points from the rubric.
import { describe, it, expect } from 'vitest';
import {
  bonusBand, dayPoint, failingCriteria, isShortSample, monthlyPoints, penaltyPoints, type BonusBand,
} from '../../../shared/rules/qa-points';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { QaAudit } from '../../../shared/schema/qa-audits';

const settings = defaultSettings();

const audit = (date: string, unqualified: number, extra: Partial<QaAudit> = {}): QaAudit => ({
  id: `${date}-${unqualified}`, date, agent: 'A', sampled: 20, unqualified, ...extra,
});

describe('dayPoint', () => {
  const cases = [
    { description: '0 unqualified keeps the point', input: 0, expected: 1 },
    { description: '3 unqualified keeps the point', input: 3, expected: 1 },
    { description: '4 unqualified loses the point', input: 4, expected: 0 },
    { description: '20 unqualified loses the point', input: 20, expected: 0 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(dayPoint({ unqualified: input }, settings)).toBe(expected);
  });

  it('reads the limit from Settings', () => {
    const s = withSetting(settings, 'qa.unqualifiedLimit', 6);
    expect(dayPoint({ unqualified: 5 }, s)).toBe(1);
    expect(dayPoint({ unqualified: 6 }, s)).toBe(0);
  });

  // Auto-fail (MaestroQA, Zendesk QA; issue 9 item 10): one failure on a critical criterion costs the day under the limit.
  const attitudeCritical = withSetting(settings, 'qa.rubric', { ...settings.qa.rubric, attitude: { penalty: 10, critical: true } });
  const critical = [
    { description: 'default rubric: 1 attitude failure keeps the point (002 counts only the 4)', input: { settings, day: { unqualified: 1, attitude: 1 } }, expected: 1 },
    { description: 'attitude critical: 1 attitude failure loses the point', input: { settings: attitudeCritical, day: { unqualified: 1, attitude: 1 } }, expected: 0 },
    { description: 'attitude critical: failures on other criteria only keep it', input: { settings: attitudeCritical, day: { unqualified: 3, greeting: 2, closing: 1 } }, expected: 1 },
    { description: 'attitude critical: attitude 0 written out keeps it', input: { settings: attitudeCritical, day: { unqualified: 2, attitude: 0, wording: 2 } }, expected: 1 },
    { description: 'attitude critical: 4 unqualified lose it anyway', input: { settings: attitudeCritical, day: { unqualified: 4 } }, expected: 0 },
  ];
  it.each(critical)('$description', ({ input, expected }) => {
    expect(dayPoint(input.day, input.settings)).toBe(expected);
  });
});

describe('isShortSample', () => {
  const cases = [
    { description: '19 sampled is short', input: 19, expected: true },
    { description: '20 sampled is enough', input: 20, expected: false },
    { description: '21 sampled is enough', input: 21, expected: false },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isShortSample({ sampled: input }, settings)).toBe(expected);
  });

  it('reads the quota from Settings', () => {
    expect(isShortSample({ sampled: 19 }, withSetting(settings, 'qa.samplesPerDay', 10))).toBe(false);
  });
});

describe('monthlyPoints', () => {
  const cases: { description: string; input: QaAudit[]; expected: { points: number; lostDays: string[]; criticalDays: string[]; auditedDays: number } }[] = [
    // 002: "每月除去休息的4天,共計26分"
    { description: 'no audits → the full 26', input: [], expected: { points: 26, lostDays: [], criticalDays: [], auditedDays: 0 } },
    {
      // 002: "有4條不合格者扣一分"
      description: 'one day with 4 loses a point; 3 does not',
      input: [audit('2026-11-02', 3), audit('2026-11-03', 4)],
      expected: { points: 25, lostDays: ['2026-11-03'], criticalDays: [], auditedDays: 2 },
    },
    {
      description: 'two rows of the same day are added up (2 + 2 = 4) and lose one point',
      input: [audit('2026-11-04', 2, { id: 'a' }), audit('2026-11-04', 2, { id: 'b' })],
      expected: { points: 25, lostDays: ['2026-11-04'], criticalDays: [], auditedDays: 1 },
    },
    {
      description: 'two rows of the same day under the limit (1 + 2 = 3) keep the point',
      input: [audit('2026-11-04', 1, { id: 'a' }), audit('2026-11-04', 2, { id: 'b' })],
      expected: { points: 26, lostDays: [], criticalDays: [], auditedDays: 1 },
    },
    {
      description: 'a date-time in the date column counts on its calendar day',
      input: [audit('2026-11-04T09:00:00', 2, { id: 'a' }), audit('2026-11-04', 2, { id: 'b' })],
      expected: { points: 25, lostDays: ['2026-11-04'], criticalDays: [], auditedDays: 1 },
    },
    {
      description: 'lost days listed in date order',
      input: [audit('2026-11-09', 5), audit('2026-11-02', 4), audit('2026-11-05', 0)],
      expected: { points: 24, lostDays: ['2026-11-02', '2026-11-09'], criticalDays: [], auditedDays: 3 },
    },
    {
      description: 'points never go below 0',
      input: Array.from({ length: 30 }, (_, i) => audit(`2026-12-${String(i + 1).padStart(2, '0')}`, 4)),
      expected: { points: 0, lostDays: Array.from({ length: 30 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`), criticalDays: [], auditedDays: 30 },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(monthlyPoints(input, settings)).toEqual(expected);
  });

  it('reads points per month and the limit from Settings', () => {
    const s = withSetting(withSetting(settings, 'qa.pointsPerMonth', 22), 'qa.unqualifiedLimit', 6);
    expect(monthlyPoints([audit('2026-11-02', 5), audit('2026-11-03', 6)], s)).toEqual({ points: 21, lostDays: ['2026-11-03'], criticalDays: [], auditedDays: 2 });
  });

  it('a critical criterion failed on two rows of one day costs that day once, and is listed as a critical day', () => {
    const s = withSetting(settings, 'qa.rubric', { ...settings.qa.rubric, 'response-time': { penalty: 5, critical: true } });
    const input = [
      audit('2026-11-02', 1, { id: 'a', 'response-time': 1 }), audit('2026-11-02', 1, { id: 'b', 'response-time': 1 }),
      audit('2026-11-03', 5, { 'response-time': 1 }), // lost to the limit, not listed as critical
      audit('2026-11-04', 2, { greeting: 2 }),
    ];
    expect(monthlyPoints(input, s)).toEqual({ points: 24, lostDays: ['2026-11-02', '2026-11-03'], criticalDays: ['2026-11-02'], auditedDays: 3 });
  });
});

describe('bonusBand', () => {
  // 002: "每人每月得分低于20分者,扣除當月獎金的50元,低于15分者扣除100元,12分以下本月獎金沒有!26分全滿者基本獎金全得"
  const cases: { description: string; input: number; expected: BonusBand }[] = [
    { description: '26 → full', input: 26, expected: 'full' }, // "26分全滿者基本獎金全得"
    { description: '25 → standard', input: 25, expected: 'standard' }, // not full, not below 20
    { description: '20 → standard', input: 20, expected: 'standard' }, // "低于20分" excludes 20
    { description: '19 → minus-50', input: 19, expected: 'minus-50' }, // "低于20分者,扣除當月獎金的50元"
    { description: '15 → minus-50', input: 15, expected: 'minus-50' }, // "低于15分" excludes 15
    { description: '14 → minus-100', input: 14, expected: 'minus-100' }, // "低于15分者扣除100元"
    { description: '13 → minus-100', input: 13, expected: 'minus-100' }, // above 12: not yet "12分以下"
    { description: '12 → none', input: 12, expected: 'none' }, // "12分以下本月獎金沒有": 以下 includes 12
    { description: '11 → none', input: 11, expected: 'none' },
    { description: '0 → none', input: 0, expected: 'none' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(bonusBand(input, settings)).toBe(expected);
  });

  it('reads every band edge from Settings', () => {
    expect(bonusBand(25, withSetting(settings, 'qa.fullBonusPoints', 25))).toBe('full');
    expect(bonusBand(20, withSetting(settings, 'qa.minus50Below', 21))).toBe('minus-50');
    expect(bonusBand(15, withSetting(settings, 'qa.minus100Below', 16))).toBe('minus-100');
    expect(bonusBand(13, withSetting(settings, 'qa.noBonusAtOrBelow', 13))).toBe('none');
    expect(bonusBand(12, withSetting(settings, 'qa.noBonusAtOrBelow', 11))).toBe('minus-100');
  });
});

describe('failingCriteria', () => {
  const cases: { description: string; input: QaAudit[]; expected: Record<string, number> }[] = [
    {
      description: 'no audits → every criterion 0',
      input: [],
      expected: { greeting: 0, closing: 0, attitude: 0, wording: 0, knowledge: 0, 'response-time': 0, handling: 0 },
    },
    {
      description: 'sums each criterion; blanks count 0',
      input: [audit('2026-11-02', 3, { greeting: 1, attitude: 2 }), audit('2026-11-03', 4, { greeting: 2, 'response-time': 2 })],
      expected: { greeting: 3, closing: 0, attitude: 2, wording: 0, knowledge: 0, 'response-time': 2, handling: 0 },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(failingCriteria(input)).toEqual(expected);
  });
});

describe('penaltyPoints', () => {
  // Default weights (docs/rules.md): greeting, closing, wording, response time, handling 5; attitude, knowledge 10.
  const cases: { description: string; input: QaAudit[]; expected: number }[] = [
    { description: 'no audits → 0', input: [], expected: 0 },
    { description: 'unqualified without criteria counts nothing', input: [audit('2026-11-02', 3)], expected: 0 },
    // 000: "用詞不當…扣除5--20分" (wording 5); "不耐煩的語氣及極差的工作態度…扣除10--30分" (attitude 10)
    { description: '2 wording × 5 + 1 attitude × 10 = 20', input: [audit('2026-11-02', 3, { wording: 2, attitude: 1 })], expected: 20 },
    {
      description: 'summed over rows: greeting 1 × 5 + knowledge 2 × 10 + response time 1 × 5 = 30',
      input: [audit('2026-11-02', 1, { greeting: 1 }), audit('2026-11-03', 3, { knowledge: 2, 'response-time': 1 })],
      expected: 30,
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(penaltyPoints(input, settings)).toBe(expected);
  });

  it('reads the weights from the rubric setting', () => {
    const s = withSetting(settings, 'qa.rubric', { ...settings.qa.rubric, greeting: { penalty: 20, critical: false } });
    expect(penaltyPoints([audit('2026-11-02', 2, { greeting: 2 })], s)).toBe(40);
  });
});
