// Ledger entries checked against the Settings' points rates: a referral earns points.perReferral, a spend floor(amount × points.perYuan).
import { issueAt, type Issue } from '../issue';
import type { Settings } from '../settings';
import type { ReadRow, SheetHead } from '../sheet/sheet-read';
import { referralPoints, spendPoints } from '../rules/points-balance';
import { countOf } from '../plural';
import { header, placeOf } from './place';

/** One ledger entry, as it is read. */
export function pointsRateIssue(head: SheetHead, row: ReadRow, settings: Settings): Issue | undefined {
  const v = row.values;
  if (typeof v['points'] !== 'number') return undefined;
  if (v['kind'] === 'referral') {
    const expected = referralPoints(1, settings);
    if (v['points'] === expected) return undefined;
    const points = header(head, 'points');
    return issueAt(placeOf(head, row, 'points'), 'referral-points-rate',
      `${points.en} is ${v['points']} but a referral earns ${countOf(expected, 'point')} (Settings: points per referred customer)`,
      `${points.zh}为 ${v['points']}，但每介绍一位客户应得 ${expected} 积分（设置：每介绍一位客户积分）`);
  }
  if (v['kind'] === 'spend' && typeof v['amount'] === 'number') {
    const expected = spendPoints(v['amount'], settings);
    if (v['points'] === expected) return undefined;
    const [points, amount] = [header(head, 'points'), header(head, 'amount')];
    const rate = settings.points.perYuan;
    return issueAt(placeOf(head, row, 'points'), 'spend-points-rate',
      `${points.en} is ${v['points']} but ${amount.en} ${v['amount']} × ${rate} points per yuan earns ${expected} (whole points, rounded down)`,
      `${points.zh}为 ${v['points']}，但${amount.zh} ${v['amount']} × 每元 ${rate} 积分应得 ${expected} 积分（不足 1 分的舍去）`);
  }
  return undefined;
}

