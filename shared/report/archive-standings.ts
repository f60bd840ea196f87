// Each customer's archive standings, built in one pass once per archive and settings: held, member, lapsed, staff visits made and owed as day spans, completeness by day.
import type { Tier } from '../enums';
import { dateOf, dayNumber } from '../dates';
import type { Settings } from '../settings';
import { memberCard } from '../rules/follow-up-schedule';
import { lapsedAfterDays } from '../rules/lapsed';
import { minimumStaffVisits } from '../rules/visit-minimum';
import { asSpendTable } from '../sheet/spend-table';
import { sweepCalls } from './call-sweep';
import { addToCompleteness, startCompleteness, sumCompletenessByDay, type CompletenessByDay } from './archive-completeness';
import { addSpan, sortSpans, startSpanList, type DaySpans, type SpanList } from './day-spans';
import { sortAscending } from './order';
import { TIERS, tiersInOrder } from './tiers';
import type { ReportData } from './types';

/** Customers of one tier who owe staff visits from the same month on (monthsJudged reads only since's year and month). */
export interface VisitGroup {
  tier: Tier;
  minimum: number;
  /** The first visit, or the first day on record if later (any one of the group's: they share year and month). */
  since: string | undefined;
  customers: number;
  /** reached[k - 1]: the group's customers with at least k staff visits this calendar year by the day. */
  reached: DaySpans[];
}

export interface ArchiveStandings {
  /** Customers the archive holds on the day (first visit by then, or undated), by tier. */
  held: Map<Tier, DaySpans>;
  members: DaySpans;
  /** One span per staff visit of a held customer, up to the year's end: the visits made this year by the day. */
  visitsThisYear: DaySpans;
  lapsed: DaySpans;
  lapsedMembers: DaySpans;
  /** Only customers who may owe a visit (consent not refused, a yearly minimum above 0). */
  visitGroups: VisitGroup[];
  /** Key-field completeness by first-visit day (the Settings key fields). */
  completeness: CompletenessByDay;
}

const standings = new WeakMap<ReportData, WeakMap<Settings, ArchiveStandings>>();

/** A customer's staff visits (their call times) and purchase days (spend entries of the points ledger, as day numbers), ascending. */
interface Activity {
  visits: readonly string[];
  purchases: number[];
}

/** The customer's activity, made on first use. */
function activityOf(byCustomer: Map<string, Activity>, id: string): Activity {
  let activity = byCustomer.get(id);
  if (!activity) byCustomer.set(id, (activity = { visits: [], purchases: [] }));
  return activity;
}

const NO_ACTIVITY: Readonly<Activity> = { visits: [], purchases: [] };

/**
 * Each customer's activity in one map (one look-up per customer, not two: a map of 100 k ids costs a cache miss a look-up),
 * and the first day on record. Seam: once the calls carry a per-dataset customer number, file them by it and drop the look-ups.
 */
function activityByCustomer(data: ReportData): { byCustomer: Map<string, Activity>; recordsFrom: string | undefined } {
  const { staffVisits, firstAt } = sweepCalls(data.calls);
  const byCustomer = new Map<string, Activity>();
  for (const [id, visits] of staffVisits) byCustomer.set(id, { visits, purchases: [] });
  const spends = asSpendTable(data.points);
  const { codes, values } = spends.customerId;
  // Each distinct customer looked up once.
  const byCode = new Array<Activity | undefined>(values.length);
  for (let i = 0; i < spends.length; i++) {
    const code = codes[i]!;
    (byCode[code] ??= activityOf(byCustomer, values[code]!)).purchases.push(spends.day[i]!);
  }
  for (const activity of byCustomer.values()) sortAscending(activity.purchases);
  return { byCustomer, recordsFrom: firstAt === undefined ? undefined : dateOf(firstAt) };
}

/** The year of a day or date-time, read from its digits. */
function yearOf(day: string): number {
  return (day.charCodeAt(0) - 48) * 1000 + (day.charCodeAt(1) - 48) * 100 + (day.charCodeAt(2) - 48) * 10 + day.charCodeAt(3) - 48;
}

/** The day number of 1 January after the day's year, once per year. */
function nextNewYear(known: Map<number, number>, day: string): number {
  const year = yearOf(day) + 1;
  let n = known.get(year);
  if (n === undefined) known.set(year, (n = dayNumber(`${String(year).padStart(4, '0')}-01-01`)));
  return n;
}

const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a > b ? a : b);

