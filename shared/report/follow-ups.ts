// 回访 — a month's member coverage, follow-ups owed and kept (post-service, after-sales, second), escalations, per-agent work and the 12-month trend.
import type { ObligationKind } from '../rules/follow-up-obligations';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { agentAlias, agentOrder } from './agents';
import { lastRowByNumber } from '../rules/customer-numbers';
import { numberedData } from './call-numbers';
import { bareFigure, figure, shownPart } from './figure';
import { distinct, endingIn, kept, owedIn, type Kept, type Positions } from './follow-up-months';
import { coverageOf } from './member-coverage';
import { agentCallsInMonth } from './month-answers';
import { trailingMonths } from './months';
import { onceFor } from './month-memo';
import { groupBy } from './order';
import { suppressBreakdown, WITHHELD, type Cell } from './suppress';
import type { Figure, ReportData, ReportOptions } from './types';

export const UNASSIGNED = 'unassigned';
export type { Kept };

export interface FollowUpSummary {
  memberCoverage: Figure & { members: number; covered: number };
  /** Post-service calls (001, within postServiceDays) whose last day fell in the month: on time ÷ due. */
  postServiceTimely: Figure;
  postServiceDue: number;
  postServiceOnTime: number;
  /** After-sales first calls (000, day 3–7) due in the month; undefined when the shop lists no after-sales stage. */
  afterSales: Kept | undefined;
  /** The on-time counts a page may print beside their shares: undefined where the share is suppressed. */
  publishedOnTime: { postService: number | undefined; afterSales: number | undefined };
  /** Distinct customers whose second follow-up window ended in the month without a reached second call. */
  secondMissedCustomers: number;
  /** Distinct customers whose second follow-up window is open at month end, not yet kept. */
  secondDueCustomers: number;
  /** Promised answers still unsettled escalateAfterDays after the call, counted in the month that limit fell. */
  escalated: number;
  /** Calls made and reached, and the share of follow-ups due in the month each agent kept that were on time (withheld under complementary suppression). */
  byAgent: { agent: string; calls: number; reached: number; timely: Cell }[];
  /** Customers who missed a follow-up due in the month (post-service, after-sales, second), by assigned agent. */
  missed: { customers: number; byAgent: { agent: string; count: number }[];
    /** Customers whose second follow-up window ended in the month unkept, by assigned agent (for 需要跟进). */
    secondByAgent: { agent: string; count: number }[] };
  trend: { month: string; coverage: Figure; timely: Figure }[];
}

const byNumber = new WeakMap<ReportData, (Customer | undefined)[]>();

/** The customer of each number (the last archive row of a repeated id), once per dataset. */
function customersByNumber(data: ReportData): (Customer | undefined)[] {
  let customers = byNumber.get(data);
  if (!customers) byNumber.set(data, (customers = lastRowByNumber(numberedData(data).customers, data.customers)));
  return customers;
}

function assignedAgent(customer: Customer | undefined): string {
  return customer?.assignedAgent?.trim() ? customer.assignedAgent : UNASSIGNED;
}

export function summariseFollowUps(data: ReportData, month: string, settings: Settings, options: ReportOptions): FollowUpSummary {
  const min = options.minGroupSize;
  const alias = agentAlias(data, options);
  const order = agentOrder(data, options);
  const owed = owedIn(data, settings);
  const ending = endingIn(owed, month);
  const ofKind = (kind: ObligationKind): Positions => ending.byKind.get(kind) ?? [];
  const post = kept(owed, ofKind('post-service'), min);
  const afterSales = settings.followUp.afterSalesStages.length > 0 ? kept(owed, ofKind('first-after-sales'), min) : undefined;
  const notKept = (at: number): boolean => owed.onTime[at] === 0;
  const secondMissed = distinct(owed, ofKind('second-follow-up').filter(notKept));

  // An agent's timeliness: of the follow-ups due this month that the agent's own call kept, the share kept in time.
  const service = ending.all.filter((at) => owed.kind[at] === 'post-service' || owed.kind[at] === 'first-after-sales');
  const keptBy = groupBy(service.filter((at) => owed.doneBy[at] !== undefined && owed.doneByMonthEnd[at] === 1), (at) => owed.doneBy[at]!);
  const byAgentCalls = agentCallsInMonth(data.calls, month);
  const rows = [...byAgentCalls.keys()].sort(order).map((agent) => {
    const own = byAgentCalls.get(agent)!;
    const done = keptBy.get(agent) ?? [];
    return {
      agent: alias(agent),
      calls: own.calls,
      reached: own.reached,
      timely: figure(done.filter((at) => owed.onTime[at] === 1).length, done.length, min) as Cell,
    };
  });
  // The agents' on-time counts add up to the section's, so a small agent's share is hidden with a sibling's, n and all.
  const byAgent = suppressBreakdown(rows, (r) => r.timely.n ?? 0, (r) => ({ ...r, timely: WITHHELD }), min);

  const customers = customersByNumber(data);
  const missedIds = distinct(owed, [...service.filter(notKept), ...ofKind('second-follow-up').filter(notKept)]);
  const owedBy = groupBy(missedIds, (key) => assignedAgent(customers[key]));
  const missedByAgent = [...owedBy.keys()]
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || order(a, b))
    .map((agent) => ({ agent: agent === UNASSIGNED ? UNASSIGNED : alias(agent), count: owedBy.get(agent)!.length }));
  const secondOwed = groupBy(secondMissed, (key) => assignedAgent(customers[key]));
  const secondByAgent = [...secondOwed.keys()]
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || order(a, b))
    .map((agent) => ({ agent: agent === UNASSIGNED ? UNASSIGNED : alias(agent), count: secondOwed.get(agent)!.length }));

  const trend = trailingMonths(month).map((m) => onceFor(data, settings, `follow-ups|${min}|${m}`, () => {
    const t = kept(owed, endingIn(owed, m).byKind.get('post-service') ?? [], min);
    return { month: m, coverage: bareFigure(coverageOf(data, m, settings, min)), timely: t.timely };
  }));

  return {
    memberCoverage: coverageOf(data, month, settings, min),
    postServiceTimely: post.timely,
    postServiceDue: post.due,
    postServiceOnTime: post.onTime,
    afterSales,
    publishedOnTime: { postService: shownPart(post.timely, post.onTime), afterSales: afterSales && shownPart(afterSales.timely, afterSales.onTime) },
    secondMissedCustomers: secondMissed.length,
    secondDueCustomers: distinct(owed, owed.secondOpen.get(month) ?? []).length,
    escalated: ofKind('promised-answer').filter(notKept).length,
    byAgent,
    missed: { customers: missedIds.length, byAgent: missedByAgent, secondByAgent },
    trend,
  };
}
