// The month's figures as the short text a supervisor reads (月度数字), in Chinese or English.
import { BONUS_BAND, enumLabel, TIER, TRAINING_STATUS } from '../enums';
import type { Lang } from '../issue';
import { CORE_BAND, type MonthSummary, type SummaryBand } from './summary';

/** The band's label as the site and the sheet show it. */
const bandLabel = (band: SummaryBand, lang: Lang): string => enumLabel(BONUS_BAND, CORE_BAND[band], lang);


const percent = (value: number): string => `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
const customers = (n: number): string => `${n} customer${n === 1 ? '' : 's'}`;
const hours = (value: number): string => (Math.round(value * 10) / 10).toFixed(1);

export function formatMonthSummary(s: MonthSummary, lang: Lang): string {
  const zh = lang === 'zh';
  const sat = s.satisfaction;
  const f = s.followUps;
  const c = s.complaints;
  const rate = sat.rate === null ? '—' : percent(sat.rate);
  const median = c.medianHoursToClose === null ? '—' : hours(c.medianHoursToClose);
  const agents = s.quality.agents.map((a) => (zh ? `${a.agent} ${a.points} 分（${bandLabel(a.band, lang)}）` : `${a.agent} ${a.points} points (${bandLabel(a.band, lang)})`));
  const trainees = s.training.trainees.map((t) => (zh ? `${t.trainee}（${t.cohort}）${enumLabel(TRAINING_STATUS, t.status, 'zh')}` : `${t.trainee} (${t.cohort}) ${enumLabel(TRAINING_STATUS, t.status, 'en')}`));
  const tiers = TIER.map((t) => `${t[lang]} ${s.customers.tiers[t.key]}`);
  const none = zh ? '无' : 'none';
  const sep = zh ? '；' : '; ';
  return (zh ? [
    `${s.month} 月度数字`,
    `满意度：${rate}（满意 ${sat.satisfied} / 回答 ${sat.responses}）`,
    `服务后回访：本月到期 ${f.postServiceDue} 次，按时完成 ${f.postServiceOnTime} 次`,
    ...(f.afterSalesDue === null ? [] : [`售后首次回访：本月到期 ${f.afterSalesDue} 次，按时完成 ${f.afterSalesOnTime} 次`]),
    `二次回访：本月错过 ${f.secondMissedCustomers} 位客户，月末待回访 ${f.secondDueCustomers} 位`,
    `投诉：受理 ${c.received}，结案 ${c.closed}，月末未结 ${c.open}；首次响应按时 ${c.firstResponseMet} / ${c.firstResponseDue}；结案中位时长 ${median} 小时`,
    `质检：${agents.join(sep) || none}`,
    `培训：${trainees.join(sep) || none}`,
    `客户：${s.customers.total} 位（${tiers.join('，')}）`,
  ] : [
    `Figures for ${s.month}`,
    `Satisfaction: ${rate} (${sat.satisfied} satisfied of ${sat.responses} responses)`,
    `Post-service calls: ${f.postServiceDue} due this month, ${f.postServiceOnTime} on time`,
    ...(f.afterSalesDue === null ? [] : [`First after-sales calls: ${f.afterSalesDue} due this month, ${f.afterSalesOnTime} on time`]),
    `Second follow-ups: ${customers(f.secondMissedCustomers)} missed this month, ${f.secondDueCustomers} due at month end`,
    `Complaints: ${c.received} received, ${c.closed} closed, ${c.open} open at month end; first response on time ${c.firstResponseMet} of ${c.firstResponseDue}; median ${median} hours to close`,
    `QA: ${agents.join(sep) || none}`,
    `Training: ${trainees.join(sep) || none}`,
    `Customers: ${s.customers.total} (${tiers.join(', ')})`,
  ]).join('\n');
}
