// Ledger entries checked against the Settings' points rates: a referral earns points.perReferral, a spend floor(amount × points.perYuan).
import { issueAt, type Issue } from '../issue';
import type { Settings } from '../settings';
import type { SheetRead } from '../sheet/sheet-read';
import { referralPoints, spendPoints } from '../rules/points-balance';
import { countOf } from '../plural';
import { header, placeOf } from './place';

export function findPointsRateMismatches(read: SheetRead, settings: Settings): Issue[] {
  const issues: Issue[] = [];
  const points = header(read, 'points');
  const amount = header(read, 'amount');
  for (const row of read.rows) {
    const v = row.values;
    if (typeof v['points'] !== 'number') continue;
    if (v['kind'] === 'referral') {
      const expected = referralPoints(1, settings);
      if (v['points'] === expected) continue;
      issues.push(issueAt(placeOf(read, row, 'points'), 'referral-points-rate',
        `${points.en} is ${v['points']} but a referral earns ${countOf(expected, 'point')} (Settings: points per referred customer)`,
        `${points.zh}为 ${v['points']}，但每介绍一位客户应得 ${expected} 积分（设置：每介绍一位客户积分）`));
    } else if (v['kind'] === 'spend' && typeof v['amount'] === 'number') {
      const expected = spendPoints(v['amount'], settings);
      if (v['points'] === expected) continue;
      const rate = settings.points.perYuan;
      issues.push(issueAt(placeOf(read, row, 'points'), 'spend-points-rate',
        `${points.en} is ${v['points']} but ${amount.en} ${v['amount']} × ${rate} points per yuan earns ${expected} (whole points, rounded down)`,
        `${points.zh}为 ${v['points']}，但${amount.zh} ${v['amount']} × 每元 ${rate} 积分应得 ${expected} 积分（不足 1 分的舍去）`));
    }
  }
  return issues;
}
