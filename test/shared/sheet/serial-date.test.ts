// Serial numbers → ISO text by arithmetic agree with the Date-based conversion they replaced, to the second, from year 1 to 9999.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoToSerial, serialToDate, serialToDateTime } from '../../../shared/sheet/serial-date';

/** The conversion as it was (a Date and its toISOString): the oracle. */
function oracle(serial: number): { date: string; time: string; midnight: boolean } | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const seconds = Math.round(serial * 86_400);
  const at = new Date(Date.UTC(1899, 11, 30) + seconds * 1000);
  const year = at.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return undefined;
  const iso = at.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), midnight: ((seconds % 86_400) + 86_400) % 86_400 === 0 };
}
const oracleDate = (s: number): string | undefined => { const p = oracle(s); return p && (p.midnight ? p.date : `${p.date} ${p.time}`); };
const oracleDateTime = (s: number): string | undefined => { const p = oracle(s); return p && `${p.date}T${p.time}`; };

describe('serial dates', () => {
  it.each([
    { description: 'serial 1 is 1899-12-31', input: 1, expected: ['1899-12-31', '1899-12-31T00:00:00'] },
    { description: '2026-11-03 14:05 (45658 is 2025-01-01; + 365 + 306 days; 845 of 1440 minutes)', input: 45658 + 365 + 306 + 845 / 1440, expected: ['2026-11-03 14:05:00', '2026-11-03T14:05:00'] },
    { description: '2024-02-29, a leap day (45292 is 2024-01-01, + 59)', input: 45292 + 59, expected: ['2024-02-29', '2024-02-29T00:00:00'] },
    { description: '9999-12-31 23:59:59, the last second', input: 2_958_465 + 86_399 / 86_400, expected: ['9999-12-31 23:59:59', '9999-12-31T23:59:59'] },
    { description: 'past 9999 is no date', input: 2_958_466, expected: [undefined, undefined] },
    { description: 'before year 1 is no date', input: -693_594, expected: [undefined, undefined] },
    { description: 'not a number', input: Number.NaN, expected: [undefined, undefined] },
  ])('$description', ({ input, expected }) => expect([serialToDate(input), serialToDateTime(input)]).toEqual(expected));

  it('agree with the Date-based conversion on any serial, whole or fractional, in and around years 1–9999', () => {
    const serial = fc.oneof(fc.double({ min: -700_000, max: 3_000_000, noNaN: true }), fc.integer({ min: -700_000, max: 3_000_000 }),
      fc.integer({ min: -700_000 * 86_400, max: 3_000_000 * 86_400 }).map((s) => s / 86_400));
    fc.assert(fc.property(serial, (s) => {
      expect([serialToDate(s), serialToDateTime(s)]).toEqual([oracleDate(s), oracleDateTime(s)]);
    }), { numRuns: 5000 });
  });

  it('round-trips with isoToSerial', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 2_958_465 * 86_400 }), (seconds) => {
      const text = serialToDateTime(seconds / 86_400)!;
      expect(serialToDateTime(isoToSerial(text))).toBe(text);
    }), { numRuns: 2000 });
  });
});
