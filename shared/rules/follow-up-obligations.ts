// 回访 owed, as data: per customer the post-service call, the after-sales first call, the second follow-up and promised answers, each with its window and status on a date.
import { dateOf } from '../dates';
import type { EnumValue } from '../enums';
import type { Call } from '../schema/calls';
import type { Customer } from '../schema/customers';
import type { Settings } from '../settings';
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
  const day = dateOf(asOf);
  const done = o.doneAt !== undefined && dateOf(o.doneAt) <= day ? dateOf(o.doneAt) : undefined;
  if (done) return done <= o.window.to ? 'on-time' : 'late';
  return day <= o.window.to ? 'open' : 'missed';
}

/** The post-service call's window (001: "必须保证在三天之内完成回访"), or the after-sales first call's for after-sales stages (000: "三天至一周內"). */
export function serviceWindow(serviceDate: string, stage: string | undefined, settings: Settings): { kind: ObligationKind; window: DateWindow } {
  if (isStageIn(stage, settings.followUp.afterSalesStages)) return { kind: 'first-after-sales', window: firstAfterSalesWindow(serviceDate, settings) };
  return { kind: 'post-service', window: { from: dateOf(serviceDate), to: postServiceDue(serviceDate, settings) } };
}

/** Only a reached contact completes anything; which purposes count depends on what is owed. */
function completes(kind: ObligationKind, call: Call): boolean {
  if (call.reached !== 'reached') return false;
  if (kind === 'second-follow-up') return call.purpose === 'second-follow-up';
  if (kind === 'promised-answer') return true;
  return call.purpose !== 'inbound' && call.purpose !== 'second-follow-up';
}

function byTime(a: Call, b: Call): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

function inTimeOrder(calls: readonly Call[]): boolean {
  for (let i = 1; i < calls.length; i++) if (calls[i - 1]!.at > calls[i]!.at) return false;
  return true;
}

function owed(kind: ObligationKind, customerId: string, since: string, window: DateWindow, calls: readonly Call[],
  asOf: string, after?: string): FollowUpObligation {
  const done = calls.find((c) => completes(kind, c) && dateOf(c.at) >= window.from && (after === undefined || c.at > after));
  const o: FollowUpObligation = { kind, customerId, since, window, status: 'open' };
  if (done) { o.doneAt = done.at; o.doneBy = done.agent; }
  o.status = obligationStatus(o, asOf);
  return o;
}

/** The windows obligations arise with, each worked out once per day (and stage): many customers share a day. */
interface Windows {
  service(day: string, stage: string | undefined): { kind: ObligationKind; window: DateWindow };
  second(day: string): DateWindow;
  promise(day: string): DateWindow;
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
  const service = once((key) => {
    const [day, stage] = key.split('\u0000') as [string, string];
    return serviceWindow(day, stage === '' ? undefined : stage, settings);
  });
  return {
    // A blank stage decides as no stage does (isStageIn), so both share the key.
    service: (day, stage) => service(`${day}\u0000${stage ?? ''}`),
    second: once((day) => secondFollowUpWindow(day, settings)),
    promise: once((day) => ({ from: day, to: escalationDate(day, settings) })),
  };
}

/** One customer's obligations arisen by asOf; calls are that customer's, sorted by time. */
function obligationsOf(c: Customer, calls: readonly Call[], settings: Settings, asOf: string, windows: Windows): FollowUpObligation[] {
  const day = dateOf(asOf);
  const out: FollowUpObligation[] = [];
  // Service dates: every post-service call's, and the last visit; a stage named by a call wins over the archive's.
  const stageOf = new Map<string, string | undefined>();
  for (const call of calls) {
    if (call.purpose !== 'post-service' || !call.serviceDate) continue;
    const s = dateOf(call.serviceDate);
    if (!stageOf.has(s) || (stageOf.get(s) === undefined && call.stage)) stageOf.set(s, call.stage);
  }
  if (c.lastVisit) {
    const s = dateOf(c.lastVisit);
    if (stageOf.get(s) === undefined) stageOf.set(s, c.stage);
  }
  for (const [service, stage] of [...stageOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (service > day) continue;
    const { kind, window } = windows.service(service, stage);
    const o = owed(kind, c.id, service, window, calls, asOf);
    if (stage) o.stage = stage;
    out.push(o);
  }
  // Second follow-up (000: "第一次跟蹤服務的一周後的7天以內"): opened by a reached first call at a listed stage.
  const firstDays = new Set<string>();
  for (const call of calls) {
    const first = dateOf(call.at);
    if (first > day || call.reached !== 'reached' || call.purpose !== 'post-service' || firstDays.has(first)) continue;
    const stage = call.stage ?? (call.serviceDate ? stageOf.get(dateOf(call.serviceDate)) : undefined);
    if (!isStageIn(stage, settings.followUp.secondAfterStages)) continue;
    firstDays.add(first);
    const o = owed('second-follow-up', c.id, first, windows.second(first), calls, asOf);
    if (stage) o.stage = stage;
    out.push(o);
  }
  // A promised answer is settled by any later reached contact; unsettled after escalateAfterDays it goes to the supervisor.
  for (const call of calls) {
    const promised = dateOf(call.at);
    if (!call.promisedAnswerDate || promised > day) continue;
    out.push(owed('promised-answer', c.id, promised, windows.promise(promised), calls, asOf, call.at));
  }
  return out;
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

/**
 * Everything owed to the archive's customers as of asOf (services, first calls and promises up to that day),
 * each with the first completing contact and its status on asOf. Customers who refused contact are owed nothing.
 * `callsOf` is callsByCustomer(calls), for a caller that has it already.
 */
export function listFollowUpObligations(customers: readonly Customer[], calls: readonly Call[], settings: Settings,
  asOf: string, callsOf: ReadonlyMap<string, readonly Call[]> = callsByCustomer(calls)): FollowUpObligation[] {
  const windows = windowsFor(settings);
  const out: FollowUpObligation[] = [];
  for (const c of customers) {
    if (!c.id || c.consent === false) continue;
    const own = callsOf.get(c.id) ?? [];
    // A sheet kept in time order needs no sort (sort is stable, so sorting it would change nothing).
    for (const o of obligationsOf(c, inTimeOrder(own) ? own : own.slice().sort(byTime), settings, asOf, windows)) out.push(o);
  }
  return out;
}
