// ISO date arithmetic on plain strings ("2026-11-03", "2026-11-03T14:05:00"), free of time zones.

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD day (or the date part of a date-time), as daysBetween counts them,
 * without a Date per call: the archive turns hundreds of thousands of days into numbers.
 */
export function dayNumber(day: string): number {
  // Digits by char code, no closure: a helper defined per call costs more than the arithmetic under the dev loader.
  const month = (day.charCodeAt(5) - 48) * 10 + day.charCodeAt(6) - 48;
  // Years from March on, so that the leap day ends the year (the days-from-civil count).
  const year = (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + day.charCodeAt(3) - 48 - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + (day.charCodeAt(8) - 48) * 10 + day.charCodeAt(9) - 48 - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The char code of a digit as its value, or -1. */
function digit(iso: string, at: number): number {
  const code = iso.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two digits at a fixed offset as a number, or -1 (dates and times are read by position, not split). */
export function twoDigits(iso: string, at: number): number {
  const tens = digit(iso, at);
  const ones = digit(iso, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/**
 * Milliseconds since the epoch of an ISO date or local date-time read as if it were UTC. "YYYY-MM-DD" and
 * "YYYY-MM-DDTHH:MM:SS" with months 1–12 and years from 100 are counted by their digits, without a Date or slices (every
 * report turns every time cell into one); any other text goes to Date.UTC (which reads years 0–99 as 19xx).
 */
export function toEpochMs(iso: string): number {
  const short = iso.length === 10;
  if (!short && iso.length !== 19) return epochMsByDate(iso);
  const century = twoDigits(iso, 0);
  const year = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  if (century < 1 || year < 0 || month < 1 || month > 12 || day < 0 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return epochMsByDate(iso);
  if (short) return dayNumber(iso) * DAY_MS;
  const hours = twoDigits(iso, 11);
  const minutes = twoDigits(iso, 14);
  const seconds = twoDigits(iso, 17);
  if (hours < 0 || minutes < 0 || seconds < 0 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return epochMsByDate(iso);
  // Date.UTC adds days, hours, minutes and seconds linearly (31 April is 1 May, 25:00 the next day): so does this.
  return dayNumber(iso) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}

/** toEpochMs by Date.UTC, for any text not in the two forms the reader writes. */
function epochMsByDate(iso: string): number {
  // Fixed offsets, not split(): this runs for every date comparison in every report.
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), timePart(iso, 11), timePart(iso, 14), timePart(iso, 17));
}

/** Hours, minutes or seconds at a fixed offset, 0 when the text stops before it (a module function: a closure per call costs more than the parse). */
function timePart(iso: string, from: number): number {
  return iso.length > from ? Number(iso.slice(from, from + 2)) : 0;
}

function fromEpochMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True when y-m-d names a real calendar day. */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

export function formatIsoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date part of a date or date-time. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

/** "2026-11" for any date or date-time in November 2026. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

export function addDays(isoDate: string, days: number): string {
  return fromEpochMs(toEpochMs(dateOf(isoDate)) + days * DAY_MS);
}

/** Whole days from a to b (b − a), ignoring times of day. */
export function daysBetween(a: string, b: string): number {
  return Math.round((toEpochMs(dateOf(b)) - toEpochMs(dateOf(a))) / DAY_MS);
}

/** Hours from a to b (b − a), with fractions. */
export function hoursBetween(a: string, b: string): number {
  return (toEpochMs(b) - toEpochMs(a)) / 3_600_000;
}

/** The month before "2026-01" is "2025-12". */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Every month from first to last inclusive, as "YYYY-MM". */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const end = last;
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) return out;
    out.push(month);
    m += 1;
    if (m === 13) { m = 1; y += 1; }
  }
}

/** How many of the ascending ISO days come before `day` (with `orOn`, on it too): a binary search. */
export function countDaysBefore(days: readonly string[], day: string, orOn = false): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < day || (orOn && days[mid] === day)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** An ISO day (or the day of a date-time) as the number yyyymmdd, read by position like shared/dates' toEpochMs. */
export function ymdNumber(iso: string): number {
  // Digit by digit, with no helper closure: this runs for every call of the sheet.
  return (iso.charCodeAt(0) * 1000 + iso.charCodeAt(1) * 100 + iso.charCodeAt(2) * 10 + iso.charCodeAt(3) - 53_328) * 10_000
    + (iso.charCodeAt(5) * 10 + iso.charCodeAt(6) - 528) * 100 + iso.charCodeAt(8) * 10 + iso.charCodeAt(9) - 528;
}

/** A date-time as the reader writes it, "YYYY-MM-DDTHH:MM:SS", as the number yyyymmddhhmmss (ordered as the text is); NaN for any other text. */
export function timeNumber(iso: string): number {
  if (iso.length !== 19) return NaN;
  let n = 0;
  for (let i = 0; i < 19; i++) {
    const code = iso.charCodeAt(i);
    if (i === 4 || i === 7) { if (code !== 45) return NaN; } // '-'
    else if (i === 10) { if (code !== 84) return NaN; } // 'T'
    else if (i === 13 || i === 16) { if (code !== 58) return NaN; } // ':'
    else if (code < 48 || code > 57) return NaN;
    else n = n * 10 + code - 48;
  }
  return n;
}
