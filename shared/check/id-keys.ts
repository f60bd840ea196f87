// Values compared for uniqueness, kept small: "HF0000123", "c0042", "13812345678" as numbers, anything else as its own text.
import { keptText } from './kept-text';

/** Letters before the digits that fold into a number; a longer prefix is kept as text. */
const PREFIX_LETTERS = 3;
/** Digits that fold into a number (2^53 holds 15 of them). */
const MAX_DIGITS = 15;
/** The low 9 digits are the key in a Map: below 2^31, a small integer V8 keeps unboxed. */
const LOW_DIGITS = 9;
const LOW = 10 ** LOW_DIGITS;
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
  let value = 0;
  for (let i = at; i < text.length; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return false;
    value = value * 10 + d;
  }
  out.low = value % LOW;
  out.shape = (prefix * (MAX_DIGITS + 1) + digits) * HIGH + (value - out.low) / LOW;
  return true;
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
  const shapes = new Map<number, Map<number, number>>();
  const others = new Map<string, number>();
  const folded: Folded = { shape: 0, low: 0 };
  let lastShape = -1;
  let lastMap = new Map<number, number>();
  const remember = <K>(map: Map<K, number>, key: K, line: number): number | undefined => {
    const first = map.get(key);
    if (first === undefined) map.set(key, line);
    return first;
  };
  return {
    firstOrSet(value, line) {
      let text = value;
      if (!foldToNumbers(text, folded)) {
        text = comparable(value);
        if (!foldToNumbers(text, folded)) return remember(others, keptText(text), line);
      }
      if (folded.shape !== lastShape) {
        lastShape = folded.shape;
        let map = shapes.get(lastShape);
        if (!map) shapes.set(lastShape, map = new Map());
        lastMap = map;
      }
      return remember(lastMap, folded.low, line);
    },
  };
}
