// The sample's archive: a tier pyramid under the default thresholds, staff visits by tier with some customers behind, 建档日期 on time.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../shared/dates';
import { daysArchiveLate } from '../../shared/check/archive-build';
import { summariseArchive } from '../../shared/report/archive';
import { isStaffVisit } from '../../shared/rules/visit-minimum';
import { generateSample } from '../../cli/sample/generate';

const data = generateSample();
const share = (n: number) => n / data.customers.length;

describe('the sample archive', () => {
  it('makes a pyramid under the default tiers: VIP a few percent, core well under a quarter, ordinary the largest', () => {
    const count = (tier: string) => data.customers.filter((c) => c.tier === tier).length;
    expect(share(count('vip'))).toBeGreaterThan(0.01);
    expect(share(count('vip'))).toBeLessThan(0.06);
    expect(share(count('core'))).toBeLessThan(0.2);
    expect(count('vip')).toBeLessThan(count('core'));
    expect(count('core')).toBeLessThan(count('potential'));
    expect(count('potential')).toBeLessThan(count('ordinary'));
  });

  it('logs staff visits (上门) to VIP and core customers, never to customers who said no, on days the studio is open', () => {
    const visits = data.calls.filter(isStaffVisit);
    const byId = new Map(data.customers.map((c) => [c.id, c]));
    const visited = new Set(visits.map((v) => v.customerId));
    const vipCore = data.customers.filter((c) => c.tier === 'vip' || c.tier === 'core');
    expect(vipCore.filter((c) => visited.has(c.id)).length / vipCore.length).toBeGreaterThan(0.6);
    for (const v of visits) expect(byId.get(v.customerId)!.consent).not.toBe(false);
  });

  it('leaves some customers behind on staff visits at the end of the period, but not most', () => {
    const a = summariseArchive(data, '2026-10', data.settings);
    const owing = a.staffVisitsByTier.reduce((n, t) => n + t.owing, 0);
    expect(a.staffVisitsByTier.find((t) => t.tier === 'vip')!.behind + a.staffVisitsByTier.find((t) => t.tier === 'core')!.behind).toBeGreaterThan(0);
    expect(a.staffVisitsBehind / owing).toBeGreaterThan(0.05);
    expect(a.staffVisitsBehind / owing).toBeLessThan(0.4);
    expect(a.staffVisitsByTier.find((t) => t.tier === 'potential')!.owing).toBe(0);
  });

  it('makes archives within archive.buildWithinDays of the first visit, some on the last day allowed, a few (under 2%) late', () => {
    const limit = data.settings.archive.buildWithinDays;
    const late = data.customers.filter((c) => daysArchiveLate(c, data.settings) !== undefined);
    expect(late.length).toBeGreaterThan(0);
    expect(late.length).toBeLessThan(data.customers.length * 0.02);
    expect(data.customers.some((c) => daysBetween(c.firstVisit!, c.createdAt!) === limit)).toBe(true);
  });
});
