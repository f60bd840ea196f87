// Calls whose service date lies after the call, or whose agreed dates lie before it (the rule in rules/call-dates).
import { issueAt, type Issue } from '../issue';
import type { Call } from '../schema/calls';
import type { SheetRead } from '../csv/read-sheet';
import { describeCallDateProblem, findCallDateProblems } from '../rules/call-dates';
import { header, placeOf } from './place';

export function findCallDateIssues(read: SheetRead): Issue[] {
  return read.rows.flatMap((row) => findCallDateProblems(row.values as Partial<Call>).map((p) => {
    const text = describeCallDateProblem(p, header(read, p.key));
    return issueAt(placeOf(read, row, p.key), p.code, text.en, text.zh);
  }));
}
