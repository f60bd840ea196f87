// Points ledger balance (never negative) and points earned.
import { describe, it, expect } from 'vitest';
import { pointsBalance, referralPoints, spendPoints, type PointsBalance } from '../../../shared/rules/points-balance';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { PointsEntry } from '../../../shared/schema/points';

const settings = defaultSettings();
const entry = (id: string, date: string, points: number): PointsEntry => ({
  id, customerId: 'C1', date, kind: points < 0 ? 'redeem' : 'spend', points,
});

describe('pointsBalance', () => {
  const cases: { description: string; input: PointsEntry[]; expected: PointsBalance }[] = [
    { description: 'empty ledger → 0', input: [], expected: { balance: 0 } },
    { description: 'reaching exactly 0 is fine', input: [entry('E1', '2026-11-01', 100), entry('E2', '2026-11-02', -100)], expected: { balance: 0 } },
    {
      description: 'going to −1 is reported',
      input: [entry('E1', '2026-11-01', 100), entry('E2', '2026-11-02', -101), entry('E3', '2026-11-03', 50)],
      expected: { balance: 49, firstNegative: { id: 'E2', date: '2026-11-02', balance: -1 } },
    },
    {
      description: 'ordered by date, not by row: an earlier-dated earning covers a later row’s spend',
      input: [entry('E2', '2026-11-02', -50), entry('E1', '2026-11-01', 50)],
      expected: { balance: 0 },
    },
    {
      description: 'same date ordered by id',
      input: [entry('B', '2026-11-01', 10), entry('A', '2026-11-01', -10)],
      expected: { balance: 0, firstNegative: { id: 'A', date: '2026-11-01', balance: -10 } },
    },
    {
      description: 'only the first negative is reported',
      input: [entry('E1', '2026-11-01', -5), entry('E2', '2026-11-02', -5)],
      expected: { balance: -10, firstNegative: { id: 'E1', date: '2026-11-01', balance: -5 } },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(pointsBalance(input)).toEqual(expected);
  });

  it('does not reorder the caller’s ledger', () => {
    const ledger = [entry('E2', '2026-11-02', 1), entry('E1', '2026-11-01', 1)];
    pointsBalance(ledger);
    expect(ledger.map((e) => e.id)).toEqual(['E2', 'E1']);
  });
});

describe('spendPoints and referralPoints', () => {
  const cases = [
    { description: '1 point a yuan, floored', input: () => spendPoints(199.99, settings), expected: 199 },
    { description: '0.29 yuan at 100 a yuan is 29, not 28', input: () => spendPoints(0.29, withSetting(settings, 'points.perYuan', 100)), expected: 29 },
    { description: 'half a point a yuan (read from Settings)', input: () => spendPoints(99, withSetting(settings, 'points.perYuan', 0.5)), expected: 49 },
    { description: '1 referral → 100', input: () => referralPoints(1, settings), expected: 100 },
    { description: '3 referrals → 300', input: () => referralPoints(3, settings), expected: 300 },
    { description: 'per referral read from Settings', input: () => referralPoints(3, withSetting(settings, 'points.perReferral', 50)), expected: 150 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(input()).toBe(expected);
  });
});
