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

/** Each month's sections, per dataset and settings: a month is built for its own report and again as the next one's "before". */
const built = new WeakMap<ReportData, WeakMap<Settings, Map<string, Sections>>>();

function sections(data: ReportData, month: string, settings: Settings, options: ReportOptions): Sections {
  let bySettings = built.get(data);
  if (!bySettings) built.set(data, (bySettings = new WeakMap()));
  let byKey = bySettings.get(settings);
  if (!byKey) bySettings.set(settings, (byKey = new Map()));
  const key = `${month}|${options.minGroupSize}|${options.pseudonymiseAgents}|${options.nameTrainees === true}|${options.pseudonymKey ?? ''}`;
  const known = byKey.get(key);
  if (known) return known;
  const fresh = summarise(data, month, settings, options);
  byKey.set(key, fresh);
  return fresh;
}

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

export function buildMonthReport(data: ReportData, month: string, settings: Settings, options: ReportOptions): MonthReport {
  const current = sections(data, month, settings, options);
  const before = previousMonth(month);
  const previousHeadline = dataMonths(data).includes(before)
    ? headlineOf(before, sections(data, before, settings, options))
    : undefined;
  const { from, to } = monthRange(month);
  return { month, from, to, headline: headlineOf(month, current), previousHeadline, ...current };
}
