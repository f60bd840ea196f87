// 回访 owed, as data: per customer the post-service call, the after-sales first call, the second follow-up and promised answers, each with its window and status on a date.
import { dateOf, ymdNumber } from '../dates';
import type { EnumValue } from '../enums';
import type { Call } from '../schema/calls';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
import { asCallTable, atOf, compareAt, type CallTable, type Calls } from '../sheet/call-table';
import { valueOf } from '../sheet/interned';
import { callTimeline, numberCalls, INBOUND, POST_SERVICE, PROMISED_ANSWER, REACHED, SECOND_FOLLOW_UP, type CallNumbers, type CallTimeline } from './call-timeline';
import { numberCustomers, type CustomerNumbers } from './customer-numbers';
import { escalationDate, firstAfterSalesWindow, postServiceDue, secondFollowUpWindow, type DateWindow } from './follow-up-schedule';

export type ObligationKind = 'post-service' | 'first-after-sales' | 'second-follow-up' | 'promised-answer';
export type ObligationStatus = 'on-time' | 'late' | 'open' | 'missed';

export interface FollowUpObligation {
  kind: ObligationKind;
  customerId: string;
  /** The day it arises from: the service, the first call, or the call that promised an answer. */
  since: string;
  /** First and last day (inclusive) a completing contact is on time. */
  window: DateWindow;
  /** The first contact that completed it, whenever that was (possibly after the date asked about). */
  doneAt?: string;
  doneBy?: string;
  status: ObligationStatus;
  /** The service's stage (a call's or the archive's) when it decides the obligation, so a call logged for it can say so. */
  stage?: string;
}

/** True when a stage key (or label) is one of the list's stages. */
export function isStageIn(stage: string | undefined, list: readonly EnumValue[]): boolean {
  if (!stage) return false;
  const wanted = stage.trim().toLowerCase();
  return list.some((item) => [item.key, item.zh, item.en].some((label) => label.toLowerCase() === wanted));
}

/** Status on asOf: a completion dated after asOf is not known yet. Days compare by calendar day. */
export function obligationStatus(o: Pick<FollowUpObligation, 'window' | 'doneAt'>, asOf: string): ObligationStatus {
  return statusOn(o.doneAt ? dateOf(o.doneAt) : undefined, o.window.to, dateOf(asOf));
}

/** The status rule on days, as ISO text or as ymdNumber()s (they compare alike). */
function statusOn<Day extends string | number>(done: Day | undefined, due: Day, asOf: Day): ObligationStatus {
  if (done !== undefined && done <= asOf) return done <= due ? 'on-time' : 'late';
  return asOf <= due ? 'open' : 'missed';
}

/** The post-service call's window (001: "必须保证在三天之内完成回访"), or the after-sales first call's for after-sales stages (000: "三天至一周內"). */
export function serviceWindow(serviceDate: string, stage: string | undefined, settings: Settings): { kind: ObligationKind; window: DateWindow } {
  if (isStageIn(stage, settings.followUp.afterSalesStages)) return { kind: 'first-after-sales', window: firstAfterSalesWindow(serviceDate, settings) };
  return { kind: 'post-service', window: { from: dateOf(serviceDate), to: postServiceDue(serviceDate, settings) } };
}

/** Only a reached contact completes anything; which purposes count depends on what is owed (a call's CALL bits). */
function completes(kind: ObligationKind, what: number): boolean {
  if ((what & REACHED) === 0) return false;
  if (kind === 'second-follow-up') return (what & SECOND_FOLLOW_UP) !== 0;
  if (kind === 'promised-answer') return true;
  return (what & (INBOUND | SECOND_FOLLOW_UP)) === 0;
}

/** A window with its days as numbers, for comparing with the timeline's (one object per window: obligations arising the same day share it). */
export interface OwedWindow {
  window: DateWindow;
  from: number;
  to: number;
}

const windowOf = (window: DateWindow): OwedWindow => ({ window, from: ymdNumber(window.from), to: ymdNumber(window.to) });

/** The windows obligations arise with and the stages that open a second follow-up, each worked out once: many customers share a day. */
interface Windows {
  service(day: string, stage: string | undefined): { kind: ObligationKind } & OwedWindow;
  second(day: string): OwedWindow;
  promise(day: string): OwedWindow;
  opensSecond(stage: string | undefined): boolean;
}

function once<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(key)));
    return value;
  };
}

function windowsFor(settings: Settings): Windows {
  // A blank stage decides as no stage does (isStageIn), so both share the key ''.
  const service = once((stage) => once((day) => {
    const { kind, window } = serviceWindow(day, stage === '' ? undefined : stage, settings);
    return { kind, ...windowOf(window) };
  }));
  const opensSecond = once((stage) => isStageIn(stage, settings.followUp.secondAfterStages));
  return {
    service: (day, stage) => service(stage ?? '')(day),
    second: once((day) => windowOf(secondFollowUpWindow(day, settings))),
    promise: once((day) => windowOf({ from: day, to: escalationDate(day, settings) })),
    opensSecond: (stage) => opensSecond(stage ?? ''),
  };
}

