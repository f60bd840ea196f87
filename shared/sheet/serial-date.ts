// Spreadsheet serial numbers (days since 1899-12-30, the fraction is the time of day) ↔ ISO date strings.

const DAY_S = 86_400;
/** Serial 0 in Google Sheets and Excel (after its 1900 leap-year bug). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 → [year, month, day] in the proleptic Gregorian calendar (H. Hinnant's civil_from_days), without a Date. */
function civil(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** Serial 0 (1899-12-30) is this many days before 1970-01-01. */
const DAYS_BEFORE_1970 = 25_569;

// Arithmetic, not a Date and its toISOString: every date cell of an .xlsx read passes here (a third of a 100 k-call read's typing).
function parts(serial: number): { date: string; time: string; midnight: boolean } | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Round to the second: the fraction of a day in a double carries noise below a millisecond.
  const seconds = Math.round(serial * DAY_S);
  const days = Math.floor(seconds / DAY_S);
  const ofDay = seconds - days * DAY_S;
  const [year, month, day] = civil(days - DAYS_BEFORE_1970);
  if (!(year >= 1 && year <= 9999)) return undefined;
  const time = `${pad(Math.floor(ofDay / 3600))}:${pad(Math.floor(ofDay / 60) % 60)}:${pad(ofDay % 60)}`;
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, time, midnight: ofDay === 0 };
}

/**
 * A serial in a date column: "2026-11-03"; with a time of day it comes back as "2026-11-03 14:05:00"
 * so the checker reports that the column holds dates only. Undefined when it is no date at all.
 */
export function serialToDate(serial: number): string | undefined {
  const p = parts(serial);
  if (!p) return undefined;
  return p.midnight ? p.date : `${p.date} ${p.time}`;
}

/** A serial in a date-time column: "2026-11-03T14:05:00". */
export function serialToDateTime(serial: number): string | undefined {
  const p = parts(serial);
  return p ? `${p.date}T${p.time}` : undefined;
}

/** "2026-11-03" or "2026-11-03T14:05:00" → its serial number (the inverse, for sheets written by tests and tools). */
export function isoToSerial(iso: string): number {
  const [date, time = '00:00:00'] = iso.split('T') as [string, string?];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh = 0, mm = 0, ss = 0] = time.split(':').map(Number);
  return (Date.UTC(y, m - 1, d, hh, mm, ss) - EPOCH_MS) / 1000 / DAY_S;
}
