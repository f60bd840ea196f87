// Spreadsheet serial numbers (days since 1899-12-30, the fraction is the time of day) ↔ ISO date strings.

const DAY_S = 86_400;
/** Serial 0 in Google Sheets and Excel (after its 1900 leap-year bug). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

function parts(serial: number): { date: string; time: string; midnight: boolean } | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Round to the second: the fraction of a day in a double carries noise below a millisecond.
  const seconds = Math.round(serial * DAY_S);
  const at = new Date(EPOCH_MS + seconds * 1000);
  const year = at.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) return undefined;
  const iso = at.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 19), midnight: ((seconds % DAY_S) + DAY_S) % DAY_S === 0 };
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
