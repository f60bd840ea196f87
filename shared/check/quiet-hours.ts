// Outbound phone calls placed inside the Settings' quiet hours (001 "避免在客户休息时打扰客户"), as warnings.
import { warningAt, type Issue } from '../issue';
import type { Settings } from '../settings';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { findQuietHourCall } from '../rules/quiet-hours';
import { header, placeOf } from './place';

/** One call, as it is read. */
export function quietHourIssue(head: SheetHead, row: ReadRow, settings: Settings): Issue | undefined {
  const range = findQuietHourCall(row.values, settings);
  if (!range) return undefined;
  const name = header(head, 'at');
  const when = String(row.values['at']).replace('T', ' ').slice(0, 16);
  const hours = `${range.from}-${range.to}`;
  return warningAt(placeOf(head, row, 'at'), 'quiet-hours-call',
    `${name.en} ${when} is inside the quiet hours ${hours} (Settings): outbound calls should not disturb customers while they rest`,
    `${name.zh} ${when} 在客户休息时间 ${hours}（设置）内：回访应避免在客户休息时打扰客户`);
}
