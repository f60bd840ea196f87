// Checks across a whole workbook's sheets in one pass: each row goes by once; only ids, first lines and small sheets are kept.
import type { Issue } from '../issue';
import type { Settings } from '../settings';
import type { SheetName } from '../schema/types';
import type { ReadRow, SheetHead, SheetRead } from '../sheet/sheet-read';
import { SHEET_ORDER } from '../sheet/read-workbook';
import { createDuplicateCheck } from './duplicates';
import { createReferenceCheck } from './references';
import { complaintIssues, createCustomerCheck, findInconsistencies, unreachedSatisfactionIssue } from './consistency';
import { quietHourIssue } from './quiet-hours';
import { createLedgerCheck } from './points-ledger';
import { lateArchiveIssue } from './archive-build';
import { findBadNoteMonths } from './notes';
import { callDateIssues } from './call-dates';

export { SHEET_ORDER };

/** The sheets that grow with the shop: their rows are checked as they pass and then dropped (the others are a few hundred rows). */
const STREAMED: ReadonlySet<SheetName> = new Set(['calls', 'customers', 'points', 'complaints']);

export interface WorkbookCheck {
  /** Each row of a sheet as it is read, sheets in SHEET_ORDER. */
  row(row: ReadRow, head: SheetHead): void;
  /** Every row of the sheet has passed. */
  sheetDone(name: SheetName): void;
  /** The checks that need every sheet; all issues found. */
  finish(): Issue[];
}

/** present: the sheets the workbook holds (a reference into an absent sheet cannot be judged). */
export function createWorkbookCheck(present: ReadonlySet<SheetName>, settings: Settings): WorkbookCheck {
  const issues: Issue[] = [];
  const references = createReferenceCheck(present, issues);
  const duplicates = new Map<SheetHead, (row: ReadRow) => void>();
  const kept: Partial<Record<SheetName, SheetRead>> = {};
  const ledger = createLedgerCheck(settings);
  const customers = createCustomerCheck(settings, () => ledger.balances(), issues);
  /** Found as the rows pass, reported where the kept sheets' issues were (the order two issues at one cell come in). */
  const complaints: Issue[] = [];
  const add = (issue: Issue | undefined): void => {
    if (issue) issues.push(issue);
  };
  // Rows come a sheet at a time: the last sheet's duplicate check is at hand without a lookup per row.
  let lastHead: SheetHead | undefined;
  let unique: (row: ReadRow) => void = () => {};
  return {
    row(row, head) {
      if (head !== lastHead) {
        let check = duplicates.get(head);
        if (!check) duplicates.set(head, check = createDuplicateCheck(head, issues));
        [lastHead, unique] = [head, check];
      }
      unique(row);
      references.row(head, row);
      const name = head.schema.name;
      if (name === 'calls') {
        add(unreachedSatisfactionIssue(head, row));
        add(quietHourIssue(head, row, settings));
        for (const issue of callDateIssues(head, row)) issues.push(issue);
      } else if (name === 'customers') {
        customers.row(head, row);
        add(lateArchiveIssue(head, row, settings));
      } else if (name === 'points') {
        ledger.row(head, row);
      } else if (name === 'complaints') {
        complaints.push(...complaintIssues(head, row));
      }
      if (STREAMED.has(name)) return;
      const sheet = kept[name] ??= { ...head, rows: [], rowCount: 0, issues: [] };
      sheet.rows.push(row);
      sheet.rowCount++;
    },
    sheetDone(name) {
      references.complete(name);
      // A sheet's duplicates can only be within it: its index goes once its rows have passed.
      for (const head of duplicates.keys()) if (head.schema.name === name) duplicates.delete(head);
      if (lastHead?.schema.name === name) [lastHead, unique] = [undefined, () => {}];
      if (name === 'customers') customers.end();
    },
    finish() {
      references.end();
      customers.end();
      const ledgerIssues = ledger.issues();
      issues.push(...ledgerIssues.negative, ...complaints, ...findInconsistencies(kept, settings), ...ledgerIssues.rates);
      if (kept.notes) issues.push(...findBadNoteMonths(kept.notes));
      return issues;
    },
  };
}

/** Sheets already read (with their rows) checked in one pass, in SHEET_ORDER. */
export function checkWorkbook(sheets: Partial<Record<SheetName, SheetRead>>, settings: Settings): Issue[] {
  const check = createWorkbookCheck(new Set(SHEET_ORDER.filter((name) => sheets[name])), settings);
  for (const name of SHEET_ORDER) {
    const sheet = sheets[name];
    if (!sheet) continue;
    for (const row of sheet.rows) check.row(row, sheet);
    check.sheetDone(name);
  }
  return check.finish();
}
