// Values compared for uniqueness, kept small: "HF0000123", "c0042", "13812345678" as numbers, "c0125-4" as a pair of numbers, anything else as its own text.
import { keptText } from '../sheet/kept-text';
import { createPairTable, toPair, type Pair } from './id-set';

/** Letters before the digits that fold into a number; a longer prefix is kept as text. */
const PREFIX_LETTERS = 3;
/** Digits that fold into a number (2^53 holds 15 of them). */
const MAX_DIGITS = 15;
/** The low 9 digits are one shape's number: below 2^31, an index or a small integer V8 keeps unboxed. */
const LOW_DIGITS = 9;
const HIGH = 10 ** (MAX_DIGITS - LOW_DIGITS);

/** Where a text of up to 3 ASCII letters (either case) and 1–15 digits goes: its shape (letters, digit count, high digits) and low digits. */
interface Folded { shape: number; low: number }

function foldToNumbers(text: string, out: Folded): boolean {
  let prefix = 0;
  let at = 0;
  for (; at < text.length && at < PREFIX_LETTERS; at++) {
    const c = text.charCodeAt(at) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    prefix = prefix * 27 + (c - 0x60);
  }
  const digits = text.length - at;
  if (digits === 0 || digits > MAX_DIGITS) return false;
  // The high and low digits read apart, each a small integer: no division or remainder of a double per value.
  const split = text.length - LOW_DIGITS;
  let high = 0;
  let low = 0;
  for (let i = at; i < text.length; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return false;
    if (i < split) high = high * 10 + d;
    else low = low * 10 + d;
  }
  out.low = low;
  out.shape = (prefix * (MAX_DIGITS + 1) + digits) * HIGH + high;
  return true;
}

/** A run of numbers this much wider than the values in it stops being a run: they go to a Map instead. */
const RUN_SPREAD = 2;
/** Room a run may always take, however few values it holds (4 bytes a number). */
const RUN_SLACK = 4096;

/**
 * First lines of the numbers of one shape: those in one run (ids counted up, "HF0000001" …) in an array indexed from the
 * run's lowest number, 4 bytes each and no garbage for a Map to rehash; the others (scattered phones) in a Map.
 */
function createNumberLines(): (n: number, line: number) => number | undefined {
  let base = 0;
  let lines = new Int32Array(0);
  let inRun = 0;
  const scattered = new Map<number, number>();
  /** Widens the run to hold n when it stays dense enough; false when n is too far from it. */
  const widen = (n: number): boolean => {
    const low = lines.length === 0 ? n : Math.min(base, n);
    const high = lines.length === 0 ? n : Math.max(base + lines.length - 1, n);
    if (high - low + 1 > RUN_SPREAD * (inRun + 1) + RUN_SLACK) return false;
    // Doubling, so a run counted up one by one is copied log(n) times.
    const length = Math.max(high - low + 1, 2 * lines.length);
    const start = n < base ? Math.max(0, high - length + 1) : low;
    const wider = new Int32Array(length);
    if (lines.length > 0) wider.set(lines, base - start);
    [base, lines] = [start, wider];
    return true;
  };
  return (n, line) => {
    if (n - base >= 0 && n - base < lines.length || widen(n)) {
      const first = lines[n - base]!;
      if (first !== 0) return first;
      // A number seen before the run widened over it stays where it went.
      const earlier = scattered.size > 0 ? scattered.get(n) : undefined;
      if (earlier !== undefined) return earlier;
      lines[n - base] = line;
      inRun++;
      return undefined;
    }
    const first = scattered.get(n);
    if (first === undefined) scattered.set(n, line);
    return first;
  };
}

/**
 * Each value's first line, for values that are the same when their comparable texts are (ids ignoring case, phones by their
 * digits). `comparable` makes that text; a value already shaped like "HF0000123" needs none (its letters fold to either case).
 * 1 M call ids then cost a Map of small integers instead of a million strings.
 */
export interface FirstLines {
  /** The line first seen with this value, or undefined after recording `line` as its first. */
  firstOrSet(value: string, line: number): number | undefined;
}

export function createFirstLines(comparable: (value: string) => string): FirstLines {
  const shapes = new Map<number, ReturnType<typeof createNumberLines>>();
  /** Other short ASCII texts ("c0125-4") as number pairs; the rest as texts. */
  const pairs = createPairTable();
  const pair: Pair = { a: 0, b: 0 };
  const others = new Map<string, number>();
  const folded: Folded = { shape: 0, low: 0 };
  let lastShape = -1;
  let lastLines = createNumberLines();
  return {
    firstOrSet(value, line) {
      let text = value;
      if (!foldToNumbers(text, folded)) {
        text = comparable(value);
        if (!foldToNumbers(text, folded)) {
          if (toPair(text, pair)) {
            const earlier = pairs.get(pair.a, pair.b);
            if (earlier !== 0) return earlier;
            pairs.set(pair.a, pair.b, line);
            return undefined;
          }
          const first = others.get(text);
          if (first === undefined) others.set(keptText(text), line);
          return first;
        }
      }
      if (folded.shape !== lastShape) {
        lastShape = folded.shape;
        let lines = shapes.get(lastShape);
        if (!lines) shapes.set(lastShape, lines = createNumberLines());
        lastLines = lines;
      }
      return lastLines(folded.low, line);
    },
  };
}
