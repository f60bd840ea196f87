// 001 "避免在客户休息时打扰客户": whether a call's time of day falls inside the shop's quiet hours (Settings).
import type { Settings, TimeRange } from '../settings';

/** Seconds since midnight of "HH:MM" or "HH:MM:SS". */
function secondsOf(time: string): number {
  return Number(time.slice(0, 2)) * 3600 + Number(time.slice(3, 5)) * 60 + (time.length >= 8 ? Number(time.slice(6, 8)) : 0);
}

/** The quiet range an ISO date-time falls in (start inclusive, end exclusive), else undefined; a date without a clock is never inside. */
export function findQuietRange(at: string, ranges: readonly TimeRange[]): TimeRange | undefined {
  const clock = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2})?)/.exec(at);
  if (!clock) return undefined;
  const t = secondsOf(clock[1]!);
  return ranges.find(({ from, to }) => {
    const [start, end] = [secondsOf(from), secondsOf(to)];
    // An end at or before the start runs past midnight: 20:00-08:00 is 20:00 to 24:00 and 00:00 to 08:00.
    return start < end ? t >= start && t < end : t >= start || t < end;
  });
}

/** Only a ringing phone disturbs: messages wait until read, and an inbound call is the customer's own choice. */
const RINGS: ReadonlySet<string> = new Set(['phone']);

/** The quiet range an outbound phone call was placed in, else undefined: what `kefu check` warns about. */
export function findQuietHourCall(call: { at?: unknown; channel?: unknown; purpose?: unknown }, settings: Settings): TimeRange | undefined {
  if (typeof call.at !== 'string' || call.purpose === 'inbound' || !RINGS.has(String(call.channel))) return undefined;
  return findQuietRange(call.at, settings.followUp.quietHours);
}
