// Each store's headline beside the combined one: every share under complementary suppression across the stores, so no store's is the combined minus the others.
import type { Headline } from './month-report';
import { suppressBreakdown, WITHHELD, type Cell } from './suppress';

type Shared = 'csat' | 'memberCoverage' | 'postServiceTimely' | 'slaMet';
const SHARES: readonly Shared[] = ['csat', 'memberCoverage', 'postServiceTimely', 'slaMet'];

/** A store's headline as a page may show it: a withheld CSAT takes its count of responses with it. */
export type StoreHeadline = Omit<Headline, Shared | 'responses'> & { [K in Shared]: Cell } & { responses: number | undefined };

export function publishStoreHeadlines(stores: readonly Headline[], minGroupSize: number): StoreHeadline[] {
  let rows: StoreHeadline[] = stores.map((h) => ({ ...h }));
  for (const key of SHARES) {
    rows = suppressBreakdown(rows, (r) => r[key].n ?? 0, (r) => ({ ...r, [key]: WITHHELD, ...(key === 'csat' ? { responses: undefined } : {}) }), minGroupSize);
  }
  return rows;
}
