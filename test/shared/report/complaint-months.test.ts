// The complaints section month by month from the register read once equals the rules applied to each month's complaints as they stood at its end.
import { describe, expect, it } from 'vitest';
import { addDays, monthsBetween, toEpochMs } from '../../../shared/dates';
import { complaintAsOf, openAt, summariseComplaintMonth } from '../../../shared/report/complaints';
import { monthEnd } from '../../../shared/report/months';
import { hasFollowUpAfterClose, summariseComplaints } from '../../../shared/rules/complaint-sla';
import type { Call } from '../../../shared/schema/calls';
import type { Complaint } from '../../../shared/schema/complaints';
import { defaultSettings } from '../../../shared/settings';
import { call, complaint, data, open } from './fixtures';

/** A fixed pseudo-random register over 2026: stages reached at later and later times, some closed, calls naming them or following up. */
function register(): { complaints: Complaint[]; calls: Call[] } {
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const at = (day: string, hours: number): string => `${addDays(day, Math.floor(hours / 24))}T${String(hours % 24).padStart(2, '0')}:00:00`;
  const complaints: Complaint[] = [];
  const calls: Call[] = [];
  for (let i = 0; i < 120; i++) {
    const day = addDays('2026-01-01', next(330));
    const steps = [0, ...Array.from({ length: 6 }, () => 6 + next(90))].reduce<number[]>((a, h) => [...a, (a[a.length - 1] ?? 0) + h], []).slice(1);
    const reached = Math.min(6, next(10));
    const stages = ['accept', 'judge', 'investigate', 'propose', 'implement', 'review'] as const;
    const keys = ['judgedAt', 'investigatedAt', 'proposedAt', 'implementedAt', 'reviewedAt'] as const;
    const times = Object.fromEntries(keys.slice(0, Math.min(reached, 5)).map((k, j) => [k, at(day, steps[j + 1]!)]));
    // Some are closed before the review is written up: as a month end saw them, closed but with a later time unset.
    const closed = reached === 6 ? { closedAt: at(day, steps[next(2) === 0 ? 3 : 5]! + 3) } : {};
    complaints.push(complaint(`K${i}`, `${day}T09:00:00`, {
      customerId: `C${next(80)}`, stage: stages[Math.min(reached, 5)]!, category: ['pricing', 'photo-quality', 'other'][next(3)]!,
      ...(next(4) > 0 ? { firstResponseAt: at(day, 9 + next(60)) } : {}), ...(reached >= 1 ? { valid: next(2) === 0 } : {}), ...times, ...closed,
    }));
    if (closed.closedAt && next(3) > 0) calls.push(call(`C${next(40)}`, at(day, steps[5]! + next(300)), { complaintId: `K${i}`, purpose: 'greeting' }));
    if (next(3) === 0) calls.push(call(`C${next(80)}`, at(day, next(2000)), { purpose: 'complaint-follow-up' }));
  }
  return { complaints, calls };
}

const settings = defaultSettings();
const { complaints, calls } = register();
const d = data({ complaints, calls });

/** What the section shows, worked out with the rules on the month's own complaints and the calls made by its end. */
function byRules(month: string) {
  const now = monthEnd(month);
  const made = calls.filter((c) => toEpochMs(c.at) <= toEpochMs(now));
  const received = complaints.filter((c) => c.receivedAt.slice(0, 7) === month).map((c) => complaintAsOf(c, now));
  const closed = complaints.filter((c) => c.closedAt?.slice(0, 7) === month);
  const open = complaints.filter((c) => toEpochMs(c.receivedAt) <= toEpochMs(now) && !(c.closedAt && toEpochMs(c.closedAt) <= toEpochMs(now))).map((c) => complaintAsOf(c, now));
  return {
    summary: summariseComplaints(received, made, settings, now),
    closed: closed.length,
    closedWithFollowUp: closed.filter((c) => hasFollowUpAfterClose(c, made)).length,
    open: open.length,
    openByAge: summariseComplaints(open, [], settings, now).openByAge,
  };
}

describe('summariseComplaintMonth agrees with the rules month by month', () => {
  const months = monthsBetween('2025-12', '2027-01');
  it('every month 2025-12 … 2027-01: summary, closed, followed up, open by age', () => {
    const got = months.map((m) => {
      const s = summariseComplaintMonth(d, m, settings, open);
      return { month: m, summary: s.summary, closed: s.closed, closedWithFollowUp: s.closedWithFollowUp, open: s.open, openByAge: s.openByAge };
    });
    expect(got).toEqual(months.map((m) => ({ month: m, ...byRules(m) })));
  });

  it('open complaints at an instant are the register as it stood then, stage rolled back', () => {
    const now = '2026-06-15T12:00:00';
    const expected = complaints.filter((c) => toEpochMs(c.receivedAt) <= toEpochMs(now) && !(c.closedAt && toEpochMs(c.closedAt) <= toEpochMs(now))).map((c) => complaintAsOf(c, now));
    expect(openAt(complaints, now)).toEqual(expected);
  });

  it('the register exercises every count (followed-up loops, later stages rolled back, open ones)', () => {
    const all = months.map(byRules);
    expect(all.some((a) => a.closedWithFollowUp > 0 && a.closedWithFollowUp < a.closed), 'loops').toBe(true);
    expect(all.some((a) => a.summary.closedWithFollowUp.count > 0), 'summary loops').toBe(true);
    expect(all.some((a) => a.open > 0), 'open').toBe(true);
    expect(complaints.some((c) => complaintAsOf(c, monthEnd(c.receivedAt.slice(0, 7))).stage !== c.stage)).toBe(true);
    expect(complaints.some((c) => { const seen = complaintAsOf(c, monthEnd(c.receivedAt.slice(0, 7))); return seen.closedAt !== undefined && seen.reviewedAt === undefined && c.reviewedAt !== undefined; }), 'closed before the review').toBe(true);
  });
});
