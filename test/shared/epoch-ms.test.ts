// toEpochMs counts the reader's two forms by their digits: it must give what Date.UTC gives, for those forms and any other text.
import { describe, expect, it } from 'vitest';
import { addDays, toEpochMs } from '../../shared/dates';

/** What toEpochMs gave before it counted digits: Date.UTC over fixed slices (the hand reference). */
const byDate = (iso: string): number => {
  const part = (from: number): number => (iso.length > from ? Number(iso.slice(from, from + 2)) : 0);
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), part(11), part(14), part(17));
};

describe('toEpochMs', () => {
  it.each([
    { description: 'the epoch', input: '1970-01-01T00:00:00', expected: 0 },
    { description: 'a date is its midnight', input: '1970-01-02', expected: 86_400_000 },
    { description: 'a date-time: 2026-11-30 is day 20787, 10:30:15 is 37815 s in', input: '2026-11-30T10:30:15', expected: 20_787 * 86_400_000 + 37_815_000 },
    { description: 'before 1970', input: '1969-12-31T23:59:59', expected: -1000 },
  ])('$description', ({ input, expected }) => {
    expect(toEpochMs(input)).toBe(expected);
  });

  it.each([
    '2026-02-31T10:00:00', '2026-04-31', '2026-01-01T24:00:00', '2026-01-01T23:60:60', '2026-00-10', '2026-13-01T00:00:00',
    '0050-01-01', '0150-06-01T12:00:00', '2026-01-01 10:00:00', '2026-01-01T10:00', '2026-1-1', '20260101', 'soon', '', '2026-01-01T10:00:00Z',
  ])('agrees with Date.UTC on %j', (input) => {
    expect(toEpochMs(input)).toStrictEqual(byDate(input));
  });

  it('agrees with Date.UTC at three times of every day 1899–2101', () => {
    const wrong: string[] = [];
    for (let day = '1899-01-01'; day < '2101-12-31'; day = addDays(day, 1)) {
      for (const time of ['', 'T00:00:00', 'T13:07:59']) if (toEpochMs(day + time) !== byDate(day + time)) wrong.push(day + time);
    }
    expect(wrong).toEqual([]);
  });
});
