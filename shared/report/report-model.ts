// Every figure every page shows, as plain JSON: small groups suppressed and staff pseudonymised here, so a page only lays it out.
import type { Bilingual, Lang } from '../issue';
import type { ComplaintSummary } from '../rules/complaint-sla';
import type { ComplaintMonth } from './complaints';
import { bareFigure } from './figure';
import type { FollowUpSummary } from './follow-ups';
import type { SatisfactionSummary } from './satisfaction';
import type { TrainingSummary } from './training';
import type { Figure } from './types';
import type { Settings } from '../settings';
import type { LeftOut } from './leave-out';
import { buildHeadline, buildMonthReports, type MonthReport } from './month-report';
import { describeMonth, isPartialMonth, partialMonthWords } from './month-words';
import { listNeedsAttention, type NeedsAttention } from './needs-attention';
import type { ReportInput } from './report-input';
import { publishStoreHeadlines, type StoreHeadline } from './store-headlines';
import { summariseCohorts, type CohortSummary } from './training';

/**
 * A month's report as a page may show it: the exact counts and shares `kefu summary` needs (on time, met, covered, the
 * exact median, how the answers split under a hidden share) and the exact trainee list are left out, the published
 * figures standing in for them; trends start at the first month with data (months before it would be empty, not low).
 */
export type PublishedMonthReport = Omit<MonthReport, 'satisfaction' | 'followUps' | 'complaints' | 'training'> & {
  satisfaction: Omit<SatisfactionSummary, 'csat'> & { csat: PublishedCsat };
  followUps: Omit<FollowUpSummary, 'postServiceOnTime' | 'memberCoverage' | 'afterSales'> & {
    memberCoverage: Figure & { members: number };
    afterSales: { due: number; timely: Figure } | undefined;
  };
  complaints: Omit<ComplaintMonth, 'firstResponseMet' | 'medianHoursToClose' | 'closedWithFollowUp' | 'summary'> & {
    /** The month's complaints by category, stage and age: counts only (the shares are under published). */
    summary: Pick<ComplaintSummary, 'count' | 'closed' | 'byCategory' | 'byStage' | 'openByAge'>;
  };
  training: Omit<TrainingSummary, 'trainees'>;
};

/** The month's satisfaction: how the answers split only where the share itself is shown. */
export type PublishedCsat = Extract<SatisfactionSummary['csat'], { suppressed: false }> | { n: number; suppressed: true; answered: number };

export interface MonthPage {
  report: PublishedMonthReport;
  /** The calendar months before and after that have data, for the month navigation. */
  previous: string | undefined;
  next: string | undefined;
  /** "截至 11月30日，本月尚未结束" for a month still in progress on the build's today; undefined once it has ended. */
  partial: Bilingual | undefined;
  /** 本月概况: the month's opening paragraph. */
  inWords: Bilingual;
  /** 需要跟进; open complaints aged to today while the month is in progress. */
  attention: NeedsAttention;
  /** The supervisor's 月度备注, as written. */
  notes: string[];
  /** Each agent's QA points in the month before, when that month has data (for the per-agent change). */
  pointsBefore: { month: string; agents: { agent: string; points: number }[] } | undefined;
}

export interface ReportModel {
  /** Every month with data, ascending. */
  months: string[];
  /** The month the overview and topic pages show (KEFU_MONTH, else the newest ended month with data). */
  reportMonth: string | undefined;
  /** Data rows the report was built from. */
  rows: number;
  minGroupSize: number;
  /** Trainees and mentors by name (KEFU_NAME_TRAINEES=1); by default as 学员 1 … and 客服 A …. */
  nameTrainees: boolean;
  /** The shop's Settings (thresholds, lists, shop name): the pages quote them; they hold no one's data. */
  settings: Settings;
  leftOut: LeftOut;
  /** A multi-store export's stores, with each store's headline of the report month under complementary suppression. */
  stores: { labels: string[]; settingsDiffer: boolean; headlines: StoreHeadline[] };
  /** One page per month with data, ascending (as months). */
  pages: MonthPage[];
  /** Every cohort started by the end of the newest month with data, as at that month, oldest first. */
  cohorts: { month: string | undefined; cohorts: CohortSummary[] };
}

function publishMonthReport(report: MonthReport, firstMonth: string): PublishedMonthReport {
  const since = <T extends { month: string }>(trend: readonly T[]): T[] => trend.filter((t) => t.month >= firstMonth);
  const { csat } = report.satisfaction;
  const { postServiceOnTime: _p, memberCoverage, afterSales, ...followUps } = report.followUps;
  const { firstResponseMet: _f, medianHoursToClose: _m, closedWithFollowUp: _c, summary, ...complaints } = report.complaints;
  const { trainees: _t, ...training } = report.training;
  return {
    ...report,
    satisfaction: {
      ...report.satisfaction,
      csat: csat.suppressed ? { n: csat.n, suppressed: true, answered: csat.answered } : csat,
      trend: since(report.satisfaction.trend),
    },
    followUps: {
      ...followUps,
      memberCoverage: { ...bareFigure(memberCoverage), members: memberCoverage.members },
      afterSales: afterSales && { due: afterSales.due, timely: afterSales.timely },
      trend: since(followUps.trend),
    },
    complaints: {
      ...complaints,
      summary: { count: summary.count, closed: summary.closed, byCategory: summary.byCategory, byStage: summary.byStage, openByAge: summary.openByAge },
      trend: since(complaints.trend),
    },
    training,
  };
}

const bilingual = (say: (lang: Lang) => string): Bilingual => ({ zh: say('zh'), en: say('en') });

/** The whole report, built once from the checked rows. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { data, settings, options, months, today } = input;
  const reports = buildMonthReports(data, months, settings, options);
  const pages = reports.map((report, i): MonthPage => {
    const month = report.month;
    const partial = isPartialMonth(month, today);
    const before = i > 0 && report.previousHeadline?.month === months[i - 1] ? reports[i - 1] : undefined;
    return {
      report: publishMonthReport(report, months[0]!),
      previous: months[i - 1],
      next: months[i + 1],
      partial: partial ? bilingual((lang) => partialMonthWords(today, lang)) : undefined,
      inWords: bilingual((lang) => describeMonth(report, lang)),
      attention: listNeedsAttention(data, report, settings, partial ? `${today}T23:59:59` : undefined),
      notes: input.notes.get(month) ?? [],
      pointsBefore: before && { month: before.month, agents: before.quality.agents.map(({ agent, points }) => ({ agent, points })) },
    };
  });
  const reportMonth = input.reportMonth.month;
  const storeHeadlines = reportMonth === undefined ? []
    : input.stores.map((s) => buildHeadline(s.data, reportMonth, s.settings, options));
  const newest = months.at(-1);
  return {
    months,
    reportMonth,
    rows: input.rows,
    minGroupSize: options.minGroupSize,
    nameTrainees: options.nameTrainees === true,
    settings,
    leftOut: input.leftOut,
    stores: {
      labels: input.stores.map((s) => s.label),
      settingsDiffer: input.settingsDiffer,
      headlines: publishStoreHeadlines(storeHeadlines, options.minGroupSize),
    },
    pages,
    cohorts: { month: newest, cohorts: newest ? summariseCohorts(data, newest, settings, options) : [] },
  };
}

/** The page of a month with data. */
export function pageOf(model: ReportModel, month: string): MonthPage {
  const page = model.pages[model.months.indexOf(month)];
  if (!page) throw new Error(`no month ${month} in this report`);
  return page;
}