/**
 * One customer's calls on the timeline: positions first … end - 1 of its order, and the sheet they index; with the lists
 * its service days and first-call days are gathered in, emptied for each customer (one set of them serves a whole list).
 */
interface Run {
  table: CallTable;
  /** Per service date code, its day (dateOf: each distinct text cut once, '' for a blank one). */
  serviceDays: string[];
  /** The day texts of the call days met so far (many calls share a day). */
  dayTexts: Map<number, string>;
  /** The customer's position in the owed customers. */
  n: number;
  timeline: CallTimeline;
  first: number;
  end: number;
  services: Services;
  firstDays: number[];
}

/**
 * Hands on one obligation as found: the owed customer's position, its kind, the day it arises from, its window, and the
 * sheet row of the first call that completed it (−1 for none) with that call's day.
 */
export type FoundObligation = (n: number, kind: ObligationKind, since: string, w: OwedWindow, done: number, doneDay: number, stage: string | undefined) => void;

/** What is owed since a day in a window: done by the run's first completing call from position `from` on. */
function owed(kind: ObligationKind, since: string, w: OwedWindow, run: Run, from: number, stage: string | undefined, found: FoundObligation): void {
  const { order, day, what } = run.timeline;
  for (let j = from; j < run.end; j++) {
    const i = order[j]!;
    if (!completes(kind, what[i]!) || day[i]! < w.from) continue;
    found(run.n, kind, since, w, i, day[i]!, stage);
    return;
  }
  found(run.n, kind, since, w, -1, 0, stage);
}

/** A customer's service days, ascending, each with the stage that decides it (few: a list beats a Map and a sort). */
interface Services {
  days: string[];
  stages: (string | undefined)[];
}

/** Notes a service day; a stage fills in a day still without one (a call's only when it names a stage, the archive's always). */
function noteService(services: Services, day: string, stage: string | undefined, fromArchive: boolean): void {
  const { days, stages } = services;
  let i = 0;
  while (i < days.length && days[i]! < day) i++;
  if (days[i] !== day) {
    days.splice(i, 0, day);
    stages.splice(i, 0, stage);
  } else if (stages[i] === undefined && (fromArchive || stage)) stages[i] = stage;
}

function stageOn(services: Services, day: string): string | undefined {
  const i = services.days.indexOf(day);
  return i < 0 ? undefined : services.stages[i];
}

/** One customer's obligations arisen by asOf (a day, and the same as a ymdNumber), from its calls in time order, added to out. */
function addObligationsOf(c: Customer, run: Run, day: string, today: number, windows: Windows, found: FoundObligation): void {
  const { table, timeline: { order, day: dayOf, what } } = run;
  const stages = table.columns.stage;
  // Service dates: every post-service call's, and the last visit; a stage named by a call wins over the archive's.
  const services = run.services;
  services.days.length = 0;
  services.stages.length = 0;
  for (let j = run.first; j < run.end; j++) {
    const i = order[j]!;
    if ((what[i]! & POST_SERVICE) === 0) continue;
    const serviceDay = serviceDayOf(run, i);
    if (serviceDay) noteService(services, serviceDay, valueOf(stages, i), false);
  }
  if (c.lastVisit) noteService(services, dateOf(c.lastVisit), c.stage, true);
  for (let k = 0; k < services.days.length; k++) {
    const service = services.days[k]!;
    if (service > day) continue;
    const stage = services.stages[k];
    const w = windows.service(service, stage);
    owed(w.kind, service, w, run, run.first, stage, found);
  }
  // Second follow-up (000: "第一次跟蹤服務的一周後的7天以內"): opened by a reached first call at a listed stage.
  const firstDays = run.firstDays;
  firstDays.length = 0;
  for (let j = run.first; j < run.end; j++) {
    const i = order[j]!;
    if (dayOf[i]! > today || (what[i]! & (REACHED | POST_SERVICE)) !== (REACHED | POST_SERVICE) || firstDays.includes(dayOf[i]!)) continue;
    const serviceDay = serviceDayOf(run, i);
    const stage = valueOf(stages, i) ?? (serviceDay ? stageOn(services, serviceDay) : undefined);
    if (!windows.opensSecond(stage)) continue;
    firstDays.push(dayOf[i]!);
    const first = dayText(run, i);
    owed('second-follow-up', first, windows.second(first), run, run.first, stage, found);
  }
  // A promised answer is settled by any later reached contact; unsettled after escalateAfterDays it goes to the supervisor.
  for (let j = run.first; j < run.end; j++) {
    const i = order[j]!;
    if ((what[i]! & PROMISED_ANSWER) === 0 || dayOf[i]! > today) continue;
    // Later means a later time: calls logged at the very same time come next in the run and do not count.
    let later = j + 1;
    while (later < run.end && compareAt(table, i, order[later]!) === 0) later++;
    const promised = dayText(run, i);
    owed('promised-answer', promised, windows.promise(promised), run, later, undefined, found);
  }
}

