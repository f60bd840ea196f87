// Calls whose service date lies after the call, or whose agreed dates lie before it (the rule in rules/call-dates).
import { issueAt, type Issue } from '../issue';
import type { Call } from '../schema/calls';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { describeCallDateProblem, findCallDateProblems } from '../rules/call-dates';
import { header, placeOf } from './place';

const NONE: readonly Issue[] = [];

/** One call row's date problems, as the row passes. */
export function callDateIssues(head: SheetHead, row: ReadRow): readonly Issue[] {
  const v = row.values;
  // Most calls agree no date: nothing to compare, nothing to allocate.
  if (v['serviceDate'] === undefined && v['promisedAnswerDate'] === undefined && v['nextContactDate'] === undefined) return NONE;
  return findCallDateProblems(row.values as Partial<Call>).map((p) => {
    const text = describeCallDateProblem(p, header(head, p.key));
    return issueAt(placeOf(head, row, p.key), p.code, text.en, text.zh);
  });
}
