// The archive at a month's end as counts: key-field completeness and target, tier mix, staff visits behind, lapsed, customers and members.
import { describe, it, expect } from 'vitest';
import { summariseArchive } from '../../../shared/report/archive';
import { archiveCompleteness } from '../../../shared/rules/completeness';
import { defaultSettings } from '../../../shared/settings';
import { call, customer, data } from './fixtures';

// Photo studio defaults: tiers VIP spend ≥ 20000, potential referrals ≥ 1; staff visits VIP 4, ordinary 2, potential 0 a year;
// lapsed after 365 × 1.5 = 547.5 days. November 2026 ends on the 30th: 11 months judged, VIP owes ⌊4×11/12⌋ = 3, ordinary ⌊2×11/12⌋ = 1.
const settings = defaultSettings();
const full = { organisation: '某公司', address: '某路 1 号' };
const A = customer('A', { ...full, spendThisYear: 25000, memberCardNo: 'V1', cardIssued: '2026-01-01', lastVisit: '2025-01-01' });
const B = customer('B', { ...full, visitsThisYear: 4, memberCardNo: 'V2', cardRecalled: '2026-11-15', lastVisit: '2025-06-01' });
const C = customer('C', { organisation: '某公司', referrals: 1 });
const D = customer('D', { lastVisit: '2025-05-31' });
const E = customer('E', { visitsThisYear: 2, firstVisit: '2026-12-05' });
const F = customer('F', { visitsThisYear: 2, firstVisit: '2026-11-30', memberCardNo: 'V3', cardIssued: '2026-12-01' });
const G = customer('G', { firstVisit: '2026-01-05', consent: false });
const visit = (id: string, at: string, reached: 'reached' | 'no-answer' = 'reached') => call(id, at, { channel: 'staff-visit', purpose: 'greeting', reached });
const calls = [
  call('C', '2026-01-02T10:00'), // the first record: months from January on are judged
  visit('A', '2026-02-01T10:00'), visit('A', '2026-05-01T10:00'),
  visit('A', '2026-08-01T10:00', 'no-answer'), // nobody in: not a visit
  visit('A', '2026-12-02T10:00'), // after November
  visit('B', '2026-06-01T10:00'),
  call('D', '2026-03-01T10:00', { channel: 'visit', purpose: 'inbound' }), // D came in (到店): not a staff visit
];
// H last came 600 days before the end of November but bought something in October (a spend entry): not lapsed.
const H = customer('H', { lastVisit: '2025-04-09' });
const points = [{ id: 'P1', customerId: 'H', date: '2026-10-10', kind: 'spend' as const, points: 300 }];
const d = data({ customers: [A, B, C, D, E, F, G, H], calls, points });

describe('summariseArchive', () => {
  const a = summariseArchive(d, '2026-11', settings);

  it('counts customers whose first visit came by month end, and members on its last day', () => {
    expect(a.customers).toBe(7);
    expect(a.members).toBe(1);
  });

  it('tier mix by the shared rule (not the sheet column), all four tiers', () => {
    expect(a.tierMix).toEqual([
      { tier: 'vip', count: 1 }, { tier: 'core', count: 0 }, { tier: 'potential', count: 1 }, { tier: 'ordinary', count: 5 },
    ]);
  });

  it('counts staff visits (上门, reached) this year by month end, not the customers’ own 到店', () => {
    expect(a.staffVisitsThisYear).toBe(3);
  });

  it('behind on staff visits: A (VIP, 2 < 3 due), D and H (ordinary, 0 < 1); not B (1 of 1), C (potential), F (new in November), G (said no)', () => {
    expect(a.staffVisitsBehind).toBe(3);
    expect(a.staffVisitsByTier).toEqual([
      { tier: 'vip', minimum: 4, owing: 1, behind: 1 },
      { tier: 'core', minimum: 4, owing: 0, behind: 0 },
      { tier: 'potential', minimum: 0, owing: 0, behind: 0 },
      { tier: 'ordinary', minimum: 2, owing: 3, behind: 2 },
    ]);
  });

  it('lapsed at month end: A (698 days) and D (548), not B (547) nor H (a purchase in October); A is a member', () => {
    expect([a.lapsed, a.lapsedMembers, a.lapsedAfterCycles]).toEqual([2, 1, 1.5]);
  });

  it('completeness: customers with organisation, address and phone all filled (A, B of 7), fields beside it, target from Settings', () => {
    expect(a.completeness.overall).toEqual({ filled: 2, total: 7, share: 2 / 7 });
    expect(a.completeness.keyFields).toEqual(['organisation', 'address', 'phone']);
    expect(a.completeness.fields.slice(0, 3)).toEqual([
      { key: 'organisation', filled: 3, total: 7, share: 3 / 7, isKey: true },
      { key: 'address', filled: 2, total: 7, share: 2 / 7, isKey: true },
      { key: 'phone', filled: 7, total: 7, share: 1, isKey: true },
    ]);
    expect(a.completeness.fields.find((f) => f.key === 'name')).toEqual({ key: 'name', filled: 7, total: 7, share: 1, isKey: false });
    expect(a.target).toBe(0.85);
  });

  it('December has all eight and both members; A’s December visit makes 3 of 4 due, still behind', () => {
    const dec = summariseArchive(d, '2026-12', settings);
    expect([dec.customers, dec.members]).toEqual([8, 2]);
    expect(dec.staffVisitsThisYear).toBe(4);
    expect(dec.staffVisitsByTier[0]).toEqual({ tier: 'vip', minimum: 4, owing: 1, behind: 1 });
  });

  it('an empty archive gives no share rather than 0', () => {
    expect(summariseArchive(data(), '2026-11', settings).completeness.overall.share).toBeUndefined();
  });
});

describe('completeness carried forward by first visit', () => {
  // E comes on 5 December and F on 30 November, G in January; the others are undated and always count.
  it.each([
    { description: 'before anyone dated came (December 2025): the five undated', input: '2025-12', expected: ['A', 'B', 'C', 'D', 'H'] },
    { description: 'January 2026: G joins', input: '2026-01', expected: ['A', 'B', 'C', 'D', 'G', 'H'] },
    { description: 'November: F on its last day joins', input: '2026-11', expected: ['A', 'B', 'C', 'D', 'F', 'G', 'H'] },
    { description: 'December: everyone', input: '2026-12', expected: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] },
  ])('$description', ({ input, expected }) => {
    const seen = d.customers.filter((c) => expected.includes(c.id)) as unknown as Record<string, unknown>[];
    expect(summariseArchive(d, input, settings).completeness).toEqual(archiveCompleteness(seen, settings.archive.keyFields));
  });
});
