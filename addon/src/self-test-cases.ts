// The boundary rows every live formula is checked on (by the parity tests and by 公式自检 in a real workbook), and what the shared rules say of each.
import { addDays, monthOf, previousMonth, toEpochMs } from '../../shared/dates';
import {
  bonusBand, classifyTier, complaintAgeHours, firstResponseSla, hoursToClose, listFollowUpObligations, monthlyPoints,
  nextServiceDate, passes, serviceWindow,
} from '../../shared/rules';
import type { Call, Complaint, Customer, QaAudit, TrainingResult } from '../../shared/schema';
import type { SheetName } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';

export interface BoundaryCases {
  customers: Customer[];
  calls: Call[];
  complaints: Complaint[];
  qaAudits: QaAudit[];
  training: TrainingResult[];
}

/** The sheets the cases fill, in the order they are written. */
export const CASE_SHEETS = ['customers', 'calls', 'complaints', 'qaAudits', 'training'] as const satisfies readonly SheetName[];

const pad = (n: number, width = 4): string => String(n).padStart(width, '0');

/** An ISO local date-time `minutes` after another, to the second. */
export function addMinutes(iso: string, minutes: number): string {
  const ms = toEpochMs(iso.length === 10 ? `${iso}T00:00:00` : iso) + minutes * 60_000;
  return new Date(ms).toISOString().slice(0, 19);
}

/**
 * Rows sitting on every boundary the rules care about, relative to `now` (yyyy-mm-ddThh:mm:ss, whole minutes)
 * and its date: tier thresholds met and missed by a cent or a visit, referral counts either side of each
 * threshold, follow-up windows closing today, yesterday and tomorrow (post-service and after-sales stages),
 * calls on the visit day and the evening before, unreached and inbound calls, complaints answered at exactly
 * the limit and a minute either side, QA days at the unqualified limit, a month with every day lost, pass marks.
 */
