// The fewest visits a year per tier, and who is below it.
import { describe, it, expect } from 'vitest';
import { isBelowVisitMinimum, minimumVisits } from '../../../shared/rules/visit-minimum';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { Tier } from '../../../shared/enums';

const settings = defaultSettings();

describe('minimumVisits', () => {
  const cases: { description: string; input: Tier; expected: number }[] = [
    { description: 'vip → 4', input: 'vip', expected: 4 },
    { description: 'core → 4', input: 'core', expected: 4 },
    { description: 'potential → 2', input: 'potential', expected: 2 },
    { description: 'ordinary → 2', input: 'ordinary', expected: 2 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(minimumVisits(input, settings)).toBe(expected);
  });
});

describe('isBelowVisitMinimum', () => {
  const cases: { description: string; input: { visits?: number; tier: Tier }; expected: boolean }[] = [
    { description: 'vip with 4 visits is not below', input: { visits: 4, tier: 'vip' }, expected: false },
    { description: 'vip with 3 visits is below', input: { visits: 3, tier: 'vip' }, expected: true },
    { description: 'core with 4 visits is not below', input: { visits: 4, tier: 'core' }, expected: false },
    { description: 'core with 3 visits is below', input: { visits: 3, tier: 'core' }, expected: true },
    { description: 'potential with 2 visits is not below', input: { visits: 2, tier: 'potential' }, expected: false },
    { description: 'ordinary with 2 visits is not below', input: { visits: 2, tier: 'ordinary' }, expected: false },
    { description: 'ordinary with 1 visit is below', input: { visits: 1, tier: 'ordinary' }, expected: true },
    { description: 'no visits figure counts as 0', input: { tier: 'ordinary' }, expected: true },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const customer = input.visits === undefined ? {} : { visitsThisYear: input.visits };
    expect(isBelowVisitMinimum(customer, input.tier, settings)).toBe(expected);
  });

  it('reads the minimum from Settings', () => {
    const s = withSetting(settings, 'visitsPerYear.ordinary', 3);
    expect(minimumVisits('ordinary', s)).toBe(3);
    expect(isBelowVisitMinimum({ visitsThisYear: 2 }, 'ordinary', s)).toBe(true);
  });
});
