// Live formulas of the complaints register: age in whole hours and the first-response SLA.
import { namedRange as n } from './names';
import type { RangeContext } from './ranges';

type Body = (r: RangeContext) => string;

/** Seconds from receipt to the given end (a range, or NOW()), rounded so float noise never moves a boundary. */
function seconds(r: RangeContext, endKey: string): string {
  return `ROUND((IF(${r.col(endKey)}="",NOW(),${r.col(endKey)})-${r.col('receivedAt')})*86400,0)`;
}

export const COMPLAINT_FORMULAS: Record<string, Body> = {
  ageHours: (r) => `INT(${seconds(r, 'closedAt')}/3600)`,
  // Exactly the limit is met; unanswered, it is breached only once NOW() is past the limit.
  slaBreached: (r) => `${seconds(r, 'firstResponseAt')}>${n('complaint.firstResponseHours')}*3600`,
};
