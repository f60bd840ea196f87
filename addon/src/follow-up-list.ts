// Today's follow-up list from the archive and the calls: what the core says is owed (post-service, after-sales, second, promised answers), agreed next contacts, birthdays and service due.
import { addDays, dateOf, daysBetween } from '../../shared/dates';
import { matchEnum } from '../../shared/enums';
import { callsByCustomer, listFollowUpObligations, type FollowUpObligation, type ObligationKind } from '../../shared/rules/follow-up-obligations';
import { followUpStatus, memberCoverage, nextServiceDate } from '../../shared/rules/follow-up-schedule';
import { complaintFollowUps } from '../../shared/rules/complaint-sla';
import type { Call, Complaint, Customer } from '../../shared/schema';
import type { Settings } from '../../shared/settings';
import { labels } from './labels';
import type { FollowUpItem, FollowUpsToday, Lang } from './rpc-contract';

export interface CustomerRow {
  customer: Customer;
  sheetRow: number;
}

/** Most items a list returns; the sidebar is for today's work, not an archive. */
export const LIST_LIMIT = 200;

/** The birthday's month-day this year; 29 February falls on the 28th in other years. */
function birthdayOn(birthday: string, today: string): string {
  const year = today.slice(0, 4);
  const monthDay = dateOf(birthday).slice(5);
  if (monthDay !== '02-29') return `${year}-${monthDay}`;
  return addDays(`${year}-03-01`, -1);
}

type Prefill = FollowUpItem['prefill'];

/** What the call form starts with for an obligation: the purpose that completes it, and the service it follows up. */
function prefillOf(o: FollowUpObligation, settings: Settings): Prefill {
  const stage = o.stage ? matchEnum(settings.lists.stages, o.stage) : undefined;
  const withStage = (p: Prefill): Prefill => (stage ? { ...p, stage } : p);
  if (o.kind === 'second-follow-up') return withStage({ purpose: 'second-follow-up' });
  if (o.kind === 'promised-answer') return {};
  return withStage({ purpose: 'post-service', serviceDate: o.since });
}

export function followUpsToday(customers: readonly CustomerRow[], calls: readonly Call[], settings: Settings,
  today: string, lang: Lang, complaints: readonly Complaint[] = []): FollowUpsToday {
  const t = labels(lang);
  const reasonOf: Record<ObligationKind, (o: FollowUpObligation) => string> = {
    'post-service': () => t.reasonPostService,
    'first-after-sales': () => t.reasonFirstAfterSales,
    'second-follow-up': () => t.reasonSecondFollowUp,
    'promised-answer': (o) => (o.status === 'missed' ? t.reasonEscalate : t.reasonPromisedAnswer),
  };
  const rowOf = new Map(customers.filter((r) => r.customer.id).map((r) => [r.customer.id, r]));
  const due = new Map<string, FollowUpItem>();
  const overdue = new Map<string, FollowUpItem>();
  const add = (row: CustomerRow, reason: string, day: string, late: boolean, prefill: Prefill = {}): void => {
    const list = late ? overdue : due;
    const c = row.customer;
    const item = list.get(c.id);
    if (item) {
      if (!item.reason.split(lang === 'zh' ? '；' : '; ').includes(reason)) item.reason = `${item.reason}${lang === 'zh' ? '；' : '; '}${reason}`;
      // The form is prefilled for the most urgent reason that says what the call is.
      if (prefill.purpose && (!item.prefill.purpose || day < item.due)) item.prefill = prefill;
      if (day < item.due) item.due = day;
      return;
    }
    list.set(c.id, { customerId: c.id, name: c.name ?? '', phone: c.phone ?? '', reason, due: day, sheetRow: row.sheetRow, prefill });
  };

  // Owed: listed once its window opens (after-sales from day 3), overdue once it closes unkept.
  const archive = customers.map((r) => r.customer);
  for (const o of listFollowUpObligations(archive, calls, settings, today)) {
    const row = rowOf.get(o.customerId);
    if (!row) continue;
    if (o.status === 'open' && o.window.from <= today) add(row, reasonOf[o.kind](o), o.window.to, false, prefillOf(o, settings));
    if (o.status === 'missed') add(row, reasonOf[o.kind](o), o.window.to, true, prefillOf(o, settings));
  }

  // 001 "处理后有回访": a closed complaint's call back, listed from the close day until a call after closing is logged.
  for (const f of complaintFollowUps(complaints, calls, settings)) {
    const row = rowOf.get(f.customerId);
    if (row && !f.done && row.customer.consent !== false) add(row, t.reasonComplaintFollowUp, f.due, f.due < today);
  }

  const callsOf = callsByCustomer(calls);
  for (const row of customers) {
    const c = row.customer;
    if (!c.id || c.consent === false) continue;
    const own = callsOf.get(c.id) ?? [];
    const latest = own.reduce<Call | undefined>((a, b) => (!a || b.at > a.at ? b : a), undefined);
    if (latest?.nextContactDate) {
      const status = followUpStatus({ due: latest.nextContactDate }, today);
      if (status === 'due-today' || status === 'overdue') add(row, t.reasonNextContact, dateOf(latest.nextContactDate), status === 'overdue');
    }
    // Greetings (003: 客户生日…的问候) and service reminders (000: 通知客户按期保养) are due on their day only.
    if (c.birthday && birthdayOn(c.birthday, today) === today) add(row, t.reasonBirthday, today, false, { purpose: 'greeting' });
    const cycle = c.serviceCycleDays ?? settings.serviceCycleDays;
    if (cycle > 0 && nextServiceDate(c, settings) === today) add(row, t.reasonServiceDue, today, false, { purpose: 'renewal' });
  }
  // The earliest deadline first (so today's come first), then by name.
  const byDeadline = (a: FollowUpItem, b: FollowUpItem): number =>
    (a.due < b.due ? -1 : a.due > b.due ? 1 : a.name.localeCompare(b.name) || a.sheetRow - b.sheetRow);
  // The most recently missed first: those are the calls still worth making.
  const byRecent = (a: FollowUpItem, b: FollowUpItem): number => (a.due < b.due ? 1 : a.due > b.due ? -1 : a.sheetRow - b.sheetRow);
  const late = [...overdue.values()].sort(byRecent);
  for (const item of late) item.overdueDays = daysBetween(item.due, today);
  const fold = settings.followUp.foldOverdueAfterDays;
  const open = [...due.values()].sort(byDeadline);
  const weekEnd = addDays(today, 6);
  const monthStart = `${today.slice(0, 7)}-01`;
  return {
    due: open.slice(0, LIST_LIMIT),
    overdue: late.filter((i) => i.overdueDays! <= fold).slice(0, LIST_LIMIT),
    folded: late.filter((i) => i.overdueDays! > fold).slice(0, LIST_LIMIT),
    foldAfterDays: fold,
    counts: { today: open.filter((i) => i.due <= today).length, overdue: late.length, week: open.filter((i) => i.due <= weekEnd).length },
    coverage: memberCoverage(archive, calls, { from: monthStart, to: today }),
  };
}
