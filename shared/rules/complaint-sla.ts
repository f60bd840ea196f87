// 投诉 — complaint response and closing times against the SLA, and the measures of the complaints report.
import { COMPLAINT_STAGE, type ComplaintStage } from '../enums';
import { dateOf, hoursBetween, toEpochMs } from '../dates';
import type { Call } from '../schema/calls';
import type { Complaint } from '../schema/complaints';
import type { Settings } from '../settings';
import { postServiceDue } from './follow-up-schedule';
import { share } from './stats';

export type SlaStatus = 'met' | 'breached' | 'pending';

export interface CategoryCount {
  category: string;
  count: number;
  cumulativeShare: number;
}

export interface ComplaintSummary {
  count: number;
  valid: { count: number; share: number | undefined };
  sla: { met: number; breached: number; pending: number; share: number | undefined };
  closed: number;
  closedWithFollowUp: { count: number; share: number | undefined };
  byCategory: CategoryCount[];
  byStage: Record<ComplaintStage, number>;
  openByAge: { under1Day: number; days1to3: number; days3to7: number; over7Days: number };
}

const HOURS_PER_DAY = 24;

export function firstResponseHours(c: Pick<Complaint, 'receivedAt' | 'firstResponseAt'>): number | undefined {
  return c.firstResponseAt ? hoursBetween(c.receivedAt, c.firstResponseAt) : undefined;
}

/** Exactly the limit is met; an unanswered complaint is breached only once the limit has passed. */
export function firstResponseSla(c: Pick<Complaint, 'receivedAt' | 'firstResponseAt'>, settings: Settings, now: string): SlaStatus {
  const limit = settings.complaint.firstResponseHours;
  const hours = firstResponseHours(c);
  if (hours !== undefined) return hours <= limit ? 'met' : 'breached';
  return hoursBetween(c.receivedAt, now) > limit ? 'breached' : 'pending';
}

/** Hours left before the first-response limit (negative once over); undefined once the first response is recorded: the clock stops. */
export function firstResponseHoursLeft(c: Pick<Complaint, 'receivedAt' | 'firstResponseAt'>, settings: Settings, now: string): number | undefined {
  if (c.firstResponseAt) return undefined;
  return settings.complaint.firstResponseHours - hoursBetween(c.receivedAt, now);
}

/** 001 "处理后有回访": the last day of the follow-up call owed after closing (the post-service days of Settings); undefined while open. */
export function complaintFollowUpDue(c: Pick<Complaint, 'closedAt'>, settings: Settings): string | undefined {
  return c.closedAt ? postServiceDue(dateOf(c.closedAt), settings) : undefined;
}

export interface ComplaintFollowUp {
  complaintId: string;
  customerId: string;
  /** yyyy-mm-dd, the last day it is on time (complaintFollowUpDue). */
  due: string;
  /** A call after closing was made (hasFollowUpAfterClose): nothing is owed any more. */
  done: boolean;
}

/** The follow-up calls 001 asks for after closing ("处理后有回访"): one per closed complaint that names a customer. */
export function complaintFollowUps(complaints: readonly Complaint[], calls: readonly Call[], settings: Settings): ComplaintFollowUp[] {
  return complaints.filter((c) => c.closedAt && c.customerId).map((c) => ({
    complaintId: c.id, customerId: c.customerId!, due: complaintFollowUpDue(c, settings)!,
    done: hasFollowUpAfterClose(c, calls),
  }));
}

export function hoursToClose(c: Pick<Complaint, 'receivedAt' | 'closedAt'>): number | undefined {
  return c.closedAt ? hoursBetween(c.receivedAt, c.closedAt) : undefined;
}

/** Hours an open complaint has waited; undefined once it is closed. */
export function complaintAgeHours(c: Pick<Complaint, 'receivedAt' | 'closedAt'>, now: string): number | undefined {
  return c.closedAt ? undefined : hoursBetween(c.receivedAt, now);
}

/** The loop is closed only by a call after closing: one naming the complaint, or a complaint follow-up to the same customer. */
export function hasFollowUpAfterClose(
  c: Pick<Complaint, 'id' | 'customerId' | 'closedAt'>,
  calls: readonly Pick<Call, 'customerId' | 'at' | 'purpose' | 'complaintId'>[],
): boolean {
  if (!c.closedAt) return false;
  const closed = toEpochMs(c.closedAt);
  return calls.some((call) => isAbout(c, call) && toEpochMs(call.at) >= closed);
}

/** When the loop was first closed (epoch ms of the earliest call hasFollowUpAfterClose counts), for a report asking at many instants. */
export function followUpAfterCloseAt(
  c: Pick<Complaint, 'id' | 'customerId' | 'closedAt'>,
  calls: readonly Pick<Call, 'customerId' | 'at' | 'purpose' | 'complaintId'>[],
): number | undefined {
  if (!c.closedAt) return undefined;
  const closed = toEpochMs(c.closedAt);
  let first: number | undefined;
  for (const call of calls) {
    if (!isAbout(c, call)) continue;
    const at = toEpochMs(call.at);
    if (at >= closed && (first === undefined || at < first)) first = at;
  }
  return first;
}

function isAbout(c: Pick<Complaint, 'id' | 'customerId'>, call: Pick<Call, 'customerId' | 'purpose' | 'complaintId'>): boolean {
  return call.complaintId === c.id || (c.customerId !== undefined && call.customerId === c.customerId && call.purpose === 'complaint-follow-up');
}

function countByCategory(complaints: readonly Complaint[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const c of complaints) counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  let running = 0;
  return sorted.map(([category, count]) => {
    running += count;
    return { category, count, cumulativeShare: running / complaints.length };
  });
}

/** The calls that could close complaints' loops, or (a report that has worked it out per complaint) whether each one's loop is closed. */
type LoopClosing = readonly Call[] | ((c: Complaint) => boolean);

export function summariseComplaints(
  complaints: readonly Complaint[],
  calls: LoopClosing,
  settings: Settings,
  now: string,
): ComplaintSummary {
  const count = complaints.length;
  const validCount = complaints.filter((c) => c.valid === true).length;
  const sla = { met: 0, breached: 0, pending: 0, share: undefined as number | undefined };
  for (const c of complaints) sla[firstResponseSla(c, settings, now)] += 1;
  sla.share = share(sla.met, sla.met + sla.breached);

  const closed = complaints.filter((c) => c.closedAt);
  const withFollowUp = closed.filter((c) => (typeof calls === 'function' ? calls(c) : hasFollowUpAfterClose(c, calls))).length;

  const byStage = Object.fromEntries(COMPLAINT_STAGE.map((s) => [s.key, 0])) as Record<ComplaintStage, number>;
  const openByAge = { under1Day: 0, days1to3: 0, days3to7: 0, over7Days: 0 };
  for (const c of complaints) {
    const age = complaintAgeHours(c, now);
    if (age === undefined) continue;
    byStage[c.stage] += 1;
    if (age < HOURS_PER_DAY) openByAge.under1Day += 1;
    else if (age < 3 * HOURS_PER_DAY) openByAge.days1to3 += 1;
    else if (age < 7 * HOURS_PER_DAY) openByAge.days3to7 += 1;
    else openByAge.over7Days += 1;
  }

  return {
    count,
    valid: { count: validCount, share: share(validCount, count) },
    sla,
    closed: closed.length,
    closedWithFollowUp: { count: withFollowUp, share: share(withFollowUp, closed.length) },
    byCategory: countByCategory(complaints),
    byStage,
    openByAge,
  };
}
