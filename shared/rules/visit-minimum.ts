// 上门拜访 — staff visits to the customer per tier and year (004: VIP and core 4, ordinary 2), and who is behind schedule.
import { dateOf } from '../dates';
import type { Tier } from '../enums';
import type { Call } from '../schema/calls';
import type { Settings } from '../settings';

export function minimumStaffVisits(tier: Tier, settings: Settings): number {
  return settings.staffVisitsPerYear[tier];
}

/** A visit by the shop to the customer that took place: channel 上门 and the customer met (the customer's own 到店 is not one). */
export function isStaffVisit(call: Partial<Pick<Call, 'channel' | 'reached'>>): boolean {
  return call.channel === 'staff-visit' && call.reached === 'reached';
}

function lastDayOfMonth(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

/** The year of asOf and its whole calendar months over by asOf (asOf's own month when asOf is its last day). */
export function monthsOver(asOf: string): { year: number; months: number } {
  const day = dateOf(asOf);
  return { year: Number(day.slice(0, 4)), months: Number(day.slice(5, 7)) - (lastDayOfMonth(day) ? 0 : 1) };
}

/**
 * Whole calendar months of asOf's year that are over by asOf, counted from January or from a later `since`
 * (the customer's first visit, or the first day on record), whose month counts in full.
 */
export function monthsJudged(asOf: string, since?: string): number {
  return monthsJudgedFrom(monthsOver(asOf), since);
}

/** monthsJudged from monthsOver(asOf), worked out once for a day that many customers are judged on. */
export function monthsJudgedFrom(over: { year: number; months: number }, since?: string): number {
  let start = 1;
  if (since) {
    const sinceYear = Number(since.slice(0, 4));
    if (sinceYear > over.year) return 0;
    if (sinceYear === over.year) start = Number(since.slice(5, 7));
  }
  return Math.max(0, over.months - start + 1);
}

/** Visits owed after that many months: the yearly minimum pro rata, rounded down (4 a year → one a quarter). */
export function staffVisitsDue(minimum: number, months: number): number {
  return Math.floor((minimum * months) / 12);
}

export interface StaffVisitStanding {
  minimum: number;
  /** Owed by asOf, pro rata. */
  due: number;
  /** Staff visits this calendar year up to asOf. */
  made: number;
  behind: boolean;
}

export interface StaffVisitInput {
  tier: Tier;
  /** false: the customer said no to contact, so no visit is owed. */
  consent?: boolean;
  /** The customer's first visit, or the first day on record if later: months before it owe nothing. */
  since?: string;
  /** Dates of staff visits (calls for which isStaffVisit holds), any year. */
  visits: readonly string[];
}

/** Where a customer stands on staff visits on asOf: behind when fewer were made this year than are due by then. */
export function staffVisitStanding(input: StaffVisitInput, asOf: string, settings: Settings): StaffVisitStanding {
  const day = dateOf(asOf);
  const yearStart = `${day.slice(0, 4)}-01-01`;
  const made = input.visits.filter((v) => dateOf(v) >= yearStart && dateOf(v) <= day).length;
  const minimum = minimumStaffVisits(input.tier, settings);
  const due = input.consent === false ? 0 : staffVisitsDue(minimum, monthsJudged(day, input.since));
  return { minimum, due, made, behind: made < due };
}
