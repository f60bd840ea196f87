// figure: a share with its n, suppressed below the minimum group size and at 0.
import { describe, it, expect } from 'vitest';
import { bareFigure, figure } from '../../../shared/report/figure';
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
