// 回访 — a month's member coverage, follow-ups owed and kept (post-service, after-sales, second), escalations, per-agent work and the 12-month trend.
import { addDays, dateOf, monthOf, monthsBetween } from '../dates';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { listFollowUpObligations, owedCustomers, type FollowUpObligation, type ObligationKind, type OwedCustomers } from '../rules/follow-up-obligations';
import { cardHolders, cardsHeld, membersOn, type CardHolders, type DateWindow } from '../rules/follow-up-schedule';
import { INBOUND, REACHED } from '../rules/call-timeline';
import { agentAlias, agentOrder } from './agents';
import { bareFigure, figure, shownPart } from './figure';
import { callsInMonth, monthRange, trailingMonths } from './months';
import { onceFor } from './month-memo';
import { groupBy } from './order';
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

/** Positions in the obligation list, in list order. */
type Positions = number[];

/** The obligations whose window ends in one month: all of them and each kind's, as positions in the list. */
interface Ending {
  all: Positions;
  byKind: Map<ObligationKind, Positions>;
}

/** Every obligation of a dataset once, with what each month asks of it worked out once (listed as of a far date: statuses are read per month). */
interface Owed {
  list: FollowUpObligation[];
  /** Per position: kept on time (done by its window's last day), and done by the end of the month its window ends. */
  onTime: Uint8Array;
  doneByMonthEnd: Uint8Array;
  ending: Map<string, Ending>;
  /** Second follow-ups whose window is open, not yet kept, at the end of each month. */
  secondOpen: Map<string, Positions>;
}

const NONE: Ending = { all: [], byKind: new Map() };
const owedOf = new WeakMap<ReportData, WeakMap<Settings, Owed>>();

