// Each month's MonthReport, built once per build, and the months around it for navigation.
import { buildMonthReport, type MonthReport } from '../../shared/report/month-report';
import { describeMonth, isPartialMonth, partialMonthWords } from '../../shared/report/month-words';
import { listNeedsAttention, type NeedsAttention } from '../../shared/report/needs-attention';
import type { Lang } from '../i18n';
import { siteData } from './site-data';

const reports = new Map<string, MonthReport>();

export function monthReport(month: string): MonthReport {
  let report = reports.get(month);
  if (!report) {
    const { data, settings, options } = siteData();
    report = buildMonthReport(data, month, settings, options);
    reports.set(month, report);
  }
  return report;
}

/** The month the overview and topic pages show: KEFU_MONTH, else the newest ended month with data; undefined without data. */
export function reportMonth(): string | undefined {
  return siteData().reportMonth.month;
}

/** "截至 11月30日，本月尚未结束" for a month still in progress today; undefined for an ended month. */
export function partialLabel(month: string, lang: Lang): string | undefined {
  const { today } = siteData();
  return isPartialMonth(month, today) ? partialMonthWords(today, lang) : undefined;
}

/** The month's paragraph and needs-attention list; open complaints are aged to today while the month is in progress. */
export function monthInWords(month: string, lang: Lang): { paragraph: string; attention: NeedsAttention } {
  const { data, settings, today } = siteData();
  const report = monthReport(month);
  const asOf = isPartialMonth(month, today) ? `${today}T23:59:59` : undefined;
  return { paragraph: describeMonth(report, lang), attention: listNeedsAttention(data, report, settings, asOf) };
}

export function neighbours(month: string): { previous: string | undefined; next: string | undefined } {
  const months = siteData().months;
  const i = months.indexOf(month);
  return { previous: i > 0 ? months[i - 1] : undefined, next: i >= 0 && i < months.length - 1 ? months[i + 1] : undefined };
}

/** The report of the month before, when that month has data (for per-agent changes). */
export function previousReport(month: string): MonthReport | undefined {
  const { previous } = neighbours(month);
  const report = monthReport(month);
  return previous && report.previousHeadline?.month === previous ? monthReport(previous) : undefined;
}

/** Trend points from the first month with data on: months before it would be empty, not low. */
export function sinceFirstMonth<T extends { month: string }>(trend: readonly T[]): T[] {
  const first = siteData().months[0];
  return first ? trend.filter((t) => t.month >= first) : [...trend];
}

const storeReports = new Map<string, MonthReport>();

/** One store's MonthReport, from its own rows and Settings (the combined figures come from monthReport). */
export function storeMonthReport(label: string, month: string): MonthReport {
  const key = `${label}\u0000${month}`;
  let report = storeReports.get(key);
  if (!report) {
    const { stores, options } = siteData();
    const store = stores.find((s) => s.label === label);
    if (!store) throw new Error(`no store "${label}" in this build`);
    report = buildMonthReport(store.data, month, store.settings, options);
    storeReports.set(key, report);
  }
  return report;
}
