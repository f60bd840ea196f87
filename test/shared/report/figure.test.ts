// The one small-sample rule: shares, medians and any value from n cases, suppressed below the minimum group size and at 0.
import { describe, it, expect } from 'vitest';
import { bareFigure, figure, medianFigure, publishFigure } from '../../../shared/report/figure';
import type { Figure } from '../../../shared/report/types';

describe('figure', () => {
  const cases: { description: string; input: [number, number, number]; expected: Figure }[] = [
    { description: '4 of 6 with min 5 → 2/3', input: [4, 6, 5], expected: { n: 6, value: 4 / 6, suppressed: false } },
    { description: 'exactly the minimum is shown', input: [5, 5, 5], expected: { n: 5, value: 1, suppressed: false } },
    { description: '4 answers with min 5 → suppressed', input: [3, 4, 5], expected: { n: 4, suppressed: true } },
    { description: 'nothing at all → suppressed even with min 0', input: [0, 0, 0], expected: { n: 0, suppressed: true } },
    { description: 'zero satisfied of 10 → 0, not hidden', input: [0, 10, 5], expected: { n: 10, value: 0, suppressed: false } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(figure(...input)).toEqual(expected);
  });

  it('a suppressed figure carries no value at all', () => {
    expect('value' in figure(1, 2, 5)).toBe(false);
  });

  it('bareFigure drops the extra counts', () => {
    const shown = { ...figure(4, 6, 1), satisfied: 4 };
    const hidden = { ...figure(1, 2, 5), satisfied: 1 };
    expect(bareFigure(shown)).toEqual({ n: 6, value: 4 / 6, suppressed: false });
    expect(bareFigure(hidden)).toEqual({ n: 2, suppressed: true });
  });
});

describe('medianFigure', () => {
  // The same rule as a share: the median of 1 closure is not shown while a share of 4 is hidden.
  const cases: { description: string; input: [number[], number]; expected: Figure }[] = [
    { description: 'one value with min 5 → suppressed', input: [[71.3], 5], expected: { n: 1, suppressed: true } },
    { description: 'four values with min 5 → suppressed', input: [[1, 2, 3, 4], 5], expected: { n: 4, suppressed: true } },
    { description: 'five values with min 5 → the middle one', input: [[10, 50, 20, 40, 30], 5], expected: { n: 5, value: 30, suppressed: false } },
    { description: 'six values → mean of the middle two', input: [[1, 2, 3, 5, 8, 13], 5], expected: { n: 6, value: 4, suppressed: false } },
    { description: 'no values, min 0 → suppressed', input: [[], 0], expected: { n: 0, suppressed: true } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(medianFigure(...input)).toEqual(expected);
  });
});

describe('publishFigure', () => {
  const cases: { description: string; input: [number | undefined, number, number]; expected: Figure }[] = [
    { description: 'n at the minimum is shown', input: [12.5, 5, 5], expected: { n: 5, value: 12.5, suppressed: false } },
    { description: 'n one under the minimum is hidden', input: [12.5, 4, 5], expected: { n: 4, suppressed: true } },
    { description: 'no value is hidden whatever n', input: [undefined, 9, 5], expected: { n: 9, suppressed: true } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(publishFigure(...input)).toEqual(expected);
  });
});