function push<K>(map: Map<K, Positions>, key: K, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

/** What a window asks of each obligation with it (windows are shared by every obligation arising on the same day). */
interface WindowMonths {
  /** The month the window ends, and that month's last day. */
  month: string;
  end: string;
  /** The month ends a second follow-up with this window is open at unless kept by then: within the window, and no later than secondAfterFirstMaxDays before its end. */
  openAt: { month: string; end: string }[];
}

function windowMonths(window: DateWindow, settings: Settings): WindowMonths {
  const month = monthOf(window.to);
  const openAt = monthsBetween(monthOf(window.from), month).map((m) => ({ month: m, end: monthRange(m).to }))
    .filter(({ end }) => window.from <= end && end <= window.to && month <= monthOf(addDays(end, settings.followUp.secondAfterFirstMaxDays)));
  return { month, end: monthRange(month).to, openAt };
}

function owedIn(data: ReportData, settings: Settings): Owed {
  let bySettings = owedOf.get(data);
  if (!bySettings) owedOf.set(data, (bySettings = new WeakMap()));
  let owed = bySettings.get(settings);
  if (owed) return owed;
  const list = listFollowUpObligations(data.customers, data.calls, settings, '9999-12-31', owedCustomersOf(data));
  owed = { list, onTime: new Uint8Array(list.length), doneByMonthEnd: new Uint8Array(list.length), ending: new Map(), secondOpen: new Map() };
  const byWindow = new Map<DateWindow, WindowMonths>();
  for (let at = 0; at < list.length; at++) {
    const o = list[at]!;
    let w = byWindow.get(o.window);
    if (!w) byWindow.set(o.window, (w = windowMonths(o.window, settings)));
    const done = o.doneAt === undefined ? undefined : dateOf(o.doneAt);
    // The month's end is on or after the window's last day, so obligationStatus at that end is on time exactly when this holds.
    if (done !== undefined && done <= o.window.to) owed.onTime[at] = 1;
    if (done !== undefined && done <= w.end) owed.doneByMonthEnd[at] = 1;
    let ending = owed.ending.get(w.month);
    if (!ending) owed.ending.set(w.month, (ending = { all: [], byKind: new Map() }));
    ending.all.push(at);
    push(ending.byKind, o.kind, at);
    if (o.kind !== 'second-follow-up') continue;
    for (const open of w.openAt) if (done === undefined || done > open.end) push(owed.secondOpen, open.month, at);
  }
  bySettings.set(settings, owed);
  return owed;
}

function endingIn(owed: Owed, month: string): Ending {
  return owed.ending.get(month) ?? NONE;
}

function kept(owed: Owed, due: Positions, minGroupSize: number): Kept {
  let onTime = 0;
  for (const at of due) onTime += owed.onTime[at]!;
  return { due: due.length, onTime, timely: figure(onTime, due.length, minGroupSize) };
}

const owedCustomersByData = new WeakMap<ReportData, OwedCustomers>();

/** The customers owed follow-ups and their calls as numbers in time order, once per dataset: the obligations and coverage both walk them. */
function owedCustomersOf(data: ReportData): OwedCustomers {
  let owed = owedCustomersByData.get(data);
  if (!owed) owedCustomersByData.set(data, (owed = owedCustomers(data.customers, data.calls)));
  return owed;
}

/** Member coverage's counts of every month once per dataset: the members on its last day, and those an outgoing call reached in it. */
interface Coverage {
  holders: CardHolders;
  covered: Map<string, number>;
}

const coverageByData = new WeakMap<ReportData, Coverage>();

/**
 * Each card holder's calls are walked once, in time order, so a month's first outgoing reached call counts the cards held
 * on its last day (a holder refusing contact is no member; every other holder has an id, a record's required column).
 */
function coverageIn(data: ReportData): Coverage {
  let coverage = coverageByData.get(data);
  if (coverage) return coverage;
  const holders = cardHolders(data.customers);
  const { keyOf, timeline: { start, order, day, what } } = owedCustomersOf(data);
  const ends = new Map<number, { month: string; end: string }>();
  const covered = new Map<string, number>();
  for (const [id, cards] of holders.cards) {
    const key = keyOf.get(id);
    if (key === undefined) continue;
    let counted = -1;
    for (let j = start[key]!; j < start[key + 1]!; j++) {
      const i = order[j]!;
      if ((what[i]! & (REACHED | INBOUND)) !== REACHED) continue;
      const yyyymm = Math.floor(day[i]! / 100);
      if (yyyymm === counted) continue;
      counted = yyyymm;
      let e = ends.get(yyyymm);
      if (!e) {
        const month = `${Math.floor(yyyymm / 100)}-${String(yyyymm % 100).padStart(2, '0')}`;
        ends.set(yyyymm, (e = { month, end: monthRange(month).to }));
      }
      covered.set(e.month, (covered.get(e.month) ?? 0) + cardsHeld(cards, e.end));
    }
  }
  coverageByData.set(data, (coverage = { holders, covered }));
  return coverage;
}

function coverageOf(data: ReportData, month: string, settings: Settings, minGroupSize: number): Figure & { members: number; covered: number } {
  return onceFor(data, settings, `coverage|${minGroupSize}|${month}`, () => {
    const { holders, covered: reached } = coverageIn(data);
    const c = { members: membersOn(holders, monthRange(month).to), covered: reached.get(month) ?? 0 };
    return { ...figure(c.covered, c.members, minGroupSize), members: c.members, covered: c.covered };
  });
}

const customerIndexes = new WeakMap<readonly Customer[], Map<string, Customer>>();

/** Customers by id (the last of a repeated id), once per archive. */
function customersById(customers: readonly Customer[]): Map<string, Customer> {
  let byId = customerIndexes.get(customers);
  if (!byId) {
    byId = new Map();
    for (const c of customers) byId.set(c.id, c);
    customerIndexes.set(customers, byId);
  }
  return byId;
}

function assignedAgent(customer: Customer | undefined): string {
  return customer?.assignedAgent?.trim() ? customer.assignedAgent : UNASSIGNED;
}

/** The distinct customers of the obligations at these positions, in first-seen order. */
function distinct(owed: Owed, positions: Iterable<number>): string[] {
  const ids = new Set<string>();
  for (const at of positions) ids.add(owed.list[at]!.customerId);
  return [...ids];
}

export function summariseFollowUps(data: ReportData, month: string, settings: Settings, options: ReportOptions): FollowUpSummary {
  const min = options.minGroupSize;
  const calls = callsInMonth(data.calls, month);
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
  const service = ending.all.filter((at) => owed.list[at]!.kind === 'post-service' || owed.list[at]!.kind === 'first-after-sales');
  const keptBy = groupBy(service.filter((at) => owed.list[at]!.doneBy !== undefined && owed.doneByMonthEnd[at] === 1), (at) => owed.list[at]!.doneBy!);
  const byAgentCalls = groupBy(calls, (c) => c.agent);
  const rows = [...byAgentCalls.keys()].sort(order).map((agent) => {
    const own = byAgentCalls.get(agent)!;
    const done = keptBy.get(agent) ?? [];
    return {
      agent: alias(agent),
      calls: own.length,
      reached: own.filter((c) => c.reached === 'reached').length,
      timely: figure(done.filter((at) => owed.onTime[at] === 1).length, done.length, min) as Cell,
    };
  });
  // The agents' on-time counts add up to the section's, so a small agent's share is hidden with a sibling's, n and all.
  const byAgent = suppressBreakdown(rows, (r) => r.timely.n ?? 0, (r) => ({ ...r, timely: WITHHELD }), min);

  const customers = customersById(data.customers);
  const missedIds = distinct(owed, [...service.filter(notKept), ...ofKind('second-follow-up').filter(notKept)]);
  const owedBy = groupBy(missedIds, (id) => assignedAgent(customers.get(id)));
  const missedByAgent = [...owedBy.keys()]
    .sort((a, b) => Number(a === UNASSIGNED) - Number(b === UNASSIGNED) || order(a, b))
    .map((agent) => ({ agent: agent === UNASSIGNED ? UNASSIGNED : alias(agent), count: owedBy.get(agent)!.length }));
  const secondOwed = groupBy(secondMissed, (id) => assignedAgent(customers.get(id)));
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
