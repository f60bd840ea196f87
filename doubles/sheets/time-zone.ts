// Wall-clock ↔ instant in a named time zone, and Utilities.formatDate's patterns, for the spreadsheet double (Node's Intl).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface Parts { y: number; m: number; d: number; h: number; min: number; s: number; ms: number }

export function partsIn(date: Date, timeZone: string): Parts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts['year']!, m: parts['month']!, d: parts['day']!, h: parts['hour']! % 24, min: parts['minute']!, s: parts['second']!, ms: date.getUTCMilliseconds() };
}

/** Minutes the zone is ahead of UTC at that instant. */
export function offsetMinutes(date: Date, timeZone: string): number {
  const p = partsIn(date, timeZone);
  const asUtc = Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s);
  return Math.round((asUtc - (date.getTime() - p.ms)) / 60_000);
}

/** The instant a wall-clock time in the zone stands for. */
export function zonedDate(y: number, m: number, d: number, h: number, min: number, s: number, timeZone: string): Date {
  const guess = Date.UTC(y, m - 1, d, h, min, s);
  const first = offsetMinutes(new Date(guess), timeZone);
  const t = guess - first * 60_000;
  const second = offsetMinutes(new Date(t), timeZone);
  return new Date(second === first ? t : guess - second * 60_000);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** Utilities.formatDate's SimpleDateFormat subset: yyyy yy MM M dd d HH H mm ss SSS Z XXX and 'quoted' text. */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const p = partsIn(date, timeZone);
  const offset = offsetMinutes(date, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const tokens: Record<string, string> = {
    yyyy: String(p.y).padStart(4, '0'), yy: two(p.y % 100), MM: two(p.m), M: String(p.m), dd: two(p.d), d: String(p.d),
    HH: two(p.h), H: String(p.h), mm: two(p.min), ss: two(p.s), SSS: String(p.ms).padStart(3, '0'),
    Z: `${sign}${two(Math.floor(abs / 60))}${two(abs % 60)}`, XXX: `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`,
  };
  return pattern.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss|SSS|XXX|Z/g, (token, quoted?: string) =>
    quoted !== undefined ? quoted : tokens[token]!);
}
