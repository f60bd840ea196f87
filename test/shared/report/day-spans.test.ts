// Day spans: day numbers as daysBetween counts them, and how many spans hold on a day (first day in, the day after the last out).
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../shared/dates';
import { addSpan, countSpansOn, sortDays, sortSpans, startSpanList } from '../../../shared/report/day-spans';
import { dayNumber } from '../../../shared/dates';

describe('dayNumber', () => {
  it.each([
    { description: 'the epoch is day 0', input: '1970-01-01', expected: 0 },
    { description: 'the day before it is -1', input: '1969-12-31', expected: -1 },
    { description: '2000 is a leap year: 10957 days to 2000-01-01, then 31 + 29 to 1 March', input: '2000-03-01', expected: 11017 },
    { description: 'a date-time counts as its date (20454 days to 2026-01-01, then 333)', input: '2026-11-30T23:59:59', expected: 20787 },
  ])('$description', ({ input, expected }) => {
    expect(dayNumber(input)).toBe(expected);
  });

  it('agrees with daysBetween from the epoch on every day 1899-2101 (century and leap years included)', () => {
    const wrong: string[] = [];
    for (let day = '1899-01-01'; day < '2101-12-31'; day = addDays(day, 1)) if (dayNumber(day) !== daysBetween('1970-01-01', day)) wrong.push(day);
    expect(wrong).toEqual([]);
  });
});

describe('countSpansOn', () => {
  const list = startSpanList();
  addSpan(list, 10, 20); // days 10 … 19
  addSpan(list, 15); // from 15 for good
  addSpan(list, -Infinity, 12); // from the start to 11
  addSpan(list, 30, 30); // empty: left out
  addSpan(list, Number.NaN, 40); // no first day: left out
  const spans = sortSpans(list);
  it.each([
    { description: 'before any first day only the open start holds', input: 9, expected: 1 },
    { description: 'day 10: the open start and 10 … 19', input: 10, expected: 2 },
    { description: 'day 12: the open start ended on 11', input: 12, expected: 1 },
    { description: 'day 15: 10 … 19 and from 15', input: 15, expected: 2 },
    { description: 'day 20: the day after 10 … 19 is out', input: 20, expected: 1 },
    { description: 'day 30: the empty span never counts', input: 30, expected: 1 },
  ])('$description', ({ input, expected }) => {
    expect(countSpansOn(spans, input)).toBe(expected);
  });
});

describe('sortDays', () => {
  // Counted per day or sorted, the result is the same ascending list (-Infinity first, Infinity last, duplicates kept).
  it.each([
    { description: 'no days', input: [], expected: [] },
    { description: 'whole days in a narrow range, with duplicates and both infinities', input: [20_005, -Infinity, 20_001, Infinity, 20_005, -Infinity, 20_000], expected: [-Infinity, -Infinity, 20_000, 20_001, 20_005, 20_005, Infinity] },
    { description: 'only infinities', input: [Infinity, -Infinity, Infinity], expected: [-Infinity, Infinity, Infinity] },
    { description: 'negative days (before 1970)', input: [-3, -1, -2, -3], expected: [-3, -3, -2, -1] },
    { description: 'a range far wider than the count (sorted, not counted)', input: [5_000_000, -5_000_000, 0], expected: [-5_000_000, 0, 5_000_000] },
    { description: 'a fraction (sorted, not counted)', input: [2.5, 1, 2], expected: [1, 2, 2.5] },
  ])('$description', ({ input, expected }) => {
    expect([...sortDays(input)]).toEqual(expected);
  });

  it('agrees with a plain sort on many random whole days', () => {
    const days = Array.from({ length: 5_000 }, (_, i) => (i % 97 === 0 ? -Infinity : i % 89 === 0 ? Infinity : 19_000 + ((i * 7_919) % 1_500)));
    expect([...sortDays(days)]).toEqual([...Float64Array.from(days).sort()]);
  });
});
