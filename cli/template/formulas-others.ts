// Excel formulas of the complaints register (age in whole hours, first-response SLA) and the training tests (pass or fail).
import { TRAINING_RESULT } from '../../shared/enums';
import { namedRange as n, text, type RowContext } from './row-context';

type Body = (r: RowContext) => string;

/** Seconds from receipt to the given end (a cell, or NOW() while empty), rounded so float noise never moves a boundary. */
function seconds(r: RowContext, endKey: string): string {
  return `ROUND((IF(${r.cell(endKey)}="",NOW(),${r.cell(endKey)})-${r.cell('receivedAt')})*86400,0)`;
}

export const COMPLAINT_FORMULAS: Record<string, Body> = {
  ageHours: (r) => `INT(${seconds(r, 'closedAt')}/3600)`,
  // Exactly the limit is met; unanswered, it is breached only once NOW() is past the limit.
  slaBreached: (r) => `${seconds(r, 'firstResponseAt')}>${n('complaint.firstResponseHours')}*3600`,
};

const result = (r: RowContext, key: 'pass' | 'fail'): string => text(TRAINING_RESULT.find((v) => v.key === key)![r.lang]);

export const TRAINING_FORMULAS: Record<string, Body> = {
  result: (r) => `IF(${r.cell('score')}>=${n('training.passMark')},${result(r, 'pass')},${result(r, 'fail')})`,
};
