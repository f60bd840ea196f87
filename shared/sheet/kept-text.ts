// Text kept past its row (a memo key, an id in an index): a copy of its own, so it never holds alive the 64 KiB chunk it was cut from.
/** V8 copies a substring or concatenation shorter than this (SlicedString and ConsString kMinLength): it is its own text already. */
const SHORTEST_VIEW = 13;

/** V8 keeps a long substring as a view into its parent text; concatenating and slicing copies it into a text of its own. */
export function keptText(text: string): string {
  return text.length < SHORTEST_VIEW ? text : (' ' + text).slice(1);
}
