// ISO date arithmetic on plain strings ("2026-11-03", "2026-11-03T14:05:00"), free of time zones.

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date or local date-time read as if it were UTC. */
export function toEpochMs(iso: string): number {
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
