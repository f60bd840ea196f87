// 月度总结 — everything one month's page shows, with the headline figures of that month and the one before.
import { previousMonth } from '../dates';
import type { Settings } from '../settings';
import { summariseArchive, type ArchiveSummary } from './archive';
import { summariseComplaintMonth, type ComplaintMonth } from './complaints';
import { bareFigure } from './figure';
import { summariseFollowUps, type FollowUpSummary } from './follow-ups';
import { dataMonths, monthRange } from './months';
import { summariseQuality, type QualitySummary } from './quality';
import { summariseSatisfaction, type SatisfactionSummary } from './satisfaction';
import { summariseTraining, type TrainingSummary } from './training';
import type { Figure, ReportData, ReportOptions } from './types';

export interface Headline {
  month: string;
  csat: Figure;
  responses: number;
  memberCoverage: Figure;
  postServiceTimely: Figure;
  complaintsReceived: number;
  complaintsClosed: number;
  slaMet: Figure;
  /** Agents on the full bonus band. */
  qaFullBand: number;
  /** The newest cohort started by month end: how many of its trainees are confirmed; undefined before any training. */
  latestCohort: { cohort: string; trainees: number; confirmed: number } | undefined;
  /** Overall archive completeness; undefined when the archive is empty. */
  archiveCompleteness: number | undefined;
}

export interface MonthReport {
  month: string;
  from: string;
  to: string;
  headline: Headline;
  /** The calendar month before, or undefined when it holds no data (as for the first month). */
  previousHeadline: Headline | undefined;
  satisfaction: SatisfactionSummary;
  followUps: FollowUpSummary;
  complaints: ComplaintMonth;
  quality: QualitySummary;
  training: TrainingSummary;
  archive: ArchiveSummary;
}

type Sections = Pick<MonthReport, 'satisfaction' | 'followUps' | 'complaints' | 'quality' | 'training' | 'archive'>;

function summarise(data: ReportData, month: string, settings: Settings, options: ReportOptions): Sections {
  return {
    satisfaction: summariseSatisfaction(data, month, settings, options),
    followUps: summariseFollowUps(data, month, settings, options),
    complaints: summariseComplaintMonth(data, month, settings, options),
    quality: summariseQuality(data, month, settings, options),
    training: summariseTraining(data, month, settings, options),
    archive: summariseArchive(data, month, settings),
  };
}

function headlineOf(month: string, s: Sections): Headline {
  return {
    month,
    csat: bareFigure(s.satisfaction.csat),
    responses: s.satisfaction.csat.answered,
    memberCoverage: bareFigure(s.followUps.memberCoverage),
    postServiceTimely: bareFigure(s.followUps.postServiceTimely),
    complaintsReceived: s.complaints.received,
    complaintsClosed: s.complaints.closed,
    slaMet: s.complaints.published.firstResponseMet,
    qaFullBand: s.quality.agents.filter((a) => a.band === 'full').length,
    latestCohort: s.training.latest && { cohort: s.training.latest.cohort, trainees: s.training.latest.trainees, confirmed: s.training.latest.confirmed },
    archiveCompleteness: s.archive.completeness.overall.share,
  };
}

/**
 * The reports of `months` (ascending), in one pass: each month's sections are built once and serve as the next month's
 * "before"; a month before the first asked is built only for its headline, when it has data.
 */
export function buildMonthReports(data: ReportData, months: readonly string[], settings: Settings, options: ReportOptions): MonthReport[] {
  const withData = new Set(dataMonths(data));
  let last: { month: string; sections: Sections } | undefined;
  return months.map((month) => {
    const current = summarise(data, month, settings, options);
    const before = previousMonth(month);
    const previousHeadline = !withData.has(before) ? undefined
      : headlineOf(before, last?.month === before ? last.sections : summarise(data, before, settings, options));
    last = { month, sections: current };
    const { from, to } = monthRange(month);
    return { month, from, to, headline: headlineOf(month, current), previousHeadline, ...current };
  });
}

/** A month's headline figures alone (a store's row beside the combined one). */
export function buildHeadline(data: ReportData, month: string, settings: Settings, options: ReportOptions): Headline {
  return headlineOf(month, summarise(data, month, settings, options));
}

export function buildMonthReport(data: ReportData, month: string, settings: Settings, options: ReportOptions): MonthReport {
  return buildMonthReports(data, [month], settings, options)[0]!;
}
