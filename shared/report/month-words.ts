// The month in words (月度总结's opening paragraph): the published key figures and their change against last month, in zh or en.
import type { Lang } from '../issue';
import { monthRange } from './months';
import type { Headline, MonthReport } from './month-report';
import type { Figure } from './types';

/** One glossary name per metric, used by the words and by the site's labels alike. */
export const METRIC_NAMES = {
  csat: { zh: '满意率', en: 'satisfaction' },
  memberCoverage: { zh: '会员回访覆盖率', en: 'member follow-up coverage' },
  postServiceTimely: { zh: '回访及时率', en: 'follow-ups on time' },
  slaMet: { zh: '首次响应达标率', en: 'first response on time' },
  archiveCompleteness: { zh: '档案完整率', en: 'archive completeness' },
} as const;

type ShareKey = 'csat' | 'memberCoverage' | 'postServiceTimely' | 'slaMet';

/** What a share with no cases at all means, per metric: not "too few", simply nothing to measure. */
const NOTHING: Record<ShareKey, { zh: string; en: string }> = {
  csat: { zh: '没有满意度回答', en: 'no satisfaction answers' },
  memberCoverage: { zh: '没有会员', en: 'no members' },
  postServiceTimely: { zh: '没有到期的服务后回访', en: 'no post-service calls due' },
  slaMet: { zh: '没有到期的首次响应', en: 'no first responses due' },
};

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "10月" / "October"; the year is said only when it differs from the reference month's. */
export function monthWord(month: string, lang: Lang, reference = month): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const sameYear = month.slice(0, 4) === reference.slice(0, 4);
  if (lang === 'zh') return sameYear ? `${m}月` : `${y}年${m}月`;
  return sameYear ? EN_MONTHS[m - 1]! : `${EN_MONTHS[m - 1]} ${y}`;
}

/** A share as a page prints it: one decimal, "86.5%". */
export function percentWord(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** True when today falls inside the month: its report is partial, "截至 11月30日". */
export function isPartialMonth(month: string, today: string): boolean {
  const { from, to } = monthRange(month);
  const day = today.slice(0, 10);
  return day >= from && day <= to;
}

/** "截至 11月30日，本月尚未结束" / "partial: to 30 Nov", for a month still in progress. */
export function partialMonthWords(today: string, lang: Lang): string {
  const [, m, d] = today.slice(0, 10).split('-').map(Number) as [number, number, number];
  return lang === 'zh' ? `截至 ${m}月${d}日，本月尚未结束` : `partial: to ${d} ${EN_MONTHS[m - 1]!.slice(0, 3)}`;
}

function shareSentence(key: ShareKey, now: Figure, before: Headline | undefined, month: string, lang: Lang): string {
  const zh = lang === 'zh';
  const name = METRIC_NAMES[key][lang];
  if (now.suppressed) {
    if (now.n === 0) return NOTHING[key][lang];
    return zh ? `${name}样本太少，不予公布` : `${name}: too few to show`;
  }
  const head = zh ? `${name} ${percentWord(now.value)}` : `${name} ${percentWord(now.value)}`;
  if (!before) return zh ? `${head}（上月无数据）` : `${head} (no data last month)`;
  const was = before[key];
  const last = monthWord(before.month, lang, month);
  if (was.suppressed) {
    if (was.n === 0) return zh ? `${head}（${last}无样本，无从比较）` : `${head} (none in ${last} to compare)`;
    return zh ? `${head}（${last}样本太少，无从比较）` : `${head} (too few in ${last} to compare)`;
  }
  const delta = Math.round((now.value - was.value) * 1000) / 10;
  if (delta === 0) return zh ? `${head}，与${last}持平` : `${head}, the same as ${last}`;
  const amount = Math.abs(delta).toFixed(1);
  if (zh) return `${head}，比${last}${delta > 0 ? '高' : '低'} ${amount} 个百分点`;
  return `${head}, ${amount} points ${delta > 0 ? 'higher' : 'lower'} than ${last}`;
}

function countChange(before: number | undefined, beforeMonth: string | undefined, month: string, lang: Lang): string {
  if (before === undefined || beforeMonth === undefined) return lang === 'zh' ? '（上月无数据）' : ' (no data last month)';
  return lang === 'zh' ? `（${monthWord(beforeMonth, lang, month)} ${before} 件）` : ` (${before} in ${monthWord(beforeMonth, lang, month)})`;
}

/**
 * The month's opening paragraph. Only what the report publishes is quoted: a suppressed share is said to be too few,
 * an empty one to have nothing behind it; agents appear only in the needs-attention list, as the report names them.
 */
export function describeMonth(report: MonthReport, lang: Lang): string {
  const zh = lang === 'zh';
  const h = report.headline;
  const before = report.previousHeadline;
  const m = monthWord(report.month, lang);
  const shares = (['csat', 'memberCoverage', 'postServiceTimely'] as const).map((k) => shareSentence(k, h[k], before, report.month, lang));
  const complaints = zh
    ? `受理投诉 ${h.complaintsReceived} 件${countChange(before?.complaintsReceived, before?.month, report.month, lang)}，结案 ${h.complaintsClosed} 件；${shareSentence('slaMet', h.slaMet, before, report.month, lang)}`
    : `${h.complaintsReceived} complaints received${countChange(before?.complaintsReceived, before?.month, report.month, lang)}, ${h.complaintsClosed} closed; ${shareSentence('slaMet', h.slaMet, before, report.month, lang)}`;
  const agents = report.quality.agents.length;
  const qa = zh ? `质检 ${agents} 位客服中 ${h.qaFullBand} 位拿全额奖金` : `${h.qaFullBand} of ${agents} agents on the full QA bonus`;
  const archive = h.archiveCompleteness === undefined ? undefined
    : zh ? `${METRIC_NAMES.archiveCompleteness.zh} ${percentWord(h.archiveCompleteness)}（目标 ${percentWord(report.archive.target)}）`
      : `${METRIC_NAMES.archiveCompleteness.en} ${percentWord(h.archiveCompleteness)} (target ${percentWord(report.archive.target)})`;
  if (zh) return `${m}${shares.join('；')}。${complaints}。${qa}${archive ? `；${archive}` : ''}。`;
  const first = `In ${m}, ${shares.join('; ')}.`;
  return `${first} ${complaints[0]!.toUpperCase()}${complaints.slice(1)}. ${qa[0]!.toUpperCase()}${qa.slice(1)}${archive ? `; ${archive}` : ''}.`;
}
