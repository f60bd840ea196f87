// 投诉 — a month's complaints as they stood at the month's end: received, closed, first response, time to close, funnel, open by age, trend.
import { COMPLAINT_STAGE, type ComplaintStage } from '../enums';
import { sweepCalls } from './call-sweep';
import { STAGE_TIME_COLUMN, type Complaint } from '../schema/complaints';
import type { Settings } from '../settings';
import { followUpAfterCloseAt, hoursToClose, summariseComplaints, type ComplaintSummary } from '../rules/complaint-sla';
import { median } from '../rules/stats';
import { figure, medianFigure, shownPart } from './figure';
import { onceFor } from './month-memo';
import { monthEnd, trailingMonths } from './months';
import { monthOf, toEpochMs } from '../dates';
import type { Figure, ReportData, ReportOptions } from './types';
import { pushTo } from './order';

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

/**
 * The complaint as the register showed it at `now`: later times unset, the stage rolled back to the last one reached by
 * then (a copy; the complaint itself when nothing was recorded after `now`, so treat it as read-only).
 */
export function complaintAsOf(c: Complaint, now: string): Complaint {
  return asOf(timeComplaint(c), toEpochMs(now));
}

/** A complaint with its instants read once (epoch ms; undefined where unset): every month asks what was known by its end. */
interface Timed {
  complaint: Complaint;
  received: number;
  closed: number | undefined;
  /** Per TIME_KEYS. */
  times: (number | undefined)[];
  /** The time of its stage's column. */
  stageTime: number | undefined;
  /** The latest of them: by then the register shows the complaint as it is. */
  latest: number;
}

const instant = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : toEpochMs(iso));

function timeComplaint(c: Complaint): Timed {
  const times: (number | undefined)[] = [];
  let latest = -Infinity;
  for (const key of TIME_KEYS) {
    const t = instant(c[key]);
    times.push(t);
    if (t !== undefined && t > latest) latest = t;
  }
  // The stage's column is one of TIME_KEYS but for 'accept' (receivedAt): read once either way.
  const column = STAGE_TIME_COLUMN[c.stage];
  const at = TIME_INDEX.get(column);
  const stageTime = at === undefined ? instant(c[column] as string | undefined) : times[at];
  if (stageTime !== undefined && stageTime > latest) latest = stageTime;
  return { complaint: c, received: toEpochMs(c.receivedAt), closed: times[CLOSED], times, stageTime, latest };
}

/** complaintAsOf from the instants: the complaint itself when nothing was recorded after `limit`. */
function asOf(t: Timed, limit: number): Complaint {
  const c = t.complaint;
  if (!(t.latest > limit)) return c;
  // A judgement recorded later was not known yet.
  const judgedLater = t.times[JUDGED]! > limit;
  // The copy leaves out what was not known yet (rather than deleting it, which would turn it into a slow dictionary object).
  const copy: Partial<Record<keyof Complaint, unknown>> = {};
  for (const key of Object.keys(c) as (keyof Complaint)[]) {
    const at = TIME_INDEX.get(key);
    if (at === undefined ? key === 'valid' && judgedLater : t.times[at]! > limit) continue;
    copy[key] = c[key];
  }
  const known = copy as Complaint;
  originals.set(known, c);
  if (t.stageTime! > limit) {
    const index = COMPLAINT_STAGE.findIndex((s) => s.key === c.stage);
    const earlier = COMPLAINT_STAGE.slice(0, index).reverse().find((s) => known[STAGE_TIME_COLUMN[s.key]] !== undefined);
    known.stage = earlier?.key ?? 'accept';
  }
  return known;
}

/** Where each of TIME_KEYS sits among them. */
const TIME_INDEX = new Map<string, number>(TIME_KEYS.map((key, i) => [key, i]));
const CLOSED = TIME_KEYS.indexOf('closedAt');
const JUDGED = TIME_KEYS.indexOf('judgedAt');