/** The standings of every customer, once per data and settings. */
export function archiveStandings(data: ReportData, settings: Settings): ArchiveStandings {
  let bySettings = standings.get(data);
  if (!bySettings) standings.set(data, (bySettings = new WeakMap()));
  const known = bySettings.get(settings);
  if (known) return known;

  const { byCustomer, recordsFrom } = activityByCustomer(data);
  const tiers = tiersInOrder(data.customers, settings);
  const held = new Map<Tier, SpanList>(TIERS.map((t) => [t, startSpanList()]));
  const members = startSpanList();
  const visitsThisYear = startSpanList();
  const lapsed = startSpanList();
  const lapsedMembers = startSpanList();
  // By tier, then by since's year and month (monthsJudged reads no more of it).
  const groups = new Map<Tier, Map<number, { group: VisitGroup; reached: SpanList[] }>>(TIERS.map((t) => [t, new Map()]));
  const newYears = new Map<number, number>();
  const completeness = startCompleteness(settings.archive.keyFields);

  const customers = data.customers;
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    const tier = tiers[i]!;
    // Each cell read once: rows come in many shapes, so every read is a lookup.
    const id = c.id;
    const firstVisit = c.firstVisit;
    const heldFrom = firstVisit ? dayNumber(firstVisit) : -Infinity;
    addSpan(held.get(tier)!, heldFrom);
    addToCompleteness(completeness, c, heldFrom);

    // holdsCard: issued by the day (or undated) and not recalled by then.
    const card = memberCard(c);
    const cardFirst = card ? Math.max(heldFrom, card.issued === undefined ? -Infinity : dayNumber(card.issued)) : Infinity;
    const cardUntil = card?.recalled === undefined ? Infinity : dayNumber(card.recalled);
    addSpan(members, cardFirst, cardUntil);

    const activity = byCustomer.get(id) ?? NO_ACTIVITY;
    const minimum = minimumStaffVisits(tier, settings);
    // Only a customer who may owe a visit is in a group (and has its visits counted towards the group's minimum).
    let reached: SpanList[] | undefined;
    if (minimum > 0 && c.consent !== false) {
      const since = later(firstVisit ? dateOf(firstVisit) : undefined, recordsFrom);
      const key = since === undefined ? 0 : yearOf(since) * 100 + (since.charCodeAt(5) - 48) * 10 + since.charCodeAt(6) - 48;
      const byMonth = groups.get(tier)!;
      let entry = byMonth.get(key);
      if (!entry) byMonth.set(key, (entry = { group: { tier, minimum, since, customers: 0, reached: [] }, reached: [] }));
      entry.group.customers++;
      reached = entry.reached;
    }
    // Each visit counts from its day (once held) to the year's end among the visits made this year; for a customer who owes, as the k-th of its year.
    const days = activity.visits;
    for (let j = 0, k = 0; j < days.length; j++) {
      const day = days[j]!;
      const first = dayNumber(day);
      const yearEnd = nextNewYear(newYears, day);
      addSpan(visitsThisYear, Math.max(first, heldFrom), yearEnd);
      if (!reached) continue;
      k = j > 0 && yearOf(day) === yearOf(days[j - 1]!) ? k + 1 : 0;
      addSpan((reached[k] ??= startSpanList()), first, yearEnd);
    }

    const visit = c.lastVisit ?? firstVisit;
    const lapsedSpans = { heldFrom, cardFirst, cardUntil, lapsed, lapsedMembers };
    addLapsedSpans(visit ? dayNumber(visit) : undefined, activity.purchases, lapsedAfterDays(c, settings), lapsedSpans);
  }

  const result: ArchiveStandings = {
    held: new Map(TIERS.map((t) => [t, sortSpans(held.get(t)!)])),
    members: sortSpans(members),
    visitsThisYear: sortSpans(visitsThisYear),
    lapsed: sortSpans(lapsed),
    lapsedMembers: sortSpans(lapsedMembers),
    visitGroups: [...groups.values()].flatMap((byMonth) => [...byMonth.values()].map(({ group, reached }) => ({ ...group, reached: reached.map(sortSpans) }))),
    completeness: sumCompletenessByDay(completeness),
  };
  bySettings.set(settings, result);
  return result;
}

/** Where one customer's lapsed spans go: never before it is held, and as a member only while the card holds. */
interface LapsedSpans {
  heldFrom: number;
  cardFirst: number;
  cardUntil: number;
  lapsed: SpanList;
  lapsedMembers: SpanList;
}

/**
 * isLapsedSince as spans: from the recorded visit (the first one when no last) on, the latest of it and the purchases
 * by the day is the last activity; the customer is lapsed from lapsedAfterDays after each activity until the next.
 */
function addLapsedSpans(visit: number | undefined, purchases: readonly number[], afterDays: number, to: LapsedSpans): void {
  // Lapsed once more than afterDays whole days have passed (and never before the activity itself).
  const wait = Math.max(Math.floor(afterDays) + 1, 0);
  // Purchases up to the visit never come last: the activities are the visit, then the purchases after it.
  let at = visit;
  for (const purchase of purchases) {
    if (visit !== undefined && purchase <= visit) continue;
    if (at !== undefined) addLapsedSpan(Math.max(at + wait, to.heldFrom), purchase, to);
    at = purchase;
  }
  if (at !== undefined) addLapsedSpan(Math.max(at + wait, to.heldFrom), Infinity, to);
}

function addLapsedSpan(first: number, until: number, to: LapsedSpans): void {
  addSpan(to.lapsed, first, until);
  addSpan(to.lapsedMembers, Math.max(first, to.cardFirst), Math.min(until, to.cardUntil));
}
