// 建档 (000 "應於二日內…建立檔案"): an archive made later than archive.buildWithinDays after the first visit is a warning — a fact about
// the process to correct next time, not an error in the data, so it never stops a report.
import { daysBetween } from '../dates';
import { warningAt, type Issue } from '../issue';
import { countOf } from '../plural';
import type { Settings } from '../settings';
import type { ReadRow, SheetHead, SheetRead } from '../sheet/sheet-read';
import { header, placeOf } from './place';

/** Days from the first visit to the archive's creation when that exceeds the limit; undefined when on time or not dated. */
export function daysArchiveLate(customer: { firstVisit?: unknown; createdAt?: unknown }, settings: Settings): number | undefined {
  if (typeof customer.firstVisit !== 'string' || typeof customer.createdAt !== 'string') return undefined;
  const days = daysBetween(customer.firstVisit, customer.createdAt);
  return days > settings.archive.buildWithinDays ? days : undefined;
}

/** One customer, as it is read. */
export function lateArchiveIssue(head: SheetHead, row: ReadRow, settings: Settings): Issue | undefined {
  const days = daysArchiveLate(row.values, settings);
  if (days === undefined) return undefined;
  const [created, first] = [header(head, 'createdAt'), header(head, 'firstVisit')];
  const limit = settings.archive.buildWithinDays;
  const [c, f] = [String(row.values['createdAt']), String(row.values['firstVisit'])];
  return warningAt(placeOf(head, row, 'createdAt'), 'archive-late',
    `${created.en} ${c} is ${countOf(days, 'day')} after ${first.en} ${f}; the archive should be made within ${countOf(limit, 'day')} of the first visit`,
    `${created.zh} ${c} 比${first.zh} ${f} 晚 ${days} 天，档案应在首次到店后 ${limit} 天内建立`);
}

export function findLateArchives(read: SheetRead | undefined, settings: Settings): Issue[] {
  return read ? read.rows.flatMap((row) => lateArchiveIssue(read, row, settings) ?? []) : [];
}
