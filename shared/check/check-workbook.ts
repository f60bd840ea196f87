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
  const kept: Partial<Record<SheetName, SheetRead>> = {};
  const ledger = createLedgerCheck(settings);
  const customers = createCustomerCheck(settings, () => ledger.balances(), issues);
  /** Found as the rows pass, reported where the kept sheets' issues were (the order two issues at one cell come in). */
  const complaints: Issue[] = [];
  const add = (issue: Issue | undefined): void => {
    if (issue) issues.push(issue);
  };
  /**
   * Each sheet's row function, made when its first row comes: its duplicate and reference checks and its own checks chosen
   * once, so a row pays no lookup by sheet or by name.
   */
  const rowFunctions = new Map<SheetHead, (row: ReadRow) => void>();
  const rowsOf = (head: SheetHead): ((row: ReadRow) => void) => {
    const unique = createDuplicateCheck(head, issues);
    const refer = references.rowsOf(head);
    const own = sheetChecks(head);
    return (row) => {
      unique(row);
      refer(row);
      own(row);
    };
  };
  /** The checks of one sheet's own rules, chosen by its name once. */
  const sheetChecks = (head: SheetHead): ((row: ReadRow) => void) => {
    const name = head.schema.name;
    if (name === 'calls') {
      return (row) => {
        add(unreachedSatisfactionIssue(head, row));
        add(quietHourIssue(head, row, settings));
        for (const issue of callDateIssues(head, row)) issues.push(issue);
      };
    }
    if (name === 'customers') {
      return (row) => {
        customers.row(head, row);
        add(lateArchiveIssue(head, row, settings));
      };
    }
    if (name === 'points') return (row) => ledger.row(head, row);
    if (name === 'complaints') return (row) => complaints.push(...complaintIssues(head, row));
    // Calls, customers, points and complaints grow with the shop and are dropped once checked; the other sheets are a few hundred rows, kept.
    return (row) => {
      const sheet = kept[name] ??= { ...head, rows: [], rowCount: 0, issues: [] };
      sheet.rows.push(row);
      sheet.rowCount++;
    };
  };
  // Rows come a sheet at a time: the last sheet's row function is at hand without a lookup per row.
  let lastHead: SheetHead | undefined;
  let sheetRow: (row: ReadRow) => void = () => {};
  return {
    row(row, head) {
      if (head !== lastHead) {
        let rowOf = rowFunctions.get(head);
        if (!rowOf) rowFunctions.set(head, rowOf = rowsOf(head));
        [lastHead, sheetRow] = [head, rowOf];
      }
      sheetRow(row);
    },
    sheetDone(name) {
      references.complete(name);
      // A sheet's duplicates can only be within it: its index goes once its rows have passed.
      for (const head of rowFunctions.keys()) if (head.schema.name === name) rowFunctions.delete(head);
      if (lastHead?.schema.name === name) [lastHead, sheetRow] = [undefined, () => {}];
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
