// Staff visits (上门拜访) per tier and year: the minimum, what counts as one, the pro-rata schedule and who is behind it.
import { describe, it, expect } from 'vitest';
import {
  isStaffVisit, minimumStaffVisits, monthsJudged, staffVisitsDue, staffVisitStanding, type StaffVisitInput,
} from '../../../shared/rules/visit-minimum';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { Channel, Reached, Tier } from '../../../shared/enums';

const settings = defaultSettings();

describe('minimumStaffVisits', () => {
  // 004: "经营人员对VIP客户和核心客户的上门拜访次数,原则上每年不少于4次,针对潜在客户,根据项目具体跟进情况尽心安排,普通客户原则上每年拜访次数不得低于2次"
  const cases: { description: string; input: Tier; expected: number }[] = [
    { description: 'VIP → 4 (004 "每年不少于4次")', input: 'vip', expected: 4 },
    { description: 'core → 4 (004 "VIP客户和核心客户…不少于4次")', input: 'core', expected: 4 },
    { description: 'potential → 0, no fixed minimum (004 "根据项目具体跟进情况")', input: 'potential', expected: 0 },
    { description: 'ordinary → 2 (004 "不得低于2次")', input: 'ordinary', expected: 2 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(minimumStaffVisits(input, settings)).toBe(expected);
  });

  it('reads the minimum from Settings', () => {
    expect(minimumStaffVisits('ordinary', withSetting(settings, 'staffVisitsPerYear.ordinary', 3))).toBe(3);
  });
});

describe('isStaffVisit', () => {
  const cases: { description: string; input: { channel: Channel; reached: Reached }; expected: boolean }[] = [
    { description: 'a staff visit (上门) that met the customer counts', input: { channel: 'staff-visit', reached: 'reached' }, expected: true },
    { description: 'a staff visit nobody was in for does not', input: { channel: 'staff-visit', reached: 'no-answer' }, expected: false },
    { description: "the customer's own 到店 visit is not a staff visit", input: { channel: 'visit', reached: 'reached' }, expected: false },
    { description: 'a phone call is not a visit', input: { channel: 'phone', reached: 'reached' }, expected: false },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isStaffVisit(input)).toBe(expected);
  });
});

describe('monthsJudged', () => {
  const cases: { description: string; input: { asOf: string; since?: string }; expected: number }[] = [
    { description: '31 March: January to March are over', input: { asOf: '2026-03-31' }, expected: 3 },
    { description: '30 March: March is not over yet', input: { asOf: '2026-03-30' }, expected: 2 },
    { description: '31 December: the whole year', input: { asOf: '2026-12-31' }, expected: 12 },
    { description: '15 January: nothing is over', input: { asOf: '2026-01-15' }, expected: 0 },
    { description: 'a customer first seen on 20 October counts October in full', input: { asOf: '2026-12-31', since: '2026-10-20' }, expected: 3 },
    { description: 'a first visit in an earlier year leaves the whole year', input: { asOf: '2026-06-30', since: '2019-05-01' }, expected: 6 },
    { description: 'a first visit after the day leaves nothing', input: { asOf: '2026-06-30', since: '2027-01-05' }, expected: 0 },
    { description: 'a date-time is read by its date', input: { asOf: '2026-06-30T23:59:59' }, expected: 6 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(monthsJudged(input.asOf, input.since)).toBe(expected);
  });
});

