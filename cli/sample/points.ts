// 积分 for the sample: members earn from spend and referrals, redeem some, and each customer's points match the ledger.
import { addDays, daysBetween } from '../../shared/dates';
import type { PointsKind } from '../../shared/enums';
import type { PointsEntry } from '../../shared/schema/points';
import { spendPoints } from '../../shared/rules/points-balance';
import type { Settings } from '../../shared/settings';
import { isMemberOn, type CustomerPlan, type Period } from './customers';
import type { Random } from './random';
import { PHOTO_STUDIO, type SampleBusiness } from './business';

interface Draft {
  customerId: string;
  date: string;
  kind: PointsKind;
  points: number;
  /** Yuan spent, on spend entries: their points follow from it and points.perYuan. */
  amount?: number;
  note: string;
  /** Same-day order: earnings, then redemptions, then a card recall clearing what is left. */
  rank: number;
}

function balanceOn(entries: readonly Draft[], date: string): number {
  return entries.filter((e) => e.date <= date).reduce((sum, e) => sum + e.points, 0);
}

/** Builds the ledger and writes each customer's balance into their points column. */
export function generatePoints(
  random: Random, plans: readonly CustomerPlan[], settings: Settings, period: Period, business: SampleBusiness = PHOTO_STUDIO,
): PointsEntry[] {
  const byId = new Map(plans.map((p) => [p.customer.id, p]));
  const ledgers = new Map<string, Draft[]>(plans.map((p) => [p.customer.id, []]));
  const add = (draft: Omit<Draft, 'rank'>, rank = 0): void => { ledgers.get(draft.customerId)!.push({ ...draft, rank }); };

  for (const plan of plans) {
    const c = plan.customer;
    if (!c.memberCardNo) continue;
    if (c.cardIssued! < period.from && isMemberOn(c, period.from)) {
      add({ customerId: c.id, date: period.from, kind: 'adjust', points: random.int(4, 60) * 50, note: '上年积分结转' });
    }
    for (const p of plan.purchases) {
      if (isMemberOn(c, p.date)) add({ customerId: c.id, date: p.date, kind: 'spend', points: spendPoints(p.amount, settings), amount: p.amount, note: `消费积分：${p.item}` });
    }
  }
  for (const plan of plans) {
    const referrer = plan.customer.referrerId ? byId.get(plan.customer.referrerId) : undefined;
    const date = plan.customer.firstVisit!;
    if (!referrer || date < period.from || !isMemberOn(referrer.customer, date)) continue;
    add({ customerId: referrer.customer.id, date, kind: 'referral', points: settings.points.perReferral, note: `介绍新客户 ${plan.customer.id}` });
  }

  for (const plan of plans) {
    const c = plan.customer;
    const ledger = ledgers.get(c.id)!;
    if (ledger.length > 0 && random.chance(0.35)) {
      const last = c.cardRecalled ? addDays(c.cardRecalled, -1) : period.to;
      const first = addDays([...ledger].sort((a, b) => (a.date < b.date ? -1 : 1))[0]!.date, 10);
      for (let n = random.int(1, 2); n > 0 && first <= last; n -= 1) {
        const date = addDays(first, random.int(0, daysBetween(first, last)));
        const affordable = [300, 500, 800, 1000, 2000, 3000, 5000].filter((v) => v <= balanceOn(ledger, date)
          && ledger.filter((e) => e.date > date).every((e) => balanceOn(ledger, e.date) - v >= 0));
        if (affordable.length === 0) continue;
        add({ customerId: c.id, date, kind: 'redeem', points: -random.pick(affordable), note: random.pick(business.redemptions) }, 1);
      }
    }
    if (c.cardRecalled && c.cardRecalled <= period.to) {
      const balance = balanceOn(ledger, c.cardRecalled);
      if (balance > 0) add({ customerId: c.id, date: c.cardRecalled, kind: 'adjust', points: -balance, note: '收卡，积分清零' }, 2);
    }
    c.points = ledger.reduce((sum, e) => sum + e.points, 0);
  }

  const all = [...ledgers.values()].flat().sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.rank - b.rank || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return all.map((e, i) => ({
    id: `JF${String(i + 1).padStart(5, '0')}`, customerId: e.customerId, date: e.date, kind: e.kind, points: e.points,
    ...(e.amount === undefined ? {} : { amount: e.amount }), note: e.note,
  }));
}
