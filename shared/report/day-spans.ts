// How many of many day spans hold on a day: their first days and the days after their last, each sorted once; a day is then two binary searches.

export interface DaySpans {
  /** First days, ascending (-Infinity: held from the start). */
  readonly firsts: Float64Array;
  /** Days after the last, ascending (spans held for good have none). */
  readonly afterLasts: Float64Array;
}

/** Spans gathered before they are sorted once. */
export interface SpanList {
  firsts: number[];
  afterLasts: number[];
}

export function startSpanList(): SpanList {
  return { firsts: [], afterLasts: [] };
}

/** A span held from `first` up to the day before `afterLast` (for good without one); empty spans are left out. */
export function addSpan(list: SpanList, first: number, afterLast = Infinity): void {
  if (!(first < afterLast)) return;
  list.firsts.push(first);
  if (afterLast !== Infinity) list.afterLasts.push(afterLast);
}

export function sortSpans(list: SpanList): DaySpans {
  return { firsts: sortDays(list.firsts), afterLasts: sortDays(list.afterLasts) };
}

/** Whole days outside ±Infinity span a range far smaller than their count times this: then counting them beats sorting them. */
const COUNTING_RANGE_PER_DAY = 4;

/** The day numbers ascending: counted per day when they are whole days in a narrow range (as dates are), sorted otherwise. */
export function sortDays(days: readonly number[]): Float64Array {
  let low = Infinity;
  let high = -Infinity;
  let whole = true;
  for (const day of days) {
    if (day === -Infinity || day === Infinity) continue;
    if (!Number.isInteger(day)) whole = false;
    if (day < low) low = day;
    if (day > high) high = day;
  }
  const range = high - low + 1;
  if (!whole || !(range <= days.length * COUNTING_RANGE_PER_DAY + 1024)) return Float64Array.from(days).sort();
  let before = 0;
  let after = 0;
  const perDay = new Int32Array(low <= high ? range : 0);
  for (const day of days) {
    if (day === -Infinity) before++;
    else if (day === Infinity) after++;
    else perDay[day - low]!++;
  }
  const sorted = new Float64Array(days.length);
  let at = before;
  sorted.fill(-Infinity, 0, before);
  for (let d = 0; d < perDay.length; d++) for (let n = perDay[d]!; n > 0; n--) sorted[at++] = low + d;
  sorted.fill(Infinity, at);
  return sorted;
}

/** How many of the ascending numbers are at most `n`. */
export function countAtMost(sorted: Float64Array, n: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many spans hold on the day (a day number). */
export function countSpansOn(spans: DaySpans, day: number): number {
  return countAtMost(spans.firsts, day) - countAtMost(spans.afterLasts, day);
}
