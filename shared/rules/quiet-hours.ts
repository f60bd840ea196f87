// 001 "避免在客户休息时打扰客户": whether a call's time of day falls inside the shop's quiet hours (Settings).
import { twoDigits } from '../dates';
import type { Settings, TimeRange } from '../settings';

/** Seconds since midnight of "HH:MM" or "HH:MM:SS". */
function secondsOf(time: string): number {
  return Number(time.slice(0, 2)) * 3600 + Number(time.slice(3, 5)) * 60 + (time.length >= 8 ? Number(time.slice(6, 8)) : 0);
}

/** Each range's start and end in seconds, worked out once per list of ranges (the Settings'), not once per call. */
const boundsOf = new WeakMap<readonly TimeRange[], readonly { start: number; end: number }[]>();
function boundsIn(ranges: readonly TimeRange[]): readonly { start: number; end: number }[] {
  let bounds = boundsOf.get(ranges);
  if (!bounds) boundsOf.set(ranges, bounds = ranges.map(({ from, to }) => ({ start: secondsOf(from), end: secondsOf(to) })));
  return bounds;
}

/**
 * Seconds since midnight of the clock in "YYYY-MM-DD[T ]HH:MM[:SS]…", or −1 when there is none: what
 * /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2})?)/ captures, read by character (this runs for every call a shop makes).
 */
function clockSeconds(at: string): number {
  if (twoDigits(at, 0) < 0 || twoDigits(at, 2) < 0 || at[4] !== '-' || twoDigits(at, 5) < 0 || at[7] !== '-' || twoDigits(at, 8) < 0) return -1;
  const hours = twoDigits(at, 11);
  const minutes = twoDigits(at, 14);
  if ((at[10] !== 'T' && at[10] !== ' ') || hours < 0 || at[13] !== ':' || minutes < 0) return -1;
  const seconds = at[16] === ':' ? twoDigits(at, 17) : -1;
  return hours * 3600 + minutes * 60 + Math.max(seconds, 0);
}

/** The quiet range an ISO date-time falls in (start inclusive, end exclusive), else undefined; a date without a clock is never inside. */
export function findQuietRange(at: string, ranges: readonly TimeRange[]): TimeRange | undefined {
  const t = clockSeconds(at);
  if (t < 0) return undefined;
  const bounds = boundsIn(ranges);
  for (let i = 0; i < bounds.length; i++) {
    const { start, end } = bounds[i]!;
    // An end at or before the start runs past midnight: 20:00-08:00 is 20:00 to 24:00 and 00:00 to 08:00.
    if (start < end ? t >= start && t < end : t >= start || t < end) return ranges[i];
  }
  return undefined;
}

/** Only a ringing phone disturbs: messages wait until read, and an inbound call is the customer's own choice. */
const RINGS: ReadonlySet<string> = new Set(['phone']);

/** The quiet range an outbound phone call was placed in, else undefined: what `kefu check` warns about. */
export function findQuietHourCall(call: { at?: unknown; channel?: unknown; purpose?: unknown }, settings: Settings): TimeRange | undefined {
  if (typeof call.at !== 'string' || call.purpose === 'inbound' || !RINGS.has(String(call.channel))) return undefined;
  return findQuietRange(call.at, settings.followUp.quietHours);
}
