// The archive at a month's end as counts: completeness and target, tier mix, visit minimums, customers and members.
import { describe, it, expect } from 'vitest';
import { summariseArchive } from '../../../shared/report/archive';
import { archiveCompleteness } from '../../../shared/rules/completeness';
import { defaultSettings } from '../../../shared/settings';
import { customer, data } from './fixtures';

const settings = defaultSettings();
const A = customer('A', { spendThisYear: 25000, visitsThisYear: 3, memberCardNo: 'V1', cardIssued: '2026-01-01', tier: 'ordinary' });
const B = customer('B', { visitsThisYear: 4, memberCardNo: 'V2', cardRecalled: '2026-11-15' });
const C = customer('C', { referrals: 1 });
const D = customer('D');
const E = customer('E', { visitsThisYear: 2, firstVisit: '2026-12-05' });
const F = customer('F', { visitsThisYear: 2, firstVisit: '2026-11-30', memberCardNo: 'V3', cardIssued: '2026-12-01' });
const d = data({ customers: [A, B, C, D, E, F] });

describe('summariseArchive', () => {
  const a = summariseArchive(d, '2026-11', settings);

  it('counts customers whose first visit came by month end, and members on its last day', () => {
    expect(a.customers).toBe(5);
    expect(a.members).toBe(1);
  });

  it('tier mix by the shared rule (not the sheet column), all four tiers', () => {
    expect(a.tierMix).toEqual([
      { tier: 'vip', count: 1 }, { tier: 'core', count: 1 }, { tier: 'potential', count: 2 }, { tier: 'ordinary', count: 1 },
    ]);
  });

  it('below the visit minimum of their tier: A (vip, 3 < 4), C (potential, 0 < 2), D (ordinary, 0 < 2)', () => {
    expect(a.belowVisitMinimum).toBe(3);
  });

  it('completeness of those customers, with the target from Settings', () => {
    expect(a.completeness).toEqual(archiveCompleteness([A, B, C, D, F] as unknown as Record<string, unknown>[]));
    expect(a.completeness.fields.find((f) => f.key === 'name')).toEqual({ key: 'name', filled: 5, total: 5, share: 1 });
    expect(a.target).toBe(0.85);
  });

  it('December has all six and both members', () => {
    const dec = summariseArchive(d, '2026-12', settings);
    expect([dec.customers, dec.members]).toEqual([6, 2]);
  });

  it('an empty archive gives no share rather than 0', () => {
    expect(summariseArchive(data(), '2026-11', settings).completeness.overall.share).toBeUndefined();
  });
});
