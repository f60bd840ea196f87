// `kefu summary` — one month's exact figures (the shop's own file, never published), from the month report and the rules.
import { monthOf } from '../dates';
import type { Tier } from '../enums';
import type { BonusBand } from '../rules/qa-points';
import type { TrainingStatus } from '../rules/training-outcome';
import type { Settings } from '../settings';
import { buildMonthReport } from './month-report';
import type { ReportData } from './types';

export type SummaryBand = 'full' | 'standard' | 'minus50' | 'minus100' | 'none';
export type SummaryTrainingStatus = TrainingStatus;

export interface MonthSummary {
  month: string;
  /** rate = satisfied ÷ responses as a fraction 0–1; null without responses. */
  satisfaction: { responses: number; satisfied: number; rate: number | null };
  followUps: {
    postServiceDue: number; postServiceOnTime: number;
    /** The first after-sales call (3–7 days) for shops with after-sales stages; null for the others. */
    afterSalesDue: number | null; afterSalesOnTime: number | null;
    secondMissedCustomers: number; secondDueCustomers: number;
  };
  complaints: {
    received: number; closed: number; open: number; firstResponseDue: number; firstResponseMet: number;
    /** Over complaints closed in the month; null when none closed. */
    medianHoursToClose: number | null;
  };
  quality: { agents: { agent: string; points: number; band: SummaryBand }[] };
  training: { trainees: { cohort: string; trainee: string; status: SummaryTrainingStatus }[] };
  customers: { total: number; tiers: Record<Tier, number> };
}

const BAND: Record<BonusBand, SummaryBand> = { full: 'full', standard: 'standard', 'minus-50': 'minus50', 'minus-100': 'minus100', none: 'none' };

/** The core's band for a summary band (the JSON spells them without the hyphen, as the issue asked). */
export const CORE_BAND = Object.fromEntries(Object.entries(BAND).map(([core, band]) => [band, core])) as Record<SummaryBand, BonusBand>;

/** A "YYYY-MM" month with a real month number; anything else is not a month. */
export function isMonthText(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The newest month with data that has ended by today (its last day is before today); undefined when none has. */
export function latestEndedMonth(months: readonly string[], today: string): string | undefined {
  const current = monthOf(today);
  return [...months].sort().filter((m) => m < current).at(-1);
}

export function summariseMonth(data: ReportData, month: string, settings: Settings): MonthSummary {
  const report = buildMonthReport(data, month, settings, { minGroupSize: settings.report.minGroupSize, pseudonymiseAgents: false, nameTrainees: true });
  const { csat } = report.satisfaction;
  return {
    month,
    satisfaction: { responses: csat.answered, satisfied: csat.satisfied, rate: csat.answered === 0 ? null : csat.satisfied / csat.answered },
    followUps: {
      postServiceDue: report.followUps.postServiceDue,
      postServiceOnTime: report.followUps.postServiceOnTime,
      afterSalesDue: report.followUps.afterSales?.due ?? null,
      afterSalesOnTime: report.followUps.afterSales?.onTime ?? null,
      secondMissedCustomers: report.followUps.secondMissedCustomers,
      secondDueCustomers: report.followUps.secondDueCustomers,
    },
    complaints: {
      received: report.complaints.received,
      closed: report.complaints.closed,
      open: report.complaints.open,
      // An unanswered complaint whose limit has not passed by month end is pending: not yet due.
      firstResponseDue: report.complaints.firstResponseDue,
      firstResponseMet: report.complaints.firstResponseMet,
      medianHoursToClose: report.complaints.medianHoursToClose ?? null,
    },
    quality: { agents: report.quality.agents.map((a) => ({ agent: a.agent, points: a.points, band: BAND[a.band] })) },
    training: { trainees: report.training.trainees.map(({ cohort, trainee, status }) => ({ cohort, trainee, status })) },
    customers: {
      total: report.archive.customers,
      tiers: Object.fromEntries(report.archive.tierMix.map((t) => [t.tier, t.count])) as Record<Tier, number>,
    },
  };
}