/** The register's own complaint behind each copy asOf made. */
const originals = new WeakMap<Complaint, Complaint>();

/** Five categories of one complaint each have no "most": a Pareto needs report.minGroupSize complaints, and at least one. */
export function showsPareto(complaints: number, minGroupSize: number): boolean {
  return complaints > 0 && complaints >= minGroupSize;
}

/** The register read once per complaints sheet: each complaint's instants, and by month received and closed. */
interface TimedRegister {
  timed: Timed[];
  received: Map<string, Timed[]>;
  closed: Map<string, Timed[]>;
  /** openAt's answers by instant. */
  open: Map<string, Complaint[]>;
}

const registers = new WeakMap<readonly Complaint[], TimedRegister>();

function timedRegister(complaints: readonly Complaint[]): TimedRegister {
  let register = registers.get(complaints);
  if (!register) {
    register = { timed: complaints.map(timeComplaint), received: new Map(), closed: new Map(), open: new Map() };
    for (const t of register.timed) {
      pushTo(register.received, monthOf(t.complaint.receivedAt), t);
      if (t.complaint.closedAt) pushTo(register.closed, monthOf(t.complaint.closedAt), t);
    }
    registers.set(complaints, register);
  }
  return register;
}

/** The complaints open at `now` as the register showed them then: received by then and not closed by then (once per instant). */
export function openAt(complaints: readonly Complaint[], now: string): Complaint[] {
  const register = timedRegister(complaints);
  let open = register.open.get(now);
  if (!open) {
    const limit = toEpochMs(now);
    open = register.timed.filter((t) => t.received <= limit && (t.closed === undefined || t.closed > limit)).map((t) => asOf(t, limit));
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
    const limit = toEpochMs(monthEnd(month));
    byMonth.set(month, (received = (timedRegister(data.complaints).received.get(month) ?? []).map((t) => asOf(t, limit))));
  }
  return received;
}

/** Closed in the month, whenever received. */
function closedIn(data: ReportData, month: string): readonly Timed[] {
  return timedRegister(data.complaints).closed.get(month) ?? [];
}

const loopsClosed = new WeakMap<ReportData, Map<Complaint, number | undefined>>();

/**
 * When each complaint's loop was closed (followUpAfterCloseAt over its own calls and the complaint follow-ups to its customer),
 * once per dataset: the calls are grouped once (sweepCalls), and a month then only compares that instant with its end.
 */
function loopClosedAt(data: ReportData): (c: Complaint) => number | undefined {
  let closedAt = loopsClosed.get(data);
  if (!closedAt) {
    const { byComplaint, complaintFollowUps } = sweepCalls(data.calls);
    closedAt = new Map();
    for (const c of data.complaints) {
      if (!c.closedAt) continue;
      const calls = [...byComplaint.get(c.id) ?? [], ...(c.customerId !== undefined ? complaintFollowUps.get(c.customerId) ?? [] : [])];
      closedAt.set(c, followUpAfterCloseAt(c, calls));
    }
    loopsClosed.set(data, closedAt);
  }
  const known = closedAt;
  return (c) => known.get(c);
}

/** Whether a complaint (as it stood at `now`, or as it is) had its loop closed by `now`. */
function loopClosedBy(data: ReportData, now: string): (c: Complaint) => boolean {
  const limit = toEpochMs(now);
  const closedAt = loopClosedAt(data);
  return (c) => {
    const at = closedAt(originals.get(c) ?? c);
    return at !== undefined && at <= limit;
  };
}

function summaryOf(data: ReportData, month: string, settings: Settings): ComplaintSummary {
  const now = monthEnd(month);
  return summariseComplaints(receivedIn(data, month), loopClosedBy(data, now), settings, now);
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
  const hours = closed.map((t) => hoursToClose(t.complaint)!);
  const loopClosed = loopClosedBy(data, now);
  const followed = closed.filter((t) => loopClosed(t.complaint)).length;

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
