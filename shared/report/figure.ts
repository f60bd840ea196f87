// A share that hides itself when too few responses stand behind it.
import type { Figure } from './types';

/** part ÷ whole, suppressed when whole < minGroupSize; a whole of 0 is always suppressed. */
export function figure(part: number, whole: number, minGroupSize: number): Figure {
  if (whole === 0 || whole < minGroupSize) return { n: whole, suppressed: true };
  return { n: whole, value: part / whole, suppressed: false };
}

/** Just the Figure part of a figure carrying extra counts, for headlines. */
export function bareFigure(f: Figure): Figure {
  return f.suppressed ? { n: f.n, suppressed: true } : { n: f.n, value: f.value, suppressed: false };
}
