// The one small-sample rule: every published share, median or average hides itself when too few cases stand behind it.
import { median } from '../rules/stats';
import type { Figure } from './types';

/** A value computed from n cases, suppressed when n < minGroupSize; no cases (or no value) is always suppressed. */
export function publishFigure(value: number | undefined, n: number, minGroupSize: number): Figure {
  if (value === undefined || n === 0 || n < minGroupSize) return { n, suppressed: true };
  return { n, value, suppressed: false };
}

/** part ÷ whole, under the same rule: whole is the sample. */
export function figure(part: number, whole: number, minGroupSize: number): Figure {
  return publishFigure(whole === 0 ? undefined : part / whole, whole, minGroupSize);
}

/** The median of the values, under the same rule: each value is one case. */
export function medianFigure(values: readonly number[], minGroupSize: number): Figure {
  return publishFigure(median(values), values.length, minGroupSize);
}

/** Just the Figure part of a figure carrying extra counts, for headlines. */
export function bareFigure(f: Figure): Figure {
  return f.suppressed ? { n: f.n, suppressed: true } : { n: f.n, value: f.value, suppressed: false };
}

/** The count behind a share, published only beside the share: printed under a hidden share it would give the share away. */
export function shownPart(f: Figure, part: number): number | undefined {
  return f.suppressed ? undefined : part;
}
