// QA day points, monthly points and bonus bands, every band edge pinned.
import { describe, it, expect } from 'vitest';
import { bonusBand, dayPoint, failingCriteria, isShortSample, monthlyPoints, type BonusBand } from '../../../shared/rules/qa-points';
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
  const cases: { description: string; input: QaAudit[]; expected: { points: number; lostDays: string[]; auditedDays: number } }[] = [
    { description: 'no audits → the full 26', input: [], expected: { points: 26, lostDays: [], auditedDays: 0 } },
    {
      description: 'one day with 4 loses a point; 3 does not',
      input: [audit('2026-11-02', 3), audit('2026-11-03', 4)],
      expected: { points: 25, lostDays: ['2026-11-03'], auditedDays: 2 },
    },
    {
      description: 'two rows of the same day are added up (2 + 2 = 4) and lose one point',
      input: [audit('2026-11-04', 2, { id: 'a' }), audit('2026-11-04', 2, { id: 'b' })],
      expected: { points: 25, lostDays: ['2026-11-04'], auditedDays: 1 },
    },
    {
      description: 'lost days listed in date order',
      input: [audit('2026-11-09', 5), audit('2026-11-02', 4), audit('2026-11-05', 0)],
      expected: { points: 24, lostDays: ['2026-11-02', '2026-11-09'], auditedDays: 3 },
    },
    {
      description: 'points never go below 0',
      input: Array.from({ length: 30 }, (_, i) => audit(`2026-12-${String(i + 1).padStart(2, '0')}`, 4)),
      expected: { points: 0, lostDays: Array.from({ length: 30 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`), auditedDays: 30 },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(monthlyPoints(input, settings)).toEqual(expected);
  });

  it('reads points per month and the limit from Settings', () => {
    const s = withSetting(withSetting(settings, 'qa.pointsPerMonth', 22), 'qa.unqualifiedLimit', 6);
    expect(monthlyPoints([audit('2026-11-02', 5), audit('2026-11-03', 6)], s)).toEqual({ points: 21, lostDays: ['2026-11-03'], auditedDays: 2 });
  });
});

describe('bonusBand', () => {
  const cases: { description: string; input: number; expected: BonusBand }[] = [
    { description: '26 → full', input: 26, expected: 'full' },
    { description: '25 → standard', input: 25, expected: 'standard' },
    { description: '20 → standard', input: 20, expected: 'standard' },
    { description: '19 → minus-50', input: 19, expected: 'minus-50' },
    { description: '15 → minus-50', input: 15, expected: 'minus-50' },
    { description: '14 → minus-100', input: 14, expected: 'minus-100' },
    { description: '12 → minus-100', input: 12, expected: 'minus-100' },
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
    expect(bonusBand(12, withSetting(settings, 'qa.noBonusBelow', 13))).toBe('none');
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
