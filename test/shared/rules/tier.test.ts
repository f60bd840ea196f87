// classifyTier against the default thresholds, each boundary pinned, and read from Settings.
import { describe, it, expect } from 'vitest';
import { classifyTier, type TierFigures } from '../../../shared/rules/tier';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { Tier } from '../../../shared/enums';

const settings = defaultSettings();

// 004 names the four tiers but leaves the numbers to the shop; the defaults are VIP 20000 / 8 / 5, core 12000 / 6 / 3, potential 8000 / 5 / 1.
const cases: { description: string; input: TierFigures; expected: Tier }[] = [
  { description: 'no figures → ordinary', input: {}, expected: 'ordinary' },
  { description: 'spend exactly 20000 → vip', input: { spendThisYear: 20000 }, expected: 'vip' },
  { description: 'spend 19999.99 → core', input: { spendThisYear: 19999.99 }, expected: 'core' },
  { description: 'spend exactly 12000 → core', input: { spendThisYear: 12000 }, expected: 'core' },
  { description: 'spend 11999.99 → potential', input: { spendThisYear: 11999.99 }, expected: 'potential' },
  { description: 'spend exactly 8000 → potential', input: { spendThisYear: 8000 }, expected: 'potential' },
  { description: 'spend 7999.99 → ordinary', input: { spendThisYear: 7999.99 }, expected: 'ordinary' },
  { description: 'visits 8 → vip', input: { visitsThisYear: 8 }, expected: 'vip' },
  { description: 'visits 7 → core', input: { visitsThisYear: 7 }, expected: 'core' },
  { description: 'visits 6 → core', input: { visitsThisYear: 6 }, expected: 'core' },
  { description: 'visits 5 → potential', input: { visitsThisYear: 5 }, expected: 'potential' },
  { description: 'visits 4 → ordinary', input: { visitsThisYear: 4 }, expected: 'ordinary' },
  { description: 'referrals 5 → vip', input: { referrals: 5 }, expected: 'vip' },
  { description: 'referrals 4 → core', input: { referrals: 4 }, expected: 'core' },
  { description: 'referrals 3 → core', input: { referrals: 3 }, expected: 'core' },
  { description: 'referrals 2 → potential', input: { referrals: 2 }, expected: 'potential' },
  { description: 'referrals 1 → potential', input: { referrals: 1 }, expected: 'potential' },
  { description: 'referrals 0 → ordinary', input: { referrals: 0 }, expected: 'ordinary' },
  { description: 'any one threshold is enough: low spend, 8 visits → vip', input: { spendThisYear: 10, visitsThisYear: 8, referrals: 0 }, expected: 'vip' },
  { description: 'the highest reached tier wins', input: { spendThisYear: 8000, visitsThisYear: 2, referrals: 5 }, expected: 'vip' },
];

describe('classifyTier', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(classifyTier(input, settings)).toBe(expected);
  });

  it('reads the thresholds from Settings', () => {
    const raised = withSetting(settings, 'tier.vip.spend', 30000);
    expect(classifyTier({ spendThisYear: 20000 }, raised)).toBe('core');
    expect(classifyTier({ spendThisYear: 30000 }, raised)).toBe('vip');
    expect(classifyTier({ visitsThisYear: 3 }, withSetting(settings, 'tier.core.visits', 3))).toBe('core');
    expect(classifyTier({ referrals: 1 }, withSetting(settings, 'tier.potential.referrals', 2))).toBe('ordinary');
  });

  it('does not mutate its input', () => {
    const figures = Object.freeze({ spendThisYear: 100, visitsThisYear: 1, referrals: 0 });
    expect(classifyTier(figures, settings)).toBe('ordinary');
  });
});
