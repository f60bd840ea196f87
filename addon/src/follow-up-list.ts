// Today's follow-up list from the archive and the calls: post-service calls, agreed next contacts and promised answers, due or overdue.
import { addDays, dateOf } from '../../shared/dates';
import { followUpStatus, memberCoverage } from '../../shared/rules/follow-up-schedule';
import type { Call, Customer } from '../../shared/schema';
import type { Settings } from '../../shared/settings';
import { labels } from './labels';
import type { FollowUpItem, FollowUpsToday, Lang } from './rpc-contract';

export interface CustomerRow {
  customer: Customer;
  sheetRow: number;
}

/** Most items a list returns; the sidebar is for today's work, not an archive. */
export const LIST_LIMIT = 200;

export function followUpsToday(customers: readonly CustomerRow[], calls: readonly Call[], settings: Settings,
  today: string, lang: Lang): FollowUpsToday {
  const t = labels(lang);
  const callsOf = new Map<string, Call[]>();
  for (const call of calls) {
    if (!call.customerId || !call.at) continue;
    const list = callsOf.get(call.customerId) ?? [];
    list.push(call);
    callsOf.set(call.customerId, list);
  }
  const due = new Map<string, FollowUpItem>();
  const overdue = new Map<string, FollowUpItem>();
  const add = (row: CustomerRow, reason: string, day: string): void => {
    const status = followUpStatus({ due: day }, today);
    const list = status === 'due-today' ? due : status === 'overdue' ? overdue : undefined;
    if (!list) return;
    const c = row.customer;
    const item = list.get(c.id);
    if (item) {
      item.reason = `${item.reason}${lang === 'zh' ? '；' : '; '}${reason}`;
      if (day < item.due) item.due = day;
      return;
    }
    list.set(c.id, { customerId: c.id, name: c.name ?? '', phone: c.phone ?? '', reason, due: day, sheetRow: row.sheetRow });
  };
  for (const row of customers) {
    const c = row.customer;
    if (!c.id || c.consent === false) continue;
    const own = (callsOf.get(c.id) ?? []).slice().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    if (c.lastVisit && !own.some((call) => dateOf(call.at) >= dateOf(c.lastVisit!))) {
      add(row, t.reasonPostService, addDays(c.lastVisit, settings.followUp.postServiceDays));
    }
    const latest = own[own.length - 1];
    if (latest?.nextContactDate) add(row, t.reasonNextContact, latest.nextContactDate);
    if (latest?.promisedAnswerDate) add(row, t.reasonPromisedAnswer, latest.promisedAnswerDate);
  }
  const byName = (a: FollowUpItem, b: FollowUpItem): number => a.name.localeCompare(b.name) || a.sheetRow - b.sheetRow;
  // The most recently missed first: those are the calls still worth making.
  const byRecent = (a: FollowUpItem, b: FollowUpItem): number => (a.due < b.due ? 1 : a.due > b.due ? -1 : a.sheetRow - b.sheetRow);
  const monthStart = `${today.slice(0, 7)}-01`;
  return {
    due: [...due.values()].sort(byName).slice(0, LIST_LIMIT),
    overdue: [...overdue.values()].sort(byRecent).slice(0, LIST_LIMIT),
    coverage: memberCoverage(customers.map((r) => r.customer), calls, { from: monthStart, to: today }),
  };
}
