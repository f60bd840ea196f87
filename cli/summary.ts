// `kefu summary`: a month's figures as text or JSON, from a checked folder of CSV exports; problems as `kefu check` reports them.
import type { Lang } from '../shared/issue';
import { dataMonths } from '../shared/report/months';
import { isMonthText, latestEndedMonth, summariseMonth } from '../shared/report/summary';
import { formatMonthSummary } from '../shared/report/summary-text';
import { reportDataOf } from '../shared/report/report-input';
import { EXIT, reportWorkbook, type Output } from './check';
import { loadWorkbook } from '../load/load-workbook';
import { nextAfterSummary } from './next-step';

export interface SummaryOptions {
  json: boolean;
  lang: Lang;
  /** --month as typed; undefined for the newest month that has ended. */
  month: string | undefined;
  /** "Today" as an ISO date: the command's edge passes the clock (or KEFU_TODAY). */
  today: string;
}

export function runSummary(paths: readonly string[], options: SummaryOptions, io: Output): number {
  const zh = options.lang === 'zh';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    io.err(zh ? `kefu summary：今天的日期应写作 YYYY-MM-DD（KEFU_TODAY），而不是"${options.today}"`
      : `kefu summary: today must be YYYY-MM-DD (KEFU_TODAY), not "${options.today}"`);
    return EXIT.unusable;
  }
  if (options.month !== undefined && !isMonthText(options.month)) {
    io.err(zh ? `kefu summary：--month 应写作 YYYY-MM（如 2026-10），而不是"${options.month}"`
      : `kefu summary: --month must be YYYY-MM (e.g. 2026-10), not "${options.month}"`);
    return EXIT.unusable;
  }
  // The calls and the points ledger as tables of numbers, not a million kept rows (the figures read nothing else of them).
  const workbook = loadWorkbook(paths, { tables: true });
  // Figures from data with problems would be wrong: say what is wrong, exactly as kefu check does, and stop.
  if (workbook.unusable.length > 0 || workbook.issues.length > 0) return reportWorkbook(workbook, options, io);

  const data = reportDataOf(workbook);
  const months = dataMonths(data);
  const listed = months.length > 0 ? months.join(', ') : zh ? '无' : 'none';
  const month = options.month ?? latestEndedMonth(months, options.today);
  if (month === undefined) {
    io.err(zh ? `kefu summary：没有已结束且有数据的月份（今天 ${options.today}）；有数据的月份：${listed}`
      : `kefu summary: no month with data has ended yet (today is ${options.today}); months with data: ${listed}`);
    return EXIT.unusable;
  }
  if (!months.includes(month)) {
    io.err(zh ? `kefu summary：${month} 没有数据；有数据的月份：${listed}` : `kefu summary: ${month} has no data; months with data: ${listed}`);
    return EXIT.unusable;
  }
  const summary = summariseMonth(data, month, workbook.settings);
  io.out(options.json ? JSON.stringify(summary, null, 2) : formatMonthSummary(summary, options.lang));
  // JSON is read by programs; a person reading the text is told how to publish the month.
  if (!options.json && paths.length === 1) io.err(nextAfterSummary(paths[0]!, options.lang));
  return EXIT.clean;
}
