// Near-linear lookups for array formulas: keys ranked by a binary search (MATCH … 1) in one sorted list, counted through distinct sorted numbers.

/**
 * Serial day numbers stay below this until the year 2173: a call's day and its customer's rank share one number
 * (rank × DAY_SPAN + day) that sorts by customer, then day.
 */
export const DAY_SPAN = 100000;

/**
 * A key as both sides compare it: trimmed, upper-cased text. Sheets compares text without regard to case anyway;
 * UPPER makes SORT and MATCH agree on it, and &"" turns an id typed as a number (1001) into the text "1001".
 */
export const keyOf = (range: string): string => `UPPER(TRIM(${range}))&""`;

/** The keys of a column's filled cells (its header among them, so the list is never empty). */
export const filledKeys = (range: string): string => `FILTER(${keyOf(range)},${range}<>"")`;

/**
 * A key's rank: its position in the sorted list of every key asked about. Every key asked about is in the list, so
 * equal keys get one rank and different keys different ranks, whichever of equal neighbours a binary search lands on
 * (HyperFormula returns the first, Excel the last, Sheets does not say).
 */
export const rankIn = (all: string, key: string): string => `MATCH(${key},SORT(${all}),1)`;

/**
 * How many entries share the rank: entries are whole numbers rank × span + an offset from 0 to span - 1, no two equal
 * (a distinct offset, or UNIQUE), so both binary searches, for a number halfway between two integers, have one answer
 * in any engine. 0 when there are no entries (an empty FILTER is an error).
 */
export function countOfRank(rank: string, entries: string, span: string): string {
  const below = (at: string): string => `IFERROR(MATCH(${at},SORT(${entries}),1),0)`;
  return `IFERROR(${below(`(${rank}+1)*${span}-0.5`)}-${below(`${rank}*${span}-0.5`)},0)`;
}
