// 回访 — a month's member coverage, follow-ups owed and kept (post-service, after-sales, second), escalations, per-agent work and the 12-month trend.
import { addDays, dateOf, monthOf, monthsBetween } from '../dates';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { listFollowUpObligations, obligationStatus, type FollowUpObligation, type ObligationKind } from '../rules/follow-up-obligations';
import { cardHolders, coverageOfCardHolders, type CardHolders } from '../rules/follow-up-schedule';
import { agentAlias, agentOrder } from './agents';
import { bareFigure, figure, shownPart } from './figure';
import { callsInMonth, monthRange, trailingMonths } from './months';
import { onceFor } from './month-memo';
import { groupBy } from './order';
import { callsOfCustomers } from './call-groups';
import { suppressBreakdown, WITHHELD, type Cell } from './suppress';
import type { Figure, ReportData, ReportOptions } from './types';

export const UNASSIGNED = 'unassigned';

/** Obligations due in the month (window ending in it) and how many were kept on time. */
export interface Kept {
  due: number;
  onTime: number;
  timely: Figure;
}

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

/** The obligations whose window ends in one month: all of them, and each kind's, in the same order. */
interface Ending {
  all: FollowUpObligation[];
  byKind: Map<ObligationKind, FollowUpObligation[]>;
}

const NONE: Ending = { all: [], byKind: new Map() };

/** Every obligation of a dataset, indexed by the month its window ends and by kind, once per data and settings. */
const indexed = new WeakMap<ReportData, WeakMap<Settings, Map<string, Ending>>>();

function obligationsEndingIn(data: ReportData, month: string, settings: Settings): Ending {
  let bySettings = indexed.get(data);
  if (!bySettings) indexed.set(data, (bySettings = new WeakMap()));
  let byMonth = bySettings.get(settings);
  if (!byMonth) {
    byMonth = new Map();
    // Statuses are read per month from each obligation's first completing contact, so any far date serves here.
    for (const o of listFollowUpObligations(data.customers, data.calls, settings, '9999-12-31', callsOfCustomers(data.calls))) {
      const m = monthOf(o.window.to);
      let ending = byMonth.get(m);
      if (!ending) byMonth.set(m, (ending = { all: [], byKind: new Map() }));
      ending.all.push(o);
      const list = ending.byKind.get(o.kind);
      if (list) list.push(o);
      else ending.byKind.set(o.kind, [o]);
    }
    bySettings.set(settings, byMonth);
  }
  return byMonth.get(month) ?? NONE;
}

function endingOfKind(data: ReportData, month: string, settings: Settings, kind: ObligationKind): FollowUpObligation[] {
  return obligationsEndingIn(data, month, settings).byKind.get(kind) ?? [];
}

/** Second follow-up windows open at month end and not yet kept: they end at most the longest window after it. */
function secondOpenAtMonthEnd(data: ReportData, month: string, settings: Settings): FollowUpObligation[] {
  const end = monthRange(month).to;
  const last = monthOf(addDays(end, settings.followUp.secondAfterFirstMaxDays));
  return monthsBetween(month, last).flatMap((m) => endingOfKind(data, m, settings, 'second-follow-up'))
    .filter((o) => o.window.from <= end && obligationStatus(o, end) === 'open');
}

function kept(owed: readonly FollowUpObligation[], end: string, minGroupSize: number): Kept {
  const onTime = owed.filter((o) => obligationStatus(o, end) === 'on-time').length;
  return { due: owed.length, onTime, timely: figure(onTime, owed.length, minGroupSize) };
}

const holders = new WeakMap<readonly Customer[], CardHolders>();

/** The archive's card holders, once: each month's coverage only checks their cards' days. */
function cardHoldersOf(customers: readonly Customer[]): CardHolders {
  let list = holders.get(customers);
  if (!list) holders.set(customers, (list = cardHolders(customers)));
  return list;
}

function coverageOf(data: ReportData, month: string, settings: Settings, minGroupSize: number): Figure & { members: number; covered: number } {
  return onceFor(data, settings, `coverage|${minGroupSize}|${month}`, () => {
    // Coverage counts only calls inside the month, so the month's calls are all it needs.
    const c = coverageOfCardHolders(cardHoldersOf(data.customers), callsInMonth(data.calls, month), monthRange(month));
    return { ...figure(c.covered, c.members, minGroupSize), members: c.members, covered: c.covered };
  });
}

