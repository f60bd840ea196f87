// The points ledger checked as its rows pass: rates per entry; balances and the first negative from each customer's entries kept small.
import { issueAt, type Issue } from '../issue';
import type { Settings } from '../settings';
import { isRecordOf } from '../sheet/records';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { pointsBalance } from '../rules/points-balance';
import { pointsRateIssue } from './points-rates';
import { placeOf } from './place';

/** What the balance needs of an entry, and its line for the issue: never the row (its note, kind, amount). */
interface Entry {
  id: string;
  date: string;
  points: number;
  line: number;
}

export interface LedgerCheck {
  /** Each row of the points sheet, in order. */
  row(head: SheetHead, row: ReadRow): void;
  /** Each customer's balance; undefined until a whole entry has passed (no ledger to compare with). */
  balances(): Map<string, number> | undefined;
  /** Entries that take a balance below 0, then entries whose points disagree with the Settings' rates. */
  issues(): { negative: Issue[]; rates: Issue[] };
}

export function createLedgerCheck(settings: Settings): LedgerCheck {
  /** A customer's whole entries (an entry whose required cell did not read has an issue already), by first appearance. */
  const byCustomer = new Map<string, Entry[]>();
  const rates: Issue[] = [];
  let head: SheetHead | undefined;
  let balances: Map<string, number> | undefined;
  return {
    row(sheet, row) {
      head = sheet;
      const rate = pointsRateIssue(sheet, row, settings);
      if (rate) rates.push(rate);
      const v = row.values;
      if (!isRecordOf('points', sheet.schema, v)) return;
      const entry: Entry = { id: v.id, date: v.date, points: v.points, line: row.line };
      const entries = byCustomer.get(v.customerId);
      if (entries) entries.push(entry);
      else byCustomer.set(v.customerId, [entry]);
    },
    balances() {
      if (!balances && byCustomer.size > 0) balances = new Map([...byCustomer].map(([id, entries]) => [id, pointsBalance(entries).balance]));
      return balances;
    },
    issues() {
      const negative: Issue[] = [];
      for (const [customerId, entries] of byCustomer) {
        const { firstNegative } = pointsBalance(entries);
        if (!firstNegative) continue;
        // The first entry in the file with that id, as the rows were searched before.
        const entry = entries.find((e) => e.id === firstNegative.id)!;
        negative.push(issueAt(placeOf(head!, entry, 'points'), 'points-negative',
          `this entry takes customer ${customerId}'s points balance to ${firstNegative.balance}; a balance can never be negative`,
          `此笔使客户 ${customerId} 的积分余额变为 ${firstNegative.balance}，积分余额不能为负`));
      }
      return { negative, rates };
    },
  };
}
