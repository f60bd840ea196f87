// 回访 — when follow-up calls are due, whether they were on time, and how many members were reached.
import { addDays, countDaysBefore, dateOf, daysBetween } from '../dates';
import type { Call } from '../schema/calls';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { share } from './stats';

export interface DateWindow {
  from: string;
  to: string;
}

export type FollowUpStatus = 'on-time' | 'late' | 'overdue' | 'due-today' | 'upcoming';

export interface MemberCoverage {
  members: number;
  covered: number;
  share: number | undefined;
}

/** A member on onDate: has a card number, issued on or before that day (or undated), not yet recalled. */
export function isMember(c: Pick<Customer, 'memberCardNo' | 'cardIssued' | 'cardRecalled'>, onDate: string): boolean {
  const card = memberCard(c);
  return card !== undefined && holdsCard(card, dateOf(onDate));
}

/** A customer's member card as days (undefined without a card number), read once for the many days a report asks about. */
export interface MemberCard {
  issued: string | undefined;
  recalled: string | undefined;
}

export function memberCard(c: Pick<Customer, 'memberCardNo' | 'cardIssued' | 'cardRecalled'>): MemberCard | undefined {
  if (!c.memberCardNo || c.memberCardNo.trim() === '') return undefined;
  return { issued: c.cardIssued ? dateOf(c.cardIssued) : undefined, recalled: c.cardRecalled ? dateOf(c.cardRecalled) : undefined };
}

/** True when the card is valid on a YYYY-MM-DD day: issued by then (or undated), not recalled by then. */
export function holdsCard(card: MemberCard, day: string): boolean {
  if (card.issued !== undefined && card.issued > day) return false;
  if (card.recalled !== undefined && card.recalled <= day) return false;
  return true;
}

/** The last day a post-service call still counts as timely. */
export function postServiceDue(serviceDate: string, settings: Settings): string {
  return addDays(serviceDate, settings.followUp.postServiceDays);
}

export function firstAfterSalesWindow(serviceDate: string, settings: Settings): DateWindow {
  return {
    from: addDays(serviceDate, settings.followUp.firstAfterSalesMinDays),
    to: addDays(serviceDate, settings.followUp.firstAfterSalesMaxDays),
  };
}

export function secondFollowUpWindow(firstCallDate: string, settings: Settings): DateWindow {
  return {
    from: addDays(firstCallDate, settings.followUp.secondAfterFirstMinDays),
    to: addDays(firstCallDate, settings.followUp.secondAfterFirstMaxDays),
  };
}

/** Last visit plus the customer's own cycle, else the shop's default; undefined without a last visit. */
export function nextServiceDate(c: Pick<Customer, 'lastVisit' | 'serviceCycleDays'>, settings: Settings): string | undefined {
  if (!c.lastVisit) return undefined;
  return addDays(c.lastVisit, c.serviceCycleDays ?? settings.serviceCycleDays);
}

/** The last day a promised answer may stay open (000: "要在兩日內報告業務主管"); unsettled after it, it goes to the supervisor. */
export function escalationDate(callDate: string, settings: Settings): string {
  return addDays(callDate, settings.followUp.escalateAfterDays);
}

/** Compared by calendar day, so a done date-time on the due day is on time. */
export function followUpStatus(task: { due: string; done?: string }, today: string): FollowUpStatus {
  const due = dateOf(task.due);
  if (task.done) return dateOf(task.done) <= due ? 'on-time' : 'late';
  const day = dateOf(today);
  if (day > due) return 'overdue';
  if (day === due) return 'due-today';
  return 'upcoming';
}

/** Undefined when the call names no service; true when made 0 to postServiceDays days after it. */
export function isTimelyPostServiceCall(call: Pick<Call, 'serviceDate' | 'at'>, settings: Settings): boolean | undefined {
  if (!call.serviceDate) return undefined;
  const days = daysBetween(call.serviceDate, call.at);
  return days >= 0 && days <= settings.followUp.postServiceDays;
}

/** Members (on period.to, not refusing contact) reached at least once by an outgoing call within the period. */
export function memberCoverage(customers: readonly Customer[], calls: readonly Call[], period: DateWindow): MemberCoverage {
  return coverageOfCardHolders(cardHolders(customers), calls, period);
}

/**
 * The customers with a member card who do not refuse contact (the only ones memberCoverage counts), listed once for many
 * periods: each card is valid from its issue day to the day before its recall, so the members on a day are the cards
 * begun by then less the cards ended by then, counted from the sorted days (a card recalled by its issue day never holds).
 */
export interface CardHolders {
  cards: Map<string, MemberCard[]>;
  /** Issue days of the cards that ever hold, ascending; undated ones count from the start. */
  starts: string[];
  undated: number;
  /** Recall days of the cards that ever hold, ascending. */
  ends: string[];
}

export function cardHolders(customers: readonly Customer[]): CardHolders {
  const holders: CardHolders = { cards: new Map(), starts: [], undated: 0, ends: [] };
  for (const c of customers) {
    const card = memberCard(c);
    if (!card || c.consent === false) continue;
    const list = holders.cards.get(c.id);
    if (list) list.push(card);
    else holders.cards.set(c.id, [card]);
    if (card.issued !== undefined && card.recalled !== undefined && card.recalled <= card.issued) continue;
    if (card.issued === undefined) holders.undated++;
    else holders.starts.push(card.issued);
    if (card.recalled !== undefined) holders.ends.push(card.recalled);
  }
  holders.starts.sort(byText);
  holders.ends.sort(byText);
  return holders;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A call that covers a member: an outgoing call that reached them. */
export function reachesMember(call: Pick<Call, 'reached' | 'purpose'>): boolean {
  return call.reached === 'reached' && call.purpose !== 'inbound';
}

/** How many cards the holders hold on a YYYY-MM-DD day: the cards begun by then less the cards ended by then. */
export function membersOn(holders: CardHolders, day: string): number {
  return holders.undated + countDaysBefore(holders.starts, day, true) - countDaysBefore(holders.ends, day, true);
}

/** How many of one customer's cards are valid on a YYYY-MM-DD day. */
export function cardsHeld(cards: readonly MemberCard[], day: string): number {
  let held = 0;
  for (const card of cards) if (holdsCard(card, day)) held++;
  return held;
}

/** memberCoverage over cardHolders(customers). */
export function coverageOfCardHolders(holders: CardHolders, calls: readonly Call[], period: DateWindow): MemberCoverage {
  const from = dateOf(period.from);
  const to = dateOf(period.to);
  const reachedIds = new Set<string>();
  for (const call of calls) {
    const day = dateOf(call.at);
    if (reachesMember(call) && day >= from && day <= to) reachedIds.add(call.customerId);
  }
  const members = membersOn(holders, to);
  let covered = 0;
  for (const id of reachedIds) covered += cardsHeld(holders.cards.get(id) ?? [], to);
  return { members, covered, share: share(covered, members) };
}
