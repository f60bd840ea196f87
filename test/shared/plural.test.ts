// Counts in messages: thousands grouped as en-US writes them, English nouns in the right form.
import { describe, expect, it } from 'vitest';
import { countOf, grouped } from '../../shared/plural';

describe('grouped', () => {
  // Written by hand, as en-US groups them.
  it.each([
    [0, '0'], [7, '7'], [999, '999'], [1000, '1,000'], [12345, '12,345'], [999800, '999,800'], [1000000, '1,000,000'], [1234567890, '1,234,567,890'],
  ])('%d → %s', (n, text) => {
    expect(grouped(n)).toBe(text);
  });

  it('agrees with toLocaleString("en-US") on whole numbers of every length', () => {
    for (let n = 1; n < 1e15; n = n * 7 + 3) expect(grouped(n)).toBe(n.toLocaleString('en-US'));
  });
});

describe('countOf', () => {
  it.each([[0, '0 issues'], [1, '1 issue'], [2, '2 issues']])('%d', (n, text) => {
    expect(countOf(n, 'issue')).toBe(text);
  });
});
