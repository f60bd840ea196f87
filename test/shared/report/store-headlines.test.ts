// Stores beside their combined row: a small store's share cannot be the combined figure minus the other stores'.
import { describe, expect, it } from 'vitest';
import type { Headline } from '../../../shared/report/month-report';
import { publishStoreHeadlines } from '../../../shared/report/store-headlines';
import type { Figure } from '../../../shared/report/types';

const share = (part: number, n: number): Figure => (n === 0 ? { n, suppressed: true } : n < 5 ? { n, suppressed: true } : { n, value: part / n, suppressed: false });
const headline = (responses: number, satisfied: number, members: number): Headline => ({
  month: '2026-10', csat: share(satisfied, responses), responses, memberCoverage: share(members, 20), postServiceTimely: share(0, 0),
  complaintsReceived: 1, complaintsClosed: 1, slaMet: share(1, 8), qaFullBand: 2, latestCohort: undefined, archiveCompleteness: 0.9,
});

describe('publishStoreHeadlines', () => {
  // north: 0 of 3 satisfied; south 9 of 12; east 18 of 20 (minimum 5). The combined row shows 27 of 35.
  const rows = publishStoreHeadlines([headline(3, 0, 10), headline(12, 9, 10), headline(20, 18, 10)], 5);

  it('hides the small store and the next-smallest, with their responses; the large store stays', () => {
    expect(rows.map((r) => [r.csat, r.responses])).toEqual([
      [{ suppressed: true, withheld: true }, undefined],
      [{ suppressed: true, withheld: true }, undefined],
      [{ n: 20, value: 0.9, suppressed: false }, 20],
    ]);
  });

  it('leaves the other figures alone where no store is small, and counts as they are', () => {
    expect(rows.map((r) => r.memberCoverage)).toEqual([0, 1, 2].map(() => ({ n: 20, value: 0.5, suppressed: false })));
    expect(rows.map((r) => r.postServiceTimely)).toEqual([0, 1, 2].map(() => ({ n: 0, suppressed: true })));
    expect(rows.map((r) => r.complaintsReceived)).toEqual([1, 1, 1]);
  });
});
