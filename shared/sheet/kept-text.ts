// Text kept past its row (a memo key, an id in an index): a copy of its own, so it never holds alive the 64 KiB chunk it was cut from.
/** V8 keeps a long substring as a view into its parent text; concatenating and slicing copies it into a text of its own. */
export function keptText(text: string): string {
  return (' ' + text).slice(1);
}
