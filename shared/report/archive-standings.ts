// Each customer's archive standings as day spans, built once per archive and settings: held, member, lapsed, staff visits made and owed.
import type { Tier } from '../enums';
import { dateOf } from '../dates';
import type { Settings } from '../settings';
import { memberCard } from '../rules/follow-up-schedule';
import { lapsedAfterDays } from '../rules/lapsed';
import { isStaffVisit, minimumStaffVisits } from '../rules/visit-minimum';
import { addSpan, dayNumber, sortSpans, startSpanList, type DaySpans, type SpanList } from './day-spans';
import { compareText } from './order';
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
}

const standings = new WeakMap<ReportData, WeakMap<Settings, ArchiveStandings>>();

function push(map: Map<string, string[]>, key: string, day: string): void {
  const list = map.get(key);
  if (list) list.push(day);
  else map.set(key, [day]);
}

const later = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined ? b : b === undefined || a > b ? a : b);

const NO_DAYS: readonly string[] = [];

/** Staff-visit days and purchase days (spend entries of the points ledger) by customer, ascending, and the first day on record. */
function daysByCustomer(data: ReportData): { visits: Map<string, string[]>; purchases: Map<string, string[]>; recordsFrom: string | undefined } {
  const visits = new Map<string, string[]>();
  // The earliest instant is on the earliest day: one comparison per call, the date part taken once.
  let firstAt: string | undefined;
  for (const call of data.calls) {
    if (firstAt === undefined || call.at < firstAt) firstAt = call.at;
    if (isStaffVisit(call)) push(visits, call.customerId, dateOf(call.at));
  }
  const purchases = new Map<string, string[]>();
  for (const entry of data.points) if (entry.kind === 'spend') push(purchases, entry.customerId, dateOf(entry.date));
  for (const days of visits.values()) days.sort(compareText);
  for (const days of purchases.values()) days.sort(compareText);
  return { visits, purchases, recordsFrom: firstAt === undefined ? undefined : dateOf(firstAt) };
}

/** The day number of the next 1 January after a day, once per year. */
function nextNewYear(known: Map<string, number>, day: string): number {
  const year = day.slice(0, 4);
  let n = known.get(year);
  if (n === undefined) known.set(year, (n = dayNumber(`${String(Number(year) + 1).padStart(4, '0')}-01-01`)));
  return n;
}

/** The standings of every customer, once per data and settings. */
export function archiveStandings(data: ReportData, settings: Settings): ArchiveStandings {
  let bySettings = standings.get(data);
  if (!bySettings) standings.set(data, (bySettings = new WeakMap()));
  const known = bySettings.get(settings);
  if (known) return known;

  const { visits, purchases, recordsFrom } = daysByCustomer(data);
  const tiers = tiersInOrder(data.customers, settings);
  const held = new Map<Tier, SpanList>(TIERS.map((t) => [t, startSpanList()]));
  const members = startSpanList();
  const visitsThisYear = startSpanList();
  const lapsed = startSpanList();
  const lapsedMembers = startSpanList();
  const groups = new Map<string, { group: VisitGroup; reached: SpanList[] }>();
  const newYears = new Map<string, number>();

  data.customers.forEach((c, i) => {
    const tier = tiers[i]!;
    const from = c.firstVisit ? dateOf(c.firstVisit) : undefined;
    const heldFrom = from === undefined ? -Infinity : dayNumber(from);
    addSpan(held.get(tier)!, heldFrom);

    // holdsCard: issued by the day (or undated) and not recalled by then.
    const card = memberCard(c);
    const cardFrom = card ? Math.max(heldFrom, card.issued === undefined ? -Infinity : dayNumber(card.issued)) : Infinity;
    const cardUntil = card?.recalled === undefined ? Infinity : dayNumber(card.recalled);
    addSpan(members, cardFrom, cardUntil);

    const days = visits.get(c.id) ?? NO_DAYS;
    for (const day of days) addSpan(visitsThisYear, Math.max(dayNumber(day), heldFrom), nextNewYear(newYears, day));

    const minimum = minimumStaffVisits(tier, settings);
    if (c.consent !== false && minimum > 0) {
      const since = later(from, recordsFrom);
      const key = `${tier}|${since?.slice(0, 7) ?? ''}`;
      let entry = groups.get(key);
      if (!entry) groups.set(key, (entry = { group: { tier, minimum, since, customers: 0, reached: [] }, reached: [] }));
      entry.group.customers++;
      // The k-th visit of each year counts from its day to the year's end.
      let k = 0;
      days.forEach((day, j) => {
        k = j > 0 && day.slice(0, 4) === days[j - 1]!.slice(0, 4) ? k + 1 : 0;
        addSpan((entry.reached[k] ??= startSpanList()), dayNumber(day), nextNewYear(newYears, day));
      });
    }

    addLapsedSpans(c.lastVisit ?? c.firstVisit, purchases.get(c.id) ?? NO_DAYS, lapsedAfterDays(c, settings), heldFrom, [cardFrom, cardUntil], lapsed, lapsedMembers);
  });

  const result: ArchiveStandings = {
    held: new Map(TIERS.map((t) => [t, sortSpans(held.get(t)!)])),
    members: sortSpans(members),
    visitsThisYear: sortSpans(visitsThisYear),
    lapsed: sortSpans(lapsed),
    lapsedMembers: sortSpans(lapsedMembers),
    visitGroups: [...groups.values()].map(({ group, reached }) => ({ ...group, reached: reached.map(sortSpans) })),
  };
  bySettings.set(settings, result);
  return result;
}

/**
 * isLapsedSince as spans: from the recorded visit (the first one when no last) on, the latest of it and the purchases
 * by the day is the last activity; the customer is lapsed from lapsedAfterDays after each activity until the next.
 */
function addLapsedSpans(
  visitAt: string | undefined, purchases: readonly string[], afterDays: number, heldFrom: number, card: [number, number],
  lapsed: SpanList, lapsedMembers: SpanList,
): void {
  const visit = visitAt ? dateOf(visitAt) : undefined;
  const activity = visit === undefined ? [...purchases] : [visit, ...purchases.filter((p) => p > visit)];
  // Lapsed once more than afterDays whole days have passed (and never before the activity itself).
  const wait = Math.max(Math.floor(afterDays) + 1, 0);
  for (let i = 0; i < activity.length; i++) {
    const first = Math.max(dayNumber(activity[i]!) + wait, heldFrom);
    const until = i + 1 < activity.length ? dayNumber(activity[i + 1]!) : Infinity;
    addSpan(lapsed, first, until);
    addSpan(lapsedMembers, Math.max(first, card[0]), Math.min(until, card[1]));
  }
}
