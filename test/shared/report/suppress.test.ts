// Complementary suppression: a hidden cell can never be recovered as the total minus its visible siblings.
import { describe, expect, it } from 'vitest';
import { hiddenCells } from '../../../shared/report/suppress';

const K = 5;

describe('hiddenCells', () => {
  const cases: { description: string; input: { sizes: number[]; unlisted?: number }; expected: boolean[] }[] = [
    { description: 'no small cell: nothing hidden', input: { sizes: [6, 9, 5] }, expected: [false, false, false] },
    { description: 'one agent of 3 among 3 agents: the next-smallest sibling (6) is hidden too, 3 + 6 ≥ 5',
      input: { sizes: [3, 9, 6] }, expected: [true, false, true] },
    { description: 'two small cells that together reach 5: only they are hidden', input: { sizes: [2, 3, 10] }, expected: [true, true, false] },
    { description: 'two small cells of 1 + 2 < 5: a third, the smallest other (7), is hidden', input: { sizes: [1, 2, 7, 30] }, expected: [true, true, true, false] },
    { description: 'empty cells are neither hidden nor used as cover', input: { sizes: [0, 2, 0, 8, 12] }, expected: [false, true, false, true, false] },
    { description: 'equal candidates: the last one is hidden', input: { sizes: [8, 1, 8] }, expected: [false, true, true] },
    { description: 'unlisted cases of 2 (e.g. no stage) are themselves small: a listed cell covers them', input: { sizes: [10, 6], unlisted: 2 }, expected: [false, true] },
    { description: 'unlisted 4 with a small cell of 2: 6 ≥ 5 and two hidden, nothing more', input: { sizes: [2, 10], unlisted: 4 }, expected: [true, false] },
    { description: 'every cell small: all hidden (the total itself is under 5)', input: { sizes: [1, 2] }, expected: [true, true] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(hiddenCells(input.sizes, K, input.unlisted)).toEqual(expected);
  });

  it('no small group is ever derivable: once one exists, the hidden cells (with the unlisted) are ≥ 2 and hold ≥ k cases', () => {
    let seed = 11;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor(seed / 65536) % n; };
    for (let round = 0; round < 2000; round++) {
      const sizes = Array.from({ length: 1 + rand(6) }, () => rand(12));
      const unlisted = rand(3) === 0 ? rand(6) : 0;
      const hidden = hiddenCells(sizes, K, unlisted);
      const held = sizes.reduce((s, n, i) => s + (hidden[i] ? n : 0), unlisted);
      const count = hidden.filter(Boolean).length + (unlisted > 0 ? 1 : 0);
      const total = sizes.reduce((s, n) => s + n, unlisted);
      sizes.forEach((n, i) => { if (n > 0 && n < K) expect(hidden[i]).toBe(true); });
      const small = sizes.some((n) => n > 0 && n < K) || (unlisted > 0 && unlisted < K);
      if (small && total >= K) {
        expect(held).toBeGreaterThanOrEqual(K);
        expect(count).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