/** The day of call i's service date ('' for none). */
function serviceDayOf(run: Run, i: number): string {
  const code = run.table.columns.serviceDate.codes[i]!;
  return code < 0 ? '' : run.serviceDays[code]!;
}

/** Call i's day as text (dateOf its `at`): worked out once per day for times in the reader's form. */
function dayText(run: Run, i: number): string {
  const { table, dayTexts } = run;
  if (table.time[i] !== table.time[i]) return dateOf(atOf(table, i));
  const day = run.timeline.day[i]!;
  let text = dayTexts.get(day);
  if (text === undefined) dayTexts.set(day, (text = dateOf(atOf(table, i))));
  return text;
}

/** Each customer's calls in sheet order; rows without a customer or a time (half-typed) are left out. */
export function callsByCustomer(calls: readonly Call[]): Map<string, Call[]> {
  const callsOf = new Map<string, Call[]>();
  for (const call of calls) {
    if (!call.customerId || !call.at) continue;
    const list = callsOf.get(call.customerId);
    if (list) list.push(call);
    else callsOf.set(call.customerId, [call]);
  }
  return callsOf;
}

/** The customers follow-ups are owed to (with an id, not refusing contact), a number per id, and their calls on a timeline. */
export interface OwedCustomers {
  customers: Customer[];
  /** Per customer, its id's number (a repeated id shares one, and its calls). */
  keys: number[];
  /** Every id of the archive numbered (numberCustomers), those owed nothing too: the timeline files their calls as well. */
  keyOf: Map<string, number>;
  timeline: CallTimeline;
}

/**
 * One sweep of the calls sheet files every call under its customer's number. `numbered` is the archive's numbers and the
 * calls' under them (numberCustomers, numberCalls), for a caller that has them already.
 */
export function owedCustomers(customers: readonly Customer[], calls: Calls,
  numbered: { customers: CustomerNumbers; calls: CallNumbers } = numberBoth(customers, calls)): OwedCustomers {
  const { keyOf, keys: count, keyAt } = numbered.customers;
  const owedTo: Customer[] = [];
  const keys: number[] = [];
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i]!;
    if (!c.id || c.consent === false) continue;
    owedTo.push(c);
    keys.push(keyAt[i]!);
  }
  return { customers: owedTo, keys, keyOf, timeline: callTimeline(asCallTable(calls), keyOf, count, numbered.calls) };
}

function numberBoth(customers: readonly Customer[], calls: Calls): { customers: CustomerNumbers; calls: CallNumbers } {
  const numbers = numberCustomers(customers);
  return { customers: numbers, calls: numberCalls(asCallTable(calls), numbers.keyOf) };
}

/**
 * Everything owed to the archive's customers as of asOf (services, first calls and promises up to that day),
 * each with the first completing contact and its status on asOf. Customers who refused contact are owed nothing.
 * `owed` is owedCustomers(customers, calls), for a caller that has it already.
 */
export function listFollowUpObligations(customers: readonly Customer[], calls: readonly Call[], settings: Settings, asOf: string,
  owed: OwedCustomers = owedCustomers(customers, calls)): FollowUpObligation[] {
  const today = ymdNumber(dateOf(asOf));
  const out: FollowUpObligation[] = [];
  // The add-on hands rows: read as a table, as the report does, and only the completing calls back as text.
  const table = asCallTable(calls);
  findObligations(table, settings, asOf, owed, (n, kind, since, w, done, doneDay, stage) => {
    const o: FollowUpObligation = { kind, customerId: owed.customers[n]!.id, since, window: w.window, status: 'open' };
    if (done >= 0) {
      o.doneAt = atOf(table, done);
      o.doneBy = valueOf(table.columns.agent, done);
    }
    o.status = statusOn(done >= 0 ? doneDay : undefined, w.to, today);
    if (stage) o.stage = stage;
    out.push(o);
  });
  return out;
}

/** listFollowUpObligations' walk, each obligation handed to found as numbers (the report keeps them in arrays, not as objects). */
export function findObligations(calls: Calls, settings: Settings, asOf: string, owed: OwedCustomers, found: FoundObligation): void {
  const windows = windowsFor(settings);
  const { timeline, keys } = owed;
  const day = dateOf(asOf);
  const today = ymdNumber(day);
  const table = asCallTable(calls);
  const run: Run = { table, serviceDays: table.columns.serviceDate.values.map(dateOf), dayTexts: new Map(), n: 0, timeline, first: 0, end: 0, services: { days: [], stages: [] }, firstDays: [] };
  owed.customers.forEach((c, n) => {
    run.n = n;
    run.first = timeline.start[keys[n]!]!;
    run.end = timeline.start[keys[n]! + 1]!;
    addObligationsOf(c, run, day, today, windows, found);
  });
}
