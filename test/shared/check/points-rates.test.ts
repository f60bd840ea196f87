// Ledger entries against the points rates: a referral earns points.perReferral; a spend earns floor(amount × points.perYuan).
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/check/check-workbook';
import { readSheet } from '../../../shared/csv/read-sheet';
import { formatIssue } from '../../../shared/issue';
import { POINTS } from '../../../shared/schema';
import { defaultSettings, withSetting, type Settings } from '../../../shared/settings';

const settings = defaultSettings();
const HEADER = 'Entry ID,Customer ID,Date,Kind,Points,Amount spent';

function found(row: string, s: Settings = settings): string[] {
  const points = readSheet(`${HEADER}\n${row}\n`, 'points.csv', POINTS, s);
  expect(points.issues).toEqual([]);
  return checkWorkbook({ points }, s).map((i) => `${i.code}@${i.line}:${i.column}`);
}

describe('points rates', () => {
  const perYuanHalf = withSetting(settings, 'points.perYuan', 0.5);
  const perYuan100 = withSetting(settings, 'points.perYuan', 100);
  const perReferral50 = withSetting(settings, 'points.perReferral', 50);
  // Hand computations with the defaults: 1 point a yuan, 100 points a referral (Settings); part of a point is dropped.
  const cases: { description: string; input: [string, Settings?]; expected: string[] }[] = [
    { description: '99.99 yuan × 1 → 99 points', input: ['P1,C1,2026-10-03,spend,99,99.99'], expected: [] },
    { description: '99.99 yuan × 1 is not 100 (no rounding up)', input: ['P1,C1,2026-10-03,spend,100,99.99'], expected: ['spend-points-rate@2:5'] },
    { description: '100.00 yuan × 1 → 100', input: ['P1,C1,2026-10-03,spend,100,100.00'], expected: [] },
    { description: '100 yuan × 1 is not 99', input: ['P1,C1,2026-10-03,spend,99,100'], expected: ['spend-points-rate@2:5'] },
    { description: '0.99 yuan × 1 → 0', input: ['P1,C1,2026-10-03,spend,0,0.99'], expected: [] },
    { description: '99 yuan × 0.5 → 49 (49.5 dropped to 49)', input: ['P1,C1,2026-10-03,spend,49,99', perYuanHalf], expected: [] },
    { description: '99 yuan × 0.5 is not 50', input: ['P1,C1,2026-10-03,spend,50,99', perYuanHalf], expected: ['spend-points-rate@2:5'] },
    { description: '0.29 yuan × 100 → 29', input: ['P1,C1,2026-10-03,spend,29,0.29', perYuan100], expected: [] },
    { description: '¥1,234.50 × 1 → 1234', input: ['P1,C1,2026-10-03,spend,1234,"¥1,234.50"'], expected: [] },
    { description: 'a spend entry without an amount is not checked', input: ['P1,C1,2026-10-03,spend,12345,'], expected: [] },
    { description: 'a referral earns 100', input: ['P1,C1,2026-10-03,referral,100,'], expected: [] },
    { description: 'a referral of 99 is short', input: ['P1,C1,2026-10-03,referral,99,'], expected: ['referral-points-rate@2:5'] },
    { description: 'a referral of 101 is too much', input: ['P1,C1,2026-10-03,referral,101,'], expected: ['referral-points-rate@2:5'] },
    { description: 'a referral earns points.perReferral from Settings', input: ['P1,C1,2026-10-03,referral,50,', perReferral50], expected: [] },
    { description: '100 is wrong when the Settings say 50', input: ['P1,C1,2026-10-03,referral,100,', perReferral50], expected: ['referral-points-rate@2:5'] },
    { description: 'a redemption has no rate', input: ['P1,C1,2026-10-03,redeem,-300,'], expected: ['points-negative@2:5'] },
    { description: 'an adjustment has no rate', input: ['P1,C1,2026-10-03,adjust,2500,'], expected: [] },
  ];
  it.each(cases)('$description', ({ input: [row, s], expected }) => {
    expect(found(row, s)).toEqual(expected);
  });

  it('names the row, the column and the rate in both languages', () => {
    const points = readSheet(`${HEADER}\nP1,C1,2026-10-03,spend,100,99.99\nP2,C1,2026-10-04,referral,80,\n`, 'points.csv', POINTS, settings);
    const lines = checkWorkbook({ points }, settings);
    expect(lines.map((i) => formatIssue(i, 'en'))).toEqual([
      'points.csv:2:5: Points (积分变动) is 100 but Amount spent (消费金额) 99.99 × 1 points per yuan earns 99 (whole points, rounded down)',
      'points.csv:3:5: Points (积分变动) is 80 but a referral earns 100 points (Settings: points per referred customer)',
    ]);
    expect(lines.map((i) => formatIssue(i, 'zh'))).toEqual([
      'points.csv:2:5: 积分变动（Points）为 100，但消费金额（Amount spent） 99.99 × 每元 1 积分应得 99 积分（不足 1 分的舍去）',
      'points.csv:3:5: 积分变动（Points）为 80，但每介绍一位客户应得 100 积分（设置：每介绍一位客户积分）',
    ]);
  });

  it('refuses a negative amount spent when reading the sheet', () => {
    const points = readSheet(`${HEADER}\nP1,C1,2026-10-03,spend,0,-5\n`, 'points.csv', POINTS, settings);
    expect(points.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['below-min@2:6']);
  });
});
