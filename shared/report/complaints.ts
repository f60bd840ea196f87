// 投诉 — a month's complaints as they stood at the month's end: received, closed, SLA, funnel, open by age, 12-month trend.
import { COMPLAINT_STAGE, type ComplaintStage } from '../enums';
import { toEpochMs } from '../dates';
import { STAGE_TIME_COLUMN, type Complaint } from '../schema/complaints';
import type { Settings } from '../settings';
import { summariseComplaints, type ComplaintSummary } from '../rules/complaint-sla';
import { figure } from './figure';
import { isInMonth, monthEnd, trailingMonths } from './months';
import type { Figure, ReportData, ReportOptions } from './types';

const TIME_KEYS = ['firstResponseAt', 'judgedAt', 'investigatedAt', 'proposedAt', 'implementedAt', 'reviewedAt', 'closedAt'] as const;

export interface ComplaintMonth {
  received: number;
  closed: number;
  summary: ComplaintSummary;
  open: { count: number; byAge: ComplaintSummary['openByAge'] };
  funnel: { stage: ComplaintStage; reached: number }[];
  trend: { month: string; received: number; closed: number; slaMet: Figure }[];
}

/** The complaint as the register showed it at `now`: later times unset, the stage rolled back to the last one reached by then. */
export function complaintAsOf(c: Complaint, now: string): Complaint {
  const limit = toEpochMs(now);
  const after = (iso: string | undefined) => iso !== undefined && toEpochMs(iso) > limit;
  const copy: Complaint = { ...c };
  for (const key of TIME_KEYS) if (after(c[key])) delete copy[key];
  // A judgement recorded later was not known yet.
  if (after(c.judgedAt)) delete copy.valid;
  if (after(c[STAGE_TIME_COLUMN[c.stage]] as string | undefined)) {
    const index = COMPLAINT_STAGE.findIndex((s) => s.key === c.stage);
    const earlier = COMPLAINT_STAGE.slice(0, index).reverse().find((s) => copy[STAGE_TIME_COLUMN[s.key]] !== undefined);
    copy.stage = earlier?.key ?? 'accept';
  }
  return copy;
}

function receivedIn(data: ReportData, month: string): Complaint[] {
  const now = monthEnd(month);
  return data.complaints.filter((c) => isInMonth(c.receivedAt, month)).map((c) => complaintAsOf(c, now));
}

function closedIn(data: ReportData, month: string): number {
  return data.complaints.filter((c) => c.closedAt && isInMonth(c.closedAt, month)).length;
}

function summaryOf(data: ReportData, month: string, settings: Settings): ComplaintSummary {
  const now = monthEnd(month);
  const limit = toEpochMs(now);
  const received = receivedIn(data, month);
  // Only calls that could close one of these loops, made by month end: the rule pairs every complaint with every call.
  const ids = new Set(received.map((c) => c.id));
  const customers = new Set(received.map((c) => c.customerId));
  const calls = data.calls.filter((c) =>
    ((c.complaintId !== undefined && ids.has(c.complaintId)) || (c.purpose === 'complaint-follow-up' && customers.has(c.customerId)))
    && toEpochMs(c.at) <= limit);
  return summariseComplaints(received, calls, settings, now);
}

export function summariseComplaintMonth(data: ReportData, month: string, settings: Settings, options: ReportOptions): ComplaintMonth {
  const now = monthEnd(month);
  const received = receivedIn(data, month);
  const summary = summaryOf(data, month, settings);

  const open = data.complaints
    .filter((c) => toEpochMs(c.receivedAt) <= toEpochMs(now))
    .map((c) => complaintAsOf(c, now))
    .filter((c) => !c.closedAt);
  const openSummary = summariseComplaints(open, [], settings, now);

  const funnel = COMPLAINT_STAGE.map(({ key: stage }) => ({
    stage,
    reached: received.filter((c) => c[STAGE_TIME_COLUMN[stage]] !== undefined).length,
  }));

  const trend = trailingMonths(month).map((m) => {
    const s = summaryOf(data, m, settings);
    return { month: m, received: s.count, closed: closedIn(data, m), slaMet: figure(s.sla.met, s.sla.met + s.sla.breached, options.minGroupSize) };
  });

  return {
    received: received.length,
    closed: closedIn(data, month),
    summary,
    open: { count: open.length, byAge: openSummary.openByAge },
    funnel,
    trend,
  };
}
