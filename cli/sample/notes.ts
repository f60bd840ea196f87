// 月度备注 for the sample: the supervisor's own words on the last two months of the period (fictional, naming no customer).
import { previousMonth, monthOf } from '../../shared/dates';
import type { Note } from '../../shared/schema';

/** One note for the period's last month and one for the month before it; the other months have none, as in a real workbook. */
export function generateNotes(period: { to: string }): Note[] {
  const last = monthOf(period.to);
  return [
    { month: previousMonth(last), text: '新人开始实操，由老客服带教，回访量略有下降，属正常情况。' },
    { month: last, text: '旺季订单多，取件后的二次回访有积压；下月起每天下午固定一小时集中回访。' },
  ];
}
