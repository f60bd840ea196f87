// 投诉 — a month's complaints as they stood at the month's end: received, closed, first response, time to close, funnel, open by age, trend.
import { COMPLAINT_STAGE, type ComplaintStage } from '../enums';
import { toEpochMs } from '../dates';
import { STAGE_TIME_COLUMN, type Complaint } from '../schema/complaints';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';
import { hasFollowUpAfterClose, hoursToClose, summariseComplaints, type ComplaintSummary } from '../rules/complaint-sla';
import { median } from '../rules/stats';
import { figure, medianFigure, shownPart } from './figure';
import { onceFor } from './month-memo';
import { monthEnd, trailingMonths } from './months';
import { monthOf } from '../dates';
import type { Figure, ReportData, ReportOptions } from './types';

const TIME_KEYS = ['firstResponseAt', 'judgedAt', 'investigatedAt', 'proposedAt', 'implementedAt', 'reviewedAt', 'closedAt'] as const;

export interface ComplaintMonth {
  /** Received in the month. */
  received: number;
  /** Closed in the month, whenever received. */
  closed: number;
  /** Open at month end, whenever received. */
  open: number;
  openByAge: ComplaintSummary['openByAge'];
  /** Received in the month whose first response was settled by month end: answered, or unanswered past the limit. */
  firstResponseDue: number;
  /** Of those, answered within the limit (exactly the limit counts as met). */
  firstResponseMet: number;
  /** Received in the month, unanswered at month end, the limit not yet passed: neither met nor late. */
  firstResponsePending: number;
  /** Exact median hours from receipt to closing over the complaints closed in the month; undefined when none closed. */
  medianHoursToClose: number | undefined;
  /** Closed in the month with a follow-up call after closing by month end. */
  closedWithFollowUp: number;
  /** What a page may show: each figure hides itself under report.minGroupSize. */
  published: {
    firstResponseMet: Figure; medianHoursToClose: Figure; closedWithFollowUp: Figure; valid: Figure;
    /** The largest category's share of the month's complaints (the Pareto's top bar), under the same rule. */
    topCategory: Figure;
    /** The counts behind two of those shares, undefined where the share is suppressed. */
    parts: { closedWithFollowUp: number | undefined; valid: number | undefined };
    /** Enough complaints behind a "most" to draw the Pareto by category (see showsPareto). */
    pareto: boolean;
  };
  /** The complaints received in the month, as they stood at month end. */
  summary: ComplaintSummary;
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

/** Five categories of one complaint each have no "most": a Pareto needs report.minGroupSize complaints, and at least one. */
export function showsPareto(complaints: number, minGroupSize: number): boolean {
  return complaints > 0 && complaints >= minGroupSize;
}

/** The register grouped once per dataset: by month received and closed, and the calls that could close each loop. */
interface ComplaintIndex {
  received: Map<string, Complaint[]>;
  closed: Map<string, Complaint[]>;
  callsByComplaint: Map<string, Call[]>;
  followUpCallsByCustomer: Map<string, Call[]>;
}

const indexes = new WeakMap<ReportData, ComplaintIndex>();

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

function complaintIndex(data: ReportData): ComplaintIndex {
  const known = indexes.get(data);
  if (known) return known;
  const index: ComplaintIndex = { received: new Map(), closed: new Map(), callsByComplaint: new Map(), followUpCallsByCustomer: new Map() };
  for (const c of data.complaints) {
    push(index.received, monthOf(c.receivedAt), c);
    if (c.closedAt) push(index.closed, monthOf(c.closedAt), c);
  }
  for (const call of data.calls) {
    if (call.complaintId !== undefined) push(index.callsByComplaint, call.complaintId, call);
    if (call.purpose === 'complaint-follow-up') push(index.followUpCallsByCustomer, call.customerId, call);
  }
  indexes.set(data, index);
  return index;
}

/** Each complaint with its received and closed instants, once per register: every month asks which were open. */
interface Timed {
  complaint: Complaint;
  received: number;
  closed: number | undefined;
}

const timedRegisters = new WeakMap<readonly Complaint[], { timed: Timed[]; open: Map<string, Complaint[]> }>();

function timedRegister(complaints: readonly Complaint[]): { timed: Timed[]; open: Map<string, Complaint[]> } {
  let known = timedRegisters.get(complaints);
  if (!known) {
    const timed = complaints.map((c) => ({ complaint: c, received: toEpochMs(c.receivedAt), closed: c.closedAt ? toEpochMs(c.closedAt) : undefined }));
    timedRegisters.set(complaints, (known = { timed, open: new Map() }));
  }
  return known;
}

/** The complaints open at `now` as the register showed them then: received by then and not closed by then (once per instant). */
export function openAt(complaints: readonly Complaint[], now: string): Complaint[] {
  const register = timedRegister(complaints);
  let open = register.open.get(now);
  if (!open) {
    const limit = toEpochMs(now);
    open = register.timed.filter((t) => t.received <= limit && (t.closed === undefined || t.closed > limit)).map((t) => complaintAsOf(t.complaint, now));
    register.open.set(now, open);
  }
  return [...open];
}

const receivedMemo = new WeakMap<ReportData, Map<string, Complaint[]>>();

/** Received in the month, as they stood at its end: once per month (the month's section and its trend both ask). */
function receivedIn(data: ReportData, month: string): readonly Complaint[] {
  let byMonth = receivedMemo.get(data);
  if (!byMonth) receivedMemo.set(data, (byMonth = new Map()));
  let received = byMonth.get(month);
  if (!received) {
    const now = monthEnd(month);
    byMonth.set(month, (received = (complaintIndex(data).received.get(month) ?? []).map((c) => complaintAsOf(c, now))));
  }
  return received;
}

/** Closed in the month, whenever received. */
function closedIn(data: ReportData, month: string): Complaint[] {
  return complaintIndex(data).closed.get(month) ?? [];
}

/** Each complaint's own calls that could close its loop, made by `now`: the rule would otherwise pair every complaint with every call. */
function callsAbout(data: ReportData, now: string): (c: Complaint) => Call[] {
  const limit = toEpochMs(now);
  const index = complaintIndex(data);
  return (c) => {
    const own = index.callsByComplaint.get(c.id) ?? [];
    const followUps = c.customerId !== undefined ? index.followUpCallsByCustomer.get(c.customerId) ?? [] : [];
    return [...own, ...followUps].filter((call) => toEpochMs(call.at) <= limit);
  };
}

function summaryOf(data: ReportData, month: string, settings: Settings): ComplaintSummary {
  const now = monthEnd(month);
  return summariseComplaints(receivedIn(data, month), callsAbout(data, now), settings, now);
}

export function summariseComplaintMonth(data: ReportData, month: string, settings: Settings, options: ReportOptions): ComplaintMonth {
  const now = monthEnd(month);
  const min = options.minGroupSize;
  const received = receivedIn(data, month);
  const summary = summaryOf(data, month, settings);
  const { met, breached, pending } = summary.sla;

  const open = openAt(data.complaints, now);
  const openSummary = summariseComplaints(open, [], settings, now);

  const closed = closedIn(data, month);
  const hours = closed.map((c) => hoursToClose(c)!);
  const about = callsAbout(data, now);
  const followed = closed.filter((c) => hasFollowUpAfterClose(c, about(c))).length;

  const followedShare = figure(followed, closed.length, min);
  const validShare = figure(summary.valid.count, summary.count, min);
  const funnel = COMPLAINT_STAGE.map(({ key: stage }) => ({
    stage,
    reached: received.filter((c) => c[STAGE_TIME_COLUMN[stage]] !== undefined).length,
  }));

  const trend = trailingMonths(month).map((m) => onceFor(data, settings, `complaints|${min}|${m}`, () => {
    const s = m === month ? summary : summaryOf(data, m, settings);
    return { month: m, received: s.count, closed: closedIn(data, m).length, slaMet: figure(s.sla.met, s.sla.met + s.sla.breached, min) };
  }));

  return {
    received: received.length,
    closed: closed.length,
    open: open.length,
    openByAge: openSummary.openByAge,
    firstResponseDue: met + breached,
    firstResponseMet: met,
    firstResponsePending: pending,
    medianHoursToClose: median(hours),
    closedWithFollowUp: followed,
    published: {
      firstResponseMet: figure(met, met + breached, min),
      medianHoursToClose: medianFigure(hours, min),
      closedWithFollowUp: followedShare,
      valid: validShare,
      topCategory: figure(summary.byCategory[0]?.count ?? 0, summary.count, min),
      parts: { closedWithFollowUp: shownPart(followedShare, followed), valid: shownPart(validShare, summary.valid.count) },
      pareto: showsPareto(summary.count, min),
    },
    summary,
    funnel,
    trend,
  };
}
