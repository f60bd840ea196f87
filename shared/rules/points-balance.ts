// 积分 — a member's points balance from the ledger (never negative), and the points earned by spend and referrals.
import type { PointsEntry } from '../schema/points';
import type { Settings } from '../settings';

export interface PointsBalance {
  balance: number;
  /** The first entry after which the running balance fell below 0: a ledger error to fix. */
  firstNegative?: { id: string; date: string; balance: number };
}

/** Entries are summed in date-then-id order, so the same ledger always blames the same entry (only these three fields are read). */
export function pointsBalance(entries: readonly Pick<PointsEntry, 'id' | 'date' | 'points'>[]): PointsBalance {
  const ordered = [...entries].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  let balance = 0;
  let firstNegative: PointsBalance['firstNegative'];
  for (const entry of ordered) {
    balance += entry.points;
    if (balance < 0 && !firstNegative) firstNegative = { id: entry.id, date: entry.date, balance };
  }
  return firstNegative ? { balance, firstNegative } : { balance };
}

/** Rounded to 1e-9 before flooring so 0.29 × 100 gives 29, not 28. */
export function spendPoints(amount: number, settings: Settings): number {
  return Math.floor(Math.round(amount * settings.points.perYuan * 1e9) / 1e9);
}

export function referralPoints(count: number, settings: Settings): number {
  return count * settings.points.perReferral;
}