describe('staffVisitsDue', () => {
  // Pro rata, rounded down: 4 a year is one a quarter, 2 a year one a half-year (hand computed: ⌊minimum × months ÷ 12⌋).
  const cases: { description: string; input: { minimum: number; months: number }; expected: number }[] = [
    { description: '4 a year, after 2 months → 0', input: { minimum: 4, months: 2 }, expected: 0 },
    { description: '4 a year, after 3 months → 1', input: { minimum: 4, months: 3 }, expected: 1 },
    { description: '4 a year, after 10 months → 3', input: { minimum: 4, months: 10 }, expected: 3 },
    { description: '4 a year, after 12 months → 4', input: { minimum: 4, months: 12 }, expected: 4 },
    { description: '2 a year, after 5 months → 0', input: { minimum: 2, months: 5 }, expected: 0 },
    { description: '2 a year, after 6 months → 1', input: { minimum: 2, months: 6 }, expected: 1 },
    { description: '2 a year, after 12 months → 2', input: { minimum: 2, months: 12 }, expected: 2 },
    { description: 'no minimum → never owed', input: { minimum: 0, months: 12 }, expected: 0 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(staffVisitsDue(input.minimum, input.months)).toBe(expected);
  });
});

describe('staffVisitStanding', () => {
  const q = ['2026-02-10', '2026-05-12', '2026-08-20'];
  const cases: { description: string; input: { customer: StaffVisitInput; asOf: string }; expected: { due: number; made: number; behind: boolean } }[] = [
    { description: 'VIP with 4 visits at year end is on schedule (004 "不少于4次")',
      input: { customer: { tier: 'vip', visits: [...q, '2026-11-03'] }, asOf: '2026-12-31' }, expected: { due: 4, made: 4, behind: false } },
    { description: 'VIP with 3 visits at year end is behind',
      input: { customer: { tier: 'vip', visits: q }, asOf: '2026-12-31' }, expected: { due: 4, made: 3, behind: true } },
    { description: 'core with 3 visits by 31 October is on schedule (3 due)',
      input: { customer: { tier: 'core', visits: q }, asOf: '2026-10-31' }, expected: { due: 3, made: 3, behind: false } },
    { description: 'core with 2 visits by 30 September is behind (3 due)',
      input: { customer: { tier: 'core', visits: q.slice(0, 2) }, asOf: '2026-09-30' }, expected: { due: 3, made: 2, behind: true } },
    { description: 'core with 2 visits on 29 September is not yet behind (2 due)',
      input: { customer: { tier: 'core', visits: q.slice(0, 2) }, asOf: '2026-09-29' }, expected: { due: 2, made: 2, behind: false } },
    { description: 'visits of last year do not count this year',
      input: { customer: { tier: 'ordinary', visits: ['2025-12-20'] }, asOf: '2026-06-30' }, expected: { due: 1, made: 0, behind: true } },
    { description: 'visits after the day do not count yet',
      input: { customer: { tier: 'ordinary', visits: ['2026-07-01'] }, asOf: '2026-06-30' }, expected: { due: 1, made: 0, behind: true } },
    { description: 'ordinary with 1 visit at mid-year is on schedule (004 "不得低于2次")',
      input: { customer: { tier: 'ordinary', visits: ['2026-03-01'] }, asOf: '2026-06-30' }, expected: { due: 1, made: 1, behind: false } },
    { description: 'potential with none is never behind (004 "根据项目具体跟进情况")',
      input: { customer: { tier: 'potential', visits: [] }, asOf: '2026-12-31' }, expected: { due: 0, made: 0, behind: false } },
    { description: 'a VIP first seen in October owes one by 31 December',
      input: { customer: { tier: 'vip', since: '2026-10-20', visits: [] }, asOf: '2026-12-31' }, expected: { due: 1, made: 0, behind: true } },
    { description: 'a customer who said no to contact owes no visit',
      input: { customer: { tier: 'vip', consent: false, visits: [] }, asOf: '2026-12-31' }, expected: { due: 0, made: 0, behind: false } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const standing = staffVisitStanding(input.customer, input.asOf, settings);
    expect({ due: standing.due, made: standing.made, behind: standing.behind }).toEqual(expected);
  });

  it('takes the minimum from Settings', () => {
    const s = withSetting(settings, 'staffVisitsPerYear.potential', 2);
    expect(staffVisitStanding({ tier: 'potential', visits: [] }, '2026-12-31', s)).toEqual({ minimum: 2, due: 2, made: 0, behind: true });
  });
});
