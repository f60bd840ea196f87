// median and share: empty inputs give undefined, never NaN.
import { describe, it, expect } from 'vitest';
import { median, share } from '../../../shared/rules/stats';

describe('median', () => {
  const cases = [
    { description: 'empty → undefined', input: [] as number[], expected: undefined },
    { description: 'one value', input: [7], expected: 7 },
    { description: 'odd count, unsorted', input: [9, 1, 5], expected: 5 },
    { description: 'even count → mean of the middle two', input: [4, 1, 3, 2], expected: 2.5 },
    { description: 'numeric not lexicographic order', input: [10, 9, 100], expected: 10 },
    { description: 'negative and fractional values', input: [-1.5, 0.5, -3], expected: -1.5 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(median(input)).toBe(expected);
  });

  it('does not sort the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('share', () => {
  const cases = [
    { description: 'whole 0 → undefined', input: [0, 0], expected: undefined },
    { description: 'part of whole', input: [1, 4], expected: 0.25 },
    { description: 'all', input: [5, 5], expected: 1 },
    { description: 'none', input: [0, 3], expected: 0 },
  ] as const;
  it.each(cases)('$description', ({ input, expected }) => {
    expect(share(input[0], input[1])).toBe(expected);
  });
});
