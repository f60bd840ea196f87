// Ids that must exist in another sheet: a call's customer, a complaint follow-up's complaint, a referrer — checked as rows pass.
import { issueAt, type Issue } from '../issue';
import { SHEETS } from '../schema';
import type { SheetName } from '../schema/types';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { keptText } from '../sheet/kept-text';
import { createIdSet, type IdSet } from './id-set';
import { header, placeOf } from './place';

interface Target {
  ids: IdSet;
  /** Set once every row of the sheet has passed: a reference can then be judged at once. */
  complete: boolean;
}

/**
 * References of one column into a sheet not yet read whole (a referrer further down, a points entry before the customers),
 * judged once that sheet is: their lines and values only, in order.
 */
interface Pending {
  head: SheetHead;
  key: string;
  lines: number[];
  values: (string | number | boolean)[];
}

/** A column that refers to another sheet; `waiting`: its references kept until that sheet is read whole. */
interface ReferringColumn { key: string; name: SheetName; target: Target; waiting?: Pending }
interface Plan { own?: IdSet; columns: ReferringColumn[] }

export interface ReferenceCheck {
  /**
   * The row function for one sheet's rows, in order, with what is per sheet (where its ids go, its referring columns) looked
   * up once: each row's ids are recorded, its references checked or kept pending.
   */
  rowsOf(head: SheetHead): (row: ReadRow) => void;
  /** The sheet's rows have all passed: the references waiting for it are judged and let go. */
  complete(name: SheetName): void;
  /** The references still pending (into sheets that never completed), judged now that every sheet is read. */
  end(): void;
}

/** present: the sheets that are read; a reference into an absent sheet cannot be judged. Only ids (a Set per target) are kept. */
export function createReferenceCheck(present: ReadonlySet<SheetName>, issues: Issue[]): ReferenceCheck {
  const targets = new Map<SheetName, Target>();
  const byCase = new Map<SheetName, Map<string, string>>();
  /** Per target sheet, its pending references by referring column. */
  const pending = new Map<SheetName, Pending[]>();
  const targetOf = (name: SheetName): Target => {
    let target = targets.get(name);
    if (!target) targets.set(name, target = { ids: createIdSet(), complete: false });
    return target;
  };
  const judge = (head: SheetHead, line: number, key: string, value: string | number | boolean, targetName: SheetName): void => {
    const target = targetOf(targetName);
    if (target.ids.has(String(value))) return;
    const { en, zh } = SHEETS.find((s) => s.name === targetName)!;
    const name = header(head, key);
    // Ids are unique ignoring case (duplicates.ts) and the sheet's COUNTIF matches them ignoring case; a reference must match exactly.
    let cased = byCase.get(targetName);
    if (!cased) byCase.set(targetName, cased = new Map([...target.ids.values()].map((id) => [id.trim().toLowerCase(), id])));
    const meant = cased.get(String(value).trim().toLowerCase());
    if (meant !== undefined) {
      issues.push(issueAt(placeOf(head, { line }, key), 'unknown-reference',
        `${name.en} "${value}" differs from ${en} id "${meant}" only in letter case; write it exactly as "${meant}"`,
        `${name.zh}"${value}"与${zh}中的编号"${meant}"只差大小写，请写成"${meant}"`));
      return;
    }
    issues.push(issueAt(placeOf(head, { line }, key), 'unknown-reference',
      `${name.en} "${value}" is not in the ${en} sheet (${zh}); add that row there or correct the id`,
      `${name.zh}"${value}"在${zh}表中不存在，请先在那里登记或更正编号`));
  };
  // Only sheets some present sheet refers to keep their ids (customers, complaints; never the calls).
  const referenced = new Set(SHEETS.filter((s) => present.has(s.name)).flatMap((s) => s.columns.flatMap((c) => (c.references ? [c.references] : []))));
  /** Per sheet read: where its own ids go (if any sheet refers to it) and its referring columns, worked out once. */
  const plans = new Map<SheetHead, Plan>();
  const planOf = (head: SheetHead): Plan => {
    const name = head.schema.name;
    const own = present.has(name) && referenced.has(name) ? targetOf(name).ids : undefined;
    const columns = head.schema.columns.filter((c) => c.references && present.has(c.references))
      .map((c): ReferringColumn => ({ key: c.key, name: c.references!, target: targetOf(c.references!) }));
    const plan = { own, columns };
    plans.set(head, plan);
    return plan;
  };
  const judgePending = (name: SheetName): void => {
    for (const { head, key, lines, values } of pending.get(name) ?? []) {
      for (let i = 0; i < lines.length; i++) judge(head, lines[i]!, key, values[i]!, name);
    }
    pending.delete(name);
    // A column that refers to this sheet waits no more: its later rows are judged as they pass.
    for (const plan of plans.values()) for (const column of plan.columns) if (column.name === name) column.waiting = undefined;
  };
  /** Values are ids (text) or numbers; a string is its own key, without a call to String per row. */
  const keyOf = (value: string | number | boolean): string => (typeof value === 'string' ? value : String(value));
  const rowsOf = (head: SheetHead): ((row: ReadRow) => void) => {
    const { own, columns } = plans.get(head) ?? planOf(head);
    return (row) => {
      const values = row.values;
      if (own) {
        const id = values['id'];
        const text = id === undefined ? '' : keyOf(id);
        if (!own.has(text)) own.add(keptText(text));
      }
      for (let i = 0; i < columns.length; i++) {
        const column = columns[i]!;
        const value = values[column.key];
        if (value === undefined || column.target.ids.has(keyOf(value))) continue;
        if (column.target.complete) {
          judge(head, row.line, column.key, value, column.name);
          continue;
        }
        if (!column.waiting) {
          column.waiting = { head, key: column.key, lines: [], values: [] };
          const list = pending.get(column.name);
          if (list) list.push(column.waiting);
          else pending.set(column.name, [column.waiting]);
        }
        column.waiting.lines.push(row.line);
        column.waiting.values.push(typeof value === 'string' ? keptText(value) : value);
      }
    };
  };
  return {
    rowsOf,
    complete(name) {
      targetOf(name).complete = true;
      judgePending(name);
    },
    end() {
      for (const name of [...pending.keys()]) judgePending(name);
    },
  };
}
