// Ids that must exist in another sheet: a call's customer, a complaint follow-up's complaint, a referrer — checked as rows pass.
import { issueAt, type Issue } from '../issue';
import { SHEETS } from '../schema';
import type { SheetName } from '../schema/types';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { header, placeOf } from './place';

interface Target {
  ids: Set<string>;
  /** Set once every row of the sheet has passed: a reference can then be judged at once. */
  complete: boolean;
}

/** A reference into a sheet not yet read whole (a referrer further down, a points entry before the customers): judged at the end. */
interface Pending {
  head: SheetHead;
  line: number;
  key: string;
  value: string | number | boolean;
}

export interface ReferenceCheck {
  /** Each row of a sheet, in order: its ids are recorded, its references checked or kept pending. */
  row(head: SheetHead, row: ReadRow): void;
  /** The sheet's rows have all passed. */
  complete(name: SheetName): void;
  /** The pending references, judged now that every sheet is read. */
  end(): void;
}

/** present: the sheets that are read; a reference into an absent sheet cannot be judged. Only ids (a Set per target) are kept. */
export function createReferenceCheck(present: ReadonlySet<SheetName>, issues: Issue[]): ReferenceCheck {
  const targets = new Map<SheetName, Target>();
  const byCase = new Map<SheetName, Map<string, string>>();
  const pending: Pending[] = [];
  const targetOf = (name: SheetName): Target => {
    let target = targets.get(name);
    if (!target) targets.set(name, target = { ids: new Set(), complete: false });
    return target;
  };
  const judge = (head: SheetHead, line: number, key: string, value: string | number | boolean, targetName: SheetName): void => {
    const target = targetOf(targetName);
    if (target.ids.has(String(value))) return;
    const { en, zh } = SHEETS.find((s) => s.name === targetName)!;
    const name = header(head, key);
    // Ids are unique ignoring case (duplicates.ts) and the sheet's COUNTIF matches them ignoring case; a reference must match exactly.
    let cased = byCase.get(targetName);
    if (!cased) byCase.set(targetName, cased = new Map([...target.ids].map((id) => [id.trim().toLowerCase(), id])));
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
  const plans = new Map<SheetHead, { own?: Set<string>; columns: { key: string; name: SheetName; target: Target }[] }>();
  const planOf = (head: SheetHead) => {
    const name = head.schema.name;
    const own = present.has(name) && referenced.has(name) ? targetOf(name).ids : undefined;
    const columns = head.schema.columns.filter((c) => c.references && present.has(c.references))
      .map((c) => ({ key: c.key, name: c.references!, target: targetOf(c.references!) }));
    const plan = { own, columns };
    plans.set(head, plan);
    return plan;
  };
  return {
    row(head, row) {
      const plan = plans.get(head) ?? planOf(head);
      if (plan.own) plan.own.add(String(row.values['id'] ?? ''));
      for (let i = 0; i < plan.columns.length; i++) {
        const { key, name, target } = plan.columns[i]!;
        const value = row.values[key];
        if (value === undefined || target.ids.has(String(value))) continue;
        if (target.complete) judge(head, row.line, key, value, name);
        else pending.push({ head, line: row.line, key, value });
      }
    },
    complete(name) {
      targetOf(name).complete = true;
    },
    end() {
      for (const p of pending) judge(p.head, p.line, p.key, p.value, p.head.schema.columns.find((c) => c.key === p.key)!.references!);
    },
  };
}
