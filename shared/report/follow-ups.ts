// 回访 — a month's member coverage, post-service timeliness, per-agent work, overdue follow-ups and the 12-month trend.
import { dateOf, daysBetween } from '../dates';
import type { Call } from '../schema/calls';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { isTimelyPostServiceCall, memberCoverage, postServiceDue, secondFollowUpWindow } from '../rules/follow-up-schedule';
import { agentAlias, agentOrder } from './agents';
import { bareFigure, figure } from './figure';
import { callsInMonth, monthRange, trailingMonths } from './months';
import { groupBy } from './order';
import type { Figure, ReportData, ReportOptions } from './types';

/** A post-service visit older than this at month end is no longer chased as overdue. */
const OVERDUE_LOOKBACK_DAYS = 30;
export const UNASSIGNED = 'unassigned';

export interface FollowUpSummary {
  memberCoverage: Figure & { members: number; covered: number };
  postServiceTimely: Figure & { timely: number; measured: number };
  byAgent: { agent: string; calls: number; reached: number; timely: Figure }[];
  overdue: { postService: number; secondFollowUp: number; byAgent: { agent: string; count: number }[] };
  trend: { month: string; coverage: Figure; timely: Figure }[];
}

function timeliness(calls: readonly Call[], settings: Settings): { timely: number; measured: number } {
  const verdicts = calls.filter((c) => c.purpose === 'post-service').map((c) => isTimelyPostServiceCall(c, settings))
    .filter((v): v is boolean => v !== undefined);
  return { timely: verdicts.filter(Boolean).length, measured: verdicts.length };
}

function coverageOf(data: ReportData, month: string, minGroupSize: number): Figure & { members: number; covered: number } {
  // Coverage counts only calls inside the month, so the month's calls are all it needs.
  const c = memberCoverage(data.customers, callsInMonth(data.calls, month), monthRange(month));
  return { ...figure(c.covered, c.members, minGroupSize), members: c.members, covered: c.covered };
}

/** Customers owed a follow-up as of the month's last day: each one's id, for counting by assigned agent. */
function overdueCustomers(data: ReportData, month: string, settings: Settings): { postService: string[]; secondFollowUp: string[] } {
  const end = monthRange(month).to;
  const known = data.calls.filter((c) => dateOf(c.at) <= end);
  const callsTo = groupBy(known, (c) => c.customerId);
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  // Customers who refused contact are never owed a call.
  const mayCall = (id: string) => customers.get(id)?.consent !== false;

  const postService = data.customers.filter((c) => {
    if (!c.lastVisit || !mayCall(c.id)) return false;
    const visit = dateOf(c.lastVisit);
    if (!(postServiceDue(visit, settings) < end) || daysBetween(visit, end) > OVERDUE_LOOKBACK_DAYS) return false;
    return !(callsTo.get(c.id) ?? []).some((call) => dateOf(call.at) >= visit);
  }).map((c) => c.id);

  // Only a reached post-service call is a first follow-up; any second-follow-up attempt in or after its window settles it.
  const secondFollowUp = known.filter((call) => {
    if (call.purpose !== 'post-service' || call.reached !== 'reached' || !mayCall(call.customerId)) return false;
    const window = secondFollowUpWindow(dateOf(call.at), settings);
    if (!(window.to < end)) return false;
    return !(callsTo.get(call.customerId) ?? []).some((c) => c.purpose === 'second-follow-up' && dateOf(c.at) >= window.from);
  }).map((call) => call.customerId);

  return { postService, secondFollowUp };
}

function assignedAgent(customer: Customer | undefined): string {
  return customer?.assignedAgent?.trim() ? customer.assignedAgent : UNASSIGNED;
}

export function summariseFollowUps(data: ReportData, month: string, settings: Settings, options: ReportOptions): FollowUpSummary {
  const min = options.minGroupSize;
  const calls = callsInMonth(data.calls, month);
  const alias = agentAlias(data, options);
  const order = agentOrder(data);
  const timely = timeliness(calls, settings);

  const byAgentCalls = groupBy(calls, (c) => c.agent);
  const byAgent = [...byAgentCalls.keys()].sort(order).map((agent) => {
    const own = byAgentCalls.get(agent)!;
    const t = timeliness(own, settings);
    return {
      agent: alias(agent),
      calls: own.length,
      reached: own.filter((c) => c.reached === 'reached').length,
      timely: figure(t.timely, t.measured, min),
    };
  });

  const overdue = overdueCustomers(data, month, settings);
  const customers = new Map(data.customers.map((c) => [c.id, c]));
  const owed = groupBy([...overdue.postService, ...overdue.secondFollowUp], (id) => assignedAgent(customers.get(id)));
  const overdueByAgent = [...owed.keys()]
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || order(a, b))
    .map((agent) => ({ agent: agent === UNASSIGNED ? UNASSIGNED : alias(agent), count: owed.get(agent)!.length }));

  const trend = trailingMonths(month).map((m) => {
    const t = timeliness(callsInMonth(data.calls, m), settings);
    const c = coverageOf(data, m, min);
    return { month: m, coverage: bareFigure(c), timely: figure(t.timely, t.measured, min) };
  });

  return {
    memberCoverage: coverageOf(data, month, min),
    postServiceTimely: { ...figure(timely.timely, timely.measured, min), ...timely },
    byAgent,
    overdue: { postService: overdue.postService.length, secondFollowUp: overdue.secondFollowUp.length, byAgent: overdueByAgent },
    trend,
  };
}