const customerIndexes = new WeakMap<readonly Customer[], Map<string, Customer>>();

/** Customers by id, once per archive. */
function customersById(customers: readonly Customer[]): Map<string, Customer> {
  let byId = customerIndexes.get(customers);
  if (!byId) customerIndexes.set(customers, (byId = new Map(customers.map((c) => [c.id, c]))));
  return byId;
}

function assignedAgent(customer: Customer | undefined): string {
  return customer?.assignedAgent?.trim() ? customer.assignedAgent : UNASSIGNED;
}

const distinct = (owed: readonly FollowUpObligation[]): string[] => [...new Set(owed.map((o) => o.customerId))];

export function summariseFollowUps(data: ReportData, month: string, settings: Settings, options: ReportOptions): FollowUpSummary {
  const min = options.minGroupSize;
  const end = monthRange(month).to;
  const calls = callsInMonth(data.calls, month);
  const alias = agentAlias(data, options);
  const order = agentOrder(data, options);
  const ending = obligationsEndingIn(data, month, settings).all;
  const ofKind = (kind: ObligationKind) => endingOfKind(data, month, settings, kind);
  const post = kept(ofKind('post-service'), end, min);
  const afterSales = settings.followUp.afterSalesStages.length > 0 ? kept(ofKind('first-after-sales'), end, min) : undefined;
  const notKept = (o: FollowUpObligation) => obligationStatus(o, end) !== 'on-time';
  const secondMissed = distinct(ofKind('second-follow-up').filter(notKept));

  // An agent's timeliness: of the follow-ups due this month that the agent's own call kept, the share kept in time.
  const service = ending.filter((o) => o.kind === 'post-service' || o.kind === 'first-after-sales');
  const keptBy = groupBy(service.filter((o) => o.doneBy !== undefined && dateOf(o.doneAt!) <= end), (o) => o.doneBy!);
  const byAgentCalls = groupBy(calls, (c) => c.agent);
  const rows = [...byAgentCalls.keys()].sort(order).map((agent) => {
    const own = byAgentCalls.get(agent)!;
    const done = keptBy.get(agent) ?? [];
    return {
      agent: alias(agent),
      calls: own.length,
      reached: own.filter((c) => c.reached === 'reached').length,
      timely: figure(done.filter((o) => obligationStatus(o, end) === 'on-time').length, done.length, min) as Cell,
    };
  });
  // The agents' on-time counts add up to the section's, so a small agent's share is hidden with a sibling's, n and all.
  const byAgent = suppressBreakdown(rows, (r) => r.timely.n ?? 0, (r) => ({ ...r, timely: WITHHELD }), min);

  const customers = customersById(data.customers);
  const missedIds = distinct([...service.filter(notKept), ...ofKind('second-follow-up').filter(notKept)]);
  const owed = groupBy(missedIds, (id) => assignedAgent(customers.get(id)));
  const missedByAgent = [...owed.keys()]
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || order(a, b))
    .map((agent) => ({ agent: agent === UNASSIGNED ? UNASSIGNED : alias(agent), count: owed.get(agent)!.length }));
  const secondOwed = groupBy(secondMissed, (id) => assignedAgent(customers.get(id)));
  const secondByAgent = [...secondOwed.keys()]
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || order(a, b))
    .map((agent) => ({ agent: agent === UNASSIGNED ? UNASSIGNED : alias(agent), count: secondOwed.get(agent)!.length }));

  const trend = trailingMonths(month).map((m) => onceFor(data, settings, `follow-ups|${min}|${m}`, () => {
    const t = kept(endingOfKind(data, m, settings, 'post-service'), monthRange(m).to, min);
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
    secondDueCustomers: distinct(secondOpenAtMonthEnd(data, month, settings)).length,
    escalated: ofKind('promised-answer').filter(notKept).length,
    byAgent,
    missed: { customers: missedIds.length, byAgent: missedByAgent, secondByAgent },
    trend,
  };
}
