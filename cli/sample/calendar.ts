// The sample studio's year: wedding-photo seasons, Spring Festival, holidays, agents' rest days and working hours.
import { addDays, monthOf, monthsBetween, toEpochMs } from '../../shared/dates';
import type { Random } from './random';

/** Demand by calendar month (index 1–12): wedding peaks in Apr–May and Sep–Oct, troughs at Spring Festival and in the summer heat. */
export const MONTH_DEMAND: readonly number[] = [0, 0.55, 0.3, 0.95, 1.5, 1.55, 0.9, 0.45, 0.5, 1.4, 1.5, 0.85, 0.7];

/** 春节 (lunar new year's day) by year. */
const SPRING_FESTIVAL: Readonly<Record<number, string>> = {
  2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29', 2026: '2026-02-17', 2027: '2027-02-06',
  2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03',
};
/** 七夕 and 中秋 by year, for greetings. */
const QIXI: Readonly<Record<number, string>> = { 2025: '2025-08-29', 2026: '2026-08-19', 2027: '2027-08-08', 2028: '2028-08-26' };
const MID_AUTUMN: Readonly<Record<number, string>> = { 2025: '2025-10-06', 2026: '2026-09-25', 2027: '2027-09-15', 2028: '2028-10-03' };

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function dayOfWeek(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const rangeCache = new Map<string, readonly string[]>();

/** Every date from first to last inclusive (cached: the generator asks for the same ranges thousands of times). */
export function datesBetween(first: string, last: string): readonly string[] {
  const key = `${first}/${last}`;
  let out = rangeCache.get(key);
  if (!out) {
    const days: string[] = [];
    for (let day = first; day <= last; day = addDays(day, 1)) days.push(day);
    rangeCache.set(key, (out = days));
  }
  return out;
}

export function datesOfMonth(month: string): readonly string[] {
  return datesBetween(`${month}-01`, `${month}-${String(daysInMonth(month)).padStart(2, '0')}`);
}

/** The studio closes on 除夕 and 春节 itself; everyone rests. */
export function isClosed(date: string): boolean {
  const festival = SPRING_FESTIVAL[yearOf(date)];
  return festival !== undefined && (date === festival || date === addDays(festival, -1));
}

/** The holiday week (除夕 to 初六): nobody is phoned then but for greetings (一避免: not at rest times). */
export function isHolidayWeek(date: string): boolean {
  const festival = SPRING_FESTIVAL[yearOf(date)];
  return festival !== undefined && date >= addDays(festival, -1) && date <= addDays(festival, 6);
}

/** The greeting occasion of a month, if it has one: [date, name]. */
export function holidayOf(month: string): readonly [string, string] | undefined {
  const year = yearOf(month);
  const m = Number(month.slice(5, 7));
  const lunar = (table: Readonly<Record<number, string>>, name: string): readonly [string, string] | undefined =>
    table[year] && monthOf(table[year]!) === month ? [table[year]!, name] : undefined;
  const festival = SPRING_FESTIVAL[year];
  if (festival && monthOf(addDays(festival, -2)) === month) return [addDays(festival, -2), '春节'];
  const fixed: Record<number, readonly [string, string]> = {
    12: [`${year}-12-31`, '元旦'], 3: [`${year}-03-08`, '妇女节'], 5: [`${year}-05-20`, '520'], 10: [`${year}-10-01`, '国庆'],
  };
  return lunar(MID_AUTUMN, '中秋') ?? lunar(QIXI, '七夕') ?? fixed[m];
}

/** How busy a day is: month demand, a slump around Spring Festival, weekends busier. */
export function demand(date: string, monthDemand: readonly number[] = MONTH_DEMAND): number {
  if (isClosed(date)) return 0;
  const month = Number(date.slice(5, 7));
  const weekend = dayOfWeek(date) === 0 || dayOfWeek(date) === 6 ? 1.35 : 1;
  return monthDemand[month]! * weekend * (isHolidayWeek(date) ? 0.15 : 1);
}

const weightCache = new Map<readonly number[], Map<string, readonly (readonly [string, number])[]>>();

/** A date between first and last, drawn by demand (the business's months, the wedding seasons unless told). */
export function busyDate(random: Random, first: string, last: string, monthDemand: readonly number[] = MONTH_DEMAND): string {
  const key = `${first}/${last}`;
  let cache = weightCache.get(monthDemand);
  if (!cache) weightCache.set(monthDemand, (cache = new Map()));
  let weights = cache.get(key);
  if (!weights) cache.set(key, (weights = datesBetween(first, last).map((d) => [d, demand(d, monthDemand)] as const)));
  return random.weighted(weights);
}

/** A time of day within working hours (09:00–20:00), mornings and afternoons busiest. */
export function workingTime(random: Random, date: string, fromHour = 9, toHour = 19): string {
  const hours: [number, number][] = [[9, 6], [10, 10], [11, 9], [12, 3], [13, 6], [14, 9], [15, 9], [16, 8], [17, 6], [18, 3], [19, 2]];
  const hour = random.weighted(hours.filter(([h]) => h >= fromHour && h <= toHour));
  return `${date}T${String(hour).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
}

/** A date-time ("2026-05-03T14:22") moved on by whole minutes. */
export function addMinutes(at: string, minutes: number): string {
  return new Date(toEpochMs(at) + minutes * 60_000).toISOString().slice(0, 16);
}

/** Work that would land outside 09:00–20:00 or on a closed day happens at the next opening instead. */
export function nextWorkingMoment(random: Random, at: string): string {
  let date = at.slice(0, 10);
  let time = at.slice(11, 16);
  if (time >= '20:00') {
    date = addDays(date, 1);
    time = '';
  } else if (time < '09:00') time = '';
  while (isClosed(date)) {
    date = addDays(date, 1);
    time = '';
  }
  return `${date}T${time || `09:${String(random.int(0, 40)).padStart(2, '0')}`}`;
}

/** Who works which day: 26 working days a month per agent, rest days mostly midweek, never more than two off at once. */
export interface Roster {
  working(date: string): readonly string[];
  works(agent: string, date: string): boolean;
}

export function buildRoster(random: Random, agents: readonly string[], from: string, to: string, workingDaysPerMonth: number): Roster {
  const rest = new Map<string, Set<string>>();
  for (const month of monthsBetween(monthOf(from), monthOf(to))) {
    const days = datesOfMonth(month);
    const offCount = new Map<string, number>();
    for (const agent of agents) {
      const off = new Set(days.filter(isClosed));
      const wanted = Math.max(off.size, days.length - workingDaysPerMonth);
      const candidates = random.shuffle(days.filter((d) => !off.has(d)))
        .sort((a, b) => Number(dayOfWeek(a) % 6 === 0) - Number(dayOfWeek(b) % 6 === 0));
      for (const day of candidates) {
        if (off.size >= wanted) break;
        if ((offCount.get(day) ?? 0) >= 2) continue;
        off.add(day);
        offCount.set(day, (offCount.get(day) ?? 0) + 1);
      }
      for (const day of off) {
        if (!rest.has(day)) rest.set(day, new Set());
        rest.get(day)!.add(agent);
      }
    }
  }
  const working = (date: string): readonly string[] => agents.filter((a) => !rest.get(date)?.has(a));
  return { working, works: (agent, date) => !rest.get(date)?.has(agent) };
}
