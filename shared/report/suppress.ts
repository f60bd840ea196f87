// Primary and complementary (secondary) suppression for a breakdown beside its total, so no hidden cell can be derived by subtraction.
import type { Figure } from './types';

/** A breakdown cell as published: its Figure, or withheld whole (no value, no n) when hidden. */
export type Cell = Figure | { n?: undefined; suppressed: true; withheld: true };

export const WITHHELD: Cell = Object.freeze({ suppressed: true, withheld: true }) as Cell;

/**
 * Which cells of one breakdown to hide. Primary: a cell of 1 … minGroupSize−1 cases. Secondary: while the hidden cells
 * together hold fewer than minGroupSize cases (or only one cell is hidden), the smallest visible non-empty cell is hidden
 * too, as statistical agencies do — so total − visible siblings only ever gives a union of at least minGroupSize cases.
 * `unlisted` counts cases in the total that no cell shows (e.g. calls without a stage): they act as one more hidden cell.
 * Empty cells stay visible (nothing to hide); when every cell ends up hidden, the total is itself under minGroupSize.
 */
export function hiddenCells(sizes: readonly number[], minGroupSize: number, unlisted = 0): boolean[] {
  const hidden = sizes.map((n) => n > 0 && n < minGroupSize);
  const needsCover = hidden.some(Boolean) || (unlisted > 0 && unlisted < minGroupSize);
  if (!needsCover) return hidden;
  const held = () => sizes.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), unlisted);
  const count = () => hidden.filter(Boolean).length + (unlisted > 0 ? 1 : 0);
  while (held() < minGroupSize || count() < 2) {
    let next = -1;
    sizes.forEach((n, i) => {
      // The smallest visible cell; among equals the last, so the order of a breakdown never favours its first rows.
      if (!hidden[i] && n > 0 && (next < 0 || n <= sizes[next]!)) next = i;
    });
    if (next < 0) break;
    hidden[next] = true;
  }
  return hidden;
}

/** The breakdown's cells with every hidden one withheld (value and n), by the rule of hiddenCells. */
export function suppressBreakdown<T>(cells: readonly T[], sizeOf: (cell: T) => number, withhold: (cell: T) => T, minGroupSize: number, unlisted = 0): T[] {
  const hidden = hiddenCells(cells.map(sizeOf), minGroupSize, unlisted);
  return cells.map((cell, i) => (hidden[i] ? withhold(cell) : cell));
}