export function boundaryCases(now: string): BoundaryCases {
  const today = now.slice(0, 10);
  const spends = [undefined, 0, 1999.99, 2000, 2000.01, 7999, 8000, 19999.99, 20000, 25000];
  const visits = [undefined, 0, 1, 2, 3, 4, 7, 8, 9];
  const offsets = [-2, -3, -4, -5, -6, -7, -8, 0, 2, -400];
  const cycles = [undefined, 0, 30, 90, undefined, 365];
  const customers: Customer[] = [];
  const count = 36;
  for (let i = 0; i < count; i++) {
    const c: Customer = { id: `C${pad(i + 1)}`, name: `客户${i + 1}`, phone: `139${String(10_000_000 + i).padStart(8, '0')}` };
    const spend = spends[i % spends.length];
    if (spend !== undefined) c.spendThisYear = spend;
    const visit = visits[(i + 1) % visits.length];
    if (visit !== undefined) c.visitsThisYear = visit;
    if (i % 9 !== 8) c.lastVisit = addDays(today, offsets[i % offsets.length]!);
    // 交车 is an after-sales stage in the car preset, 进厂 is not; every 13th customer refused contact.
    if (i % 3 === 0) c.stage = '交车';
    else if (i % 3 === 1) c.stage = '进厂';
    if (i % 13 === 12) c.consent = false;
    const cycle = cycles[i % cycles.length];
    if (cycle !== undefined) c.serviceCycleDays = cycle;
    customers.push(c);
  }
  // Hubs referred by exactly 0, 1, 2, 4, 5 and 6 customers reach each referral threshold and miss it by one.
  let next = 12;
  [0, 1, 2, 4, 5, 6].forEach((n, hub) => {
    for (let k = 0; k < n && next < count; k++) customers[next++]!.referrerId = customers[hub]!.id;
  });

  const calls: Call[] = [];
  const call = (customerId: string, at: string, extra: Partial<Call> = {}): void => {
    calls.push({ id: `HF${pad(calls.length + 1, 5)}`, customerId, at, agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', ...extra });
  };
  customers.forEach((c, i) => {
    if (!c.lastVisit) return;
    const kind = i % 5;
    if (kind === 0) call(c.id, `${c.lastVisit}T00:00:00`); // on the visit day: counts
    if (kind === 1) call(c.id, `${addDays(c.lastVisit, -1)}T23:59:00`); // the evening before: does not
    if (kind === 2) call(c.id, `${addDays(c.lastVisit, 1 + (i % 3))}T10:15:00`);
    if (kind === 3) call(c.id, `${addDays(c.lastVisit, 1 + (i % 4))}T10:00:00`, { reached: i % 2 === 0 ? 'no-answer' : 'call-back' });
    if (kind === 4) call(c.id, `${addDays(c.lastVisit, 1 + (i % 4))}T10:00:00`, { purpose: i % 2 === 0 ? 'inbound' : 'second-follow-up' });
  });
  // The sorted lookups' order, checked by Sheets itself: an id typed as a number, ids and references differing only in case,
  // an id next to another in order (C004 before C0040) with no call of its own, a call dated after today listed before
  // one in the window, a call to no customer sorting first (A…) and last (Z…).
  const visited = addDays(today, -5);
  const extra = (id: string, more: Partial<Customer> = {}): void => {
    customers.push({ id, name: `客户${id}`, phone: `138${String(10_000_000 + customers.length).padStart(8, '0')}`, lastVisit: visited, ...more });
  };
  extra('1001');
  extra('C0040');
  extra('C004', { referrerId: 'c0040' });
  extra('c0041', { referrerId: 'C0040' });
  call('1001', `${visited}T09:00:00`);
  call('c0040', `${addDays(visited, 1)}T09:00:00`);
  call('C0041', `${addDays(today, 2)}T09:00:00`);
  call('C0041', `${addDays(visited, 2)}T09:00:00`, { reached: 'no-answer' });
  call('A0000', `${visited}T09:00:00`);
  call('ZZ999', `${visited}T09:00:00`);

  const day = 24 * 60;
  const complaints: Complaint[] = [];
  // Open and unanswered: received exactly 24 h ago, a minute more or less, an hour ago, days ago.
  for (const age of [day, day + 1, day - 1, 60, 5 * day]) {
    complaints.push({ id: `TS${pad(complaints.length + 1, 3)}`, receivedAt: addMinutes(now, -age), channel: 'phone', category: 'other', content: '…', stage: 'accept' });
  }
  // Answered after exactly the limit, a minute either side, quickly, very late; some closed.
  [day, day + 1, day - 1, 5, 3 * day, day, day - 1].forEach((response, i) => {
    const receivedAt = addMinutes(now, -(10 * day + i * 37));
    const c: Complaint = { id: `TS${pad(complaints.length + 1, 3)}`, receivedAt, channel: 'phone', category: 'other', content: '…', stage: 'accept' };
    c.firstResponseAt = addMinutes(receivedAt, response);
    if (i >= 5) c.closedAt = addMinutes(receivedAt, response + 61 + i);
    complaints.push(c);
  });

  const qaAudits: QaAudit[] = [];
  const audit = (agent: string, date: string, unqualified: number): void => {
    qaAudits.push({ id: `ZJ${pad(qaAudits.length + 1, 5)}`, date, agent, sampled: 20, unqualified });
  };
  const m1 = previousMonth(monthOf(today));
  const m2 = previousMonth(m1);
  // One agent-month with no lost day, one with exactly one, one at the limit on two same-day rows.
  for (let d = 1; d <= 6; d++) audit('王芳', `${m1}-${pad(d, 2)}`, d % 4);
  for (let d = 1; d <= 6; d++) audit('李娜', `${m1}-${pad(d, 2)}`, d === 3 ? 4 : 1);
  audit('张伟', `${m1}-10`, 2); audit('张伟', `${m1}-10`, 2);
  audit('张伟', `${m1}-11`, 1); audit('张伟', `${m1}-11`, 2);
  audit('Alex', `${m1}-12`, 4); audit('Alex', `${m1}-12`, 0);
  // Every day of a month lost: more lost days than the month's points, floored at 0.
  const lastDay = Number(addDays(`${monthOf(addDays(`${m2}-28`, 7))}-01`, -1).slice(8, 10));
  for (let d = 1; d <= lastDay; d++) audit('Bo', `${m2}-${pad(d, 2)}`, 4 + (d % 2));

  const training: TrainingResult[] = [0, 79, 80, 81, 84, 85, 86, 100].map((score, i) => ({
    id: `PX${pad(i + 1, 3)}`, cohort: m2, trainee: `学员${i + 1}`, startDate: `${m2}-05`, test: 'basic' as const, date: `${m2}-07`, score,
  }));
  return { customers, calls, complaints, qaAudits, training };
}

/** What the shared rules say each computed column holds, row by row (undefined: the cell stays empty). */
export type Expected = Partial<Record<SheetName, Record<string, unknown[]>>>;

/** now is the spreadsheet's NOW() as it computed (yyyy-mm-ddThh:mm:ss); today is its date. */
export function expectedColumns(cases: BoundaryCases, settings: Settings, now: string): Expected {
  const today = now.slice(0, 10);
  const { complaints, qaAudits, training } = cases;
  // Ids as the sheet compares them (trimmed, without case): the rules see one customer where the sheet does.
  const key = (id: string | undefined): string | undefined => id?.trim().toUpperCase();
  const customers = cases.customers.map((c) => ({ ...c, id: key(c.id)!, ...(c.referrerId ? { referrerId: key(c.referrerId) } : {}) }));
  const calls = cases.calls.map((c) => ({ ...c, customerId: key(c.customerId)! }));
  const referrals = (c: Customer): number => customers.filter((o) => o.referrerId === c.id).length;
  const lastVisitOf = new Map(customers.map((c) => [c.id, c.lastVisit]));
  // Overdue = the obligation of the last visit (post-service or after-sales first call) is missed today.
  const missed = new Set(listFollowUpObligations(customers, calls, settings, today)
    .filter((o) => (o.kind === 'post-service' || o.kind === 'first-after-sales') && o.status === 'missed' && lastVisitOf.get(o.customerId) === o.since)
    .map((o) => o.customerId));
  // The hidden helper: the day of the last visit's obligation's first completing call, whenever it was; a refusal does
  // not change it (the obligation is read as if consent had been given), only the overdue flag.
  const doneOn = new Map(listFollowUpObligations(customers.map((c) => ({ ...c, consent: true })), calls, settings, today)
    .filter((o) => (o.kind === 'post-service' || o.kind === 'first-after-sales') && lastVisitOf.get(o.customerId) === o.since && o.doneAt)
    .map((o) => [o.customerId, o.doneAt!.slice(0, 10)]));
  const monthOfAgent = (a: QaAudit): QaAudit[] => qaAudits.filter((o) => o.agent === a.agent && monthOf(o.date) === monthOf(a.date));
  const points = qaAudits.map((a) => monthlyPoints(monthOfAgent(a), settings));
  return {
    customers: {
      referrals: customers.map(referrals),
      tier: customers.map((c) => classifyTier({ ...c, referrals: referrals(c) }, settings)),
      nextServiceDate: customers.map((c) => nextServiceDate(c, settings)),
      followUpDue: customers.map((c) => (c.lastVisit ? serviceWindow(c.lastVisit, c.stage, settings).window.to : undefined)),
      followUpDoneAt: customers.map((c) => (c.lastVisit ? doneOn.get(c.id) : undefined)),
      followUpOverdue: customers.map((c) => missed.has(c.id)),
    },
    complaints: {
      ageHours: complaints.map((c) => Math.floor(hoursToClose(c) ?? complaintAgeHours(c, now)!)),
      slaBreached: complaints.map((c) => firstResponseSla(c, settings, now) === 'breached'),
    },
    qaAudits: {
      dayPoint: qaAudits.map((a, i) => (points[i]!.lostDays.includes(a.date) ? 0 : 1)),
      monthlyPoints: points.map((p) => p.points),
      bonusBand: points.map((p) => bonusBand(p.points, settings)),
    },
    training: {
      result: training.map((t) => (passes(t.score, settings) ? 'pass' : 'fail')),
    },
  };
}
