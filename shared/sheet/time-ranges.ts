// A Settings cell of times of day, "12:00-14:00; 20:00-08:00", → TimeRange[] or why it cannot be read (zh + en).
import type { TimeRange } from '../settings';

export type ParsedTimeRanges = { ok: true; value: TimeRange[] } | { ok: false; message: string; messageZh: string };

/** Ranges are separated like list items, and by commas too (a time never holds one). */
const SEPARATOR = /\s*(?:\r?\n|;|；|、|,|，)\s*/;
const RANGE = /^(\d{1,2})[:：](\d{2})\s*(?:-|–|—|~|～|至|到)\s*(?:次日|翌日)?\s*(\d{1,2})[:：](\d{2})$/;

const two = (n: number): string => String(n).padStart(2, '0');

export function parseTimeRanges(text: string): ParsedTimeRanges {
  const bad = (en: string, zh: string): ParsedTimeRanges => ({ ok: false, message: en, messageZh: zh });
  const items = text.split(SEPARATOR).filter(Boolean);
  if (items.length === 0) return bad('needs at least one range such as 12:00-14:00', '至少需要一个时间段，如 12:00-14:00');
  const ranges: TimeRange[] = [];
  for (const item of items) {
    const match = RANGE.exec(item);
    if (!match) {
      return bad(`should be times of day such as 12:00-14:00; 20:00-08:00, not "${item}"`,
        `应为时间段，如 12:00-14:00; 20:00-08:00，而不是"${item}"`);
    }
    const [fromH, fromM, toH, toM] = match.slice(1, 5).map(Number) as [number, number, number, number];
    // 24:00 may close a range (midnight); no other time past 23:59 exists.
    const toMidnight = toH === 24 && toM === 0;
    if (fromH > 23 || fromM > 59 || (toH > 23 && !toMidnight) || toM > 59) {
      return bad(`"${item}" is not a time of day: hours go from 0 to 23, minutes from 0 to 59`,
        `"${item}"不是有效的时间：小时为 0–23，分钟为 0–59`);
    }
    const from = `${two(fromH)}:${two(fromM)}`;
    const to = toMidnight ? '00:00' : `${two(toH)}:${two(toM)}`;
    if (from === to) return bad(`"${item}" starts and ends at the same time`, `"${item}"的开始与结束时间相同`);
    ranges.push({ from, to });
  }
  return { ok: true, value: ranges };
}
