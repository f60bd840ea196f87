// The archive's counts month by month from its one pass over the customers equal the shared rules applied customer by customer on each month's last day.
import { describe, expect, it } from 'vitest';
import { addDays, dateOf } from '../../../shared/dates';
import { summariseArchive } from '../../../shared/report/archive';
import { monthRange } from '../../../shared/report/months';
import { TIERS } from '../../../shared/report/tiers';
import { archiveCompleteness } from '../../../shared/rules/completeness';
import { isMember } from '../../../shared/rules/follow-up-schedule';
import { isLapsed } from '../../../shared/rules/lapsed';
import { classifyTier } from '../../../shared/rules/tier';
import { isStaffVisit, staffVisitStanding } from '../../../shared/rules/visit-minimum';
import type { Customer } from '../../../shared/schema/customers';
import type { PointsEntry } from '../../../shared/schema/points';
import { monthsBetween } from '../../../shared/dates';
import { defaultSettings, withSetting, type Settings } from '../../../shared/settings';
import { call, customer, data, type RowData } from './fixtures';

/** A fixed pseudo-random archive over 2024-06 … 2027-03: first and last visits, cards issued and recalled, staff visits, purchases. */
function archive(): RowData {
  let seed = 13;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  const day = (): string => addDays('2024-06-01', next(1030));
  const maybe = (odds: number): boolean => next(100) < odds;
  const customers: Customer[] = [];
  const calls = [call('C0', '2024-09-15T09:00')];
  const points: PointsEntry[] = [];
  for (let i = 0; i < 160; i++) {
    const id = `C${i}`;
    customers.push(customer(id, {
      ...(maybe(80) ? { firstVisit: day() } : {}),
      ...(maybe(60) ? { lastVisit: day() } : {}),
      ...(maybe(50) ? { memberCardNo: `V${i}`, ...(maybe(70) ? { cardIssued: day() } : {}), ...(maybe(30) ? { cardRecalled: day() } : {}) } : {}),
      ...(maybe(15) ? { consent: false } : {}),
      ...(maybe(30) ? { serviceCycleDays: [0, 30, 90, 180][next(4)]! } : {}),
      spendThisYear: [0, 5000, 25000][next(3)]!, visitsThisYear: next(6), referrals: next(2),
      organisation: maybe(50) ? '某公司' : '',
    }));
    for (let v = next(7); v > 0; v--) {
      calls.push(call(id, `${day()}T10:00`, { channel: maybe(80) ? 'staff-visit' : 'visit', reached: maybe(85) ? 'reached' : 'no-answer' }));
    }
    for (let p = next(4); p > 0; p--) points.push({ id: `P${i}-${p}`, customerId: id, date: day(), kind: maybe(80) ? 'spend' : 'redeem', points: 100 });
  }
  return data({ customers, calls, points });
}

/** The counts summariseArchive gives, worked out with the rules one customer at a time. */
function byRules(d: RowData, month: string, settings: Settings) {
  const end = monthRange(month).to;
  const firstDay = d.calls.map((c) => dateOf(c.at)).sort()[0];
  const held = d.customers.filter((c) => !c.firstVisit || dateOf(c.firstVisit) <= end);
  const byTier = new Map(TIERS.map((t) => [t, { count: 0, owing: 0, behind: 0 }]));
  const out = { customers: held.length, members: 0, staffVisitsThisYear: 0, staffVisitsBehind: 0, lapsed: 0, lapsedMembers: 0 };
  for (const c of held) {
    const tier = classifyTier(c, settings);
    const first = c.firstVisit ? dateOf(c.firstVisit) : undefined;
    const since = first !== undefined && firstDay !== undefined && firstDay > first ? firstDay : first ?? firstDay;
    const visits = d.calls.filter((k) => k.customerId === c.id && isStaffVisit(k)).map((k) => k.at);
    const standing = staffVisitStanding({ tier, consent: c.consent, since, visits }, end, settings);
    const lastPurchase = d.points.filter((p) => p.customerId === c.id && p.kind === 'spend' && p.date <= end).map((p) => p.date).sort().pop();
    const member = isMember(c, end);
    const lapsed = isLapsed(c, end, settings, lastPurchase);
    const t = byTier.get(tier)!;
    t.count++;
    if (standing.due > 0) t.owing++;
    if (standing.behind) t.behind++;
    out.members += member ? 1 : 0;
    out.staffVisitsThisYear += standing.made;
    out.staffVisitsBehind += standing.behind ? 1 : 0;
    out.lapsed += lapsed ? 1 : 0;
    out.lapsedMembers += lapsed && member ? 1 : 0;
  }
  const completeness = archiveCompleteness(held as unknown as Record<string, unknown>[], settings.archive.keyFields);
  return { ...out, completeness, tierMix: TIERS.map((tier) => ({ tier, count: byTier.get(tier)!.count })), owingBehind: TIERS.map((tier) => [byTier.get(tier)!.owing, byTier.get(tier)!.behind]) };
}

const defaults = defaultSettings();
const d = archive();

describe('summariseArchive month by month agrees with the rules customer by customer', () => {
  const settingsCases = [
    { description: 'default settings', settings: defaults },
    { description: 'lapsed after half a cycle (fractional days), potential customers owing 1 visit and ordinary 5 a year',
      settings: withSetting(withSetting(withSetting(defaults, 'archive.lapsedAfterCycles', 0.5), 'staffVisitsPerYear.potential', 1), 'staffVisitsPerYear.ordinary', 5) },
  ];
  const months = monthsBetween('2024-05', '2027-04');
  it.each(settingsCases)('$description: every month 2024-05 … 2027-04', ({ settings }) => {
    const got = months.map((m) => {
      const a = summariseArchive(d, m, settings);
      return {
        month: m, customers: a.customers, members: a.members, staffVisitsThisYear: a.staffVisitsThisYear, staffVisitsBehind: a.staffVisitsBehind,
        lapsed: a.lapsed, lapsedMembers: a.lapsedMembers, completeness: a.completeness, tierMix: a.tierMix, owingBehind: a.staffVisitsByTier.map((t) => [t.owing, t.behind]),
      };
    });
    expect(got).toEqual(months.map((m) => ({ month: m, ...byRules(d, m, settings) })));
  });

  it('the fixture exercises every count (none stays 0 all along)', () => {
    const all = months.map((m) => byRules(d, m, defaults));
    for (const key of ['members', 'staffVisitsThisYear', 'staffVisitsBehind', 'lapsed', 'lapsedMembers'] as const) {
      expect(all.some((a) => a[key] > 0), key).toBe(true);
    }
  });
});
