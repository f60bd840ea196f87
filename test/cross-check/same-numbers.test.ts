// The site, the sheet's live formulas and `kefu summary` show the same numbers for the same data (issue 9, "How it is checked").
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { sampleFiles } from '../../cli/sample/write-sample';
import { dateOf, monthOf } from '../../shared/dates';
import { BONUS_BAND, matchEnum, TIER, type Tier } from '../../shared/enums';
import { buildMonthReport, type MonthReport } from '../../shared/report/month-report';
import type { MonthSummary } from '../../shared/report/summary';
import { CUSTOMERS, QA_AUDITS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { loadSiteData, readSiteEnv, type SiteData } from '../../site/data/site-data';
import { toDataRow } from '../addon/formulas/generate';
import { buildWorkbook } from '../addon/formulas/workbook';
import { summaryFixture } from '../shared/report/summary-fixture';

const MONTH = '2026-10';
const BAND_KEY = { full: 'full', standard: 'standard', 'minus-50': 'minus50', 'minus-100': 'minus100', none: 'none' } as const;

/** (a) What `kefu summary <folder> --month … --json` prints. */
async function summaryJson(folder: string, month: string): Promise<MonthSummary> {
  const out: string[] = [];
  const exit = await main(['summary', folder, '--month', month, '--json'], { out: (t) => out.push(t), err: () => undefined });
  expect(exit).toBe(0);
  return JSON.parse(out.join('\n')) as MonthSummary;
}

/** (b) The month report exactly as site/data/month-reports.ts builds it for the pages. */
function siteReport(folder: string, month: string): { site: SiteData; report: MonthReport } {
  const site = loadSiteData(readSiteEnv({ KEFU_DATA: folder }), () => 'cross-check-pseudonym-key');
  return { site, report: buildMonthReport(site.data, month, site.settings, site.options) };
}

/** The figures both the summary and the site hold, side by side. */
function expectSummaryMatchesSite(summary: MonthSummary, report: MonthReport): void {
  const csat = report.satisfaction.csat;
  expect(summary.satisfaction).toEqual({ responses: csat.answered, satisfied: csat.satisfied, rate: csat.answered ? csat.satisfied / csat.answered : null });
  if (!csat.suppressed) expect(summary.satisfaction.rate).toBe(csat.value);
  expect({ received: summary.complaints.received, closed: summary.complaints.closed, open: summary.complaints.open })
    .toEqual({ received: report.complaints.received, closed: report.complaints.closed, open: report.complaints.open });
  expect({ due: summary.complaints.firstResponseDue, met: summary.complaints.firstResponseMet }).toEqual({ due: report.complaints.firstResponseDue, met: report.complaints.firstResponseMet });
  expect(summary.complaints.firstResponseDue).toBe(report.headline.slaMet.n);
  expect(summary.quality.agents).toEqual(report.quality.agents.map((a) => ({ agent: a.agent, points: a.points, band: BAND_KEY[a.band] })));
  expect(summary.quality.agents.filter((a) => a.band === 'full').length).toBe(report.headline.qaFullBand);
  // The site shows trainees as 学员 1 … (keyed order), the shop's summary by name: the same cohorts, sizes and statuses.
  const statuses = (rows: { cohort: string; status: string }[]) => rows.map((t) => `${t.cohort} ${t.status}`).sort();
  expect(statuses(summary.training.trainees))
    .toEqual(statuses(report.training.cohorts.flatMap((c) => c.trainees.map((t) => ({ cohort: c.cohort, status: t.status })))));
  // The follow-ups page's key figures.
  expect(summary.followUps).toEqual({
    postServiceDue: report.followUps.postServiceDue, postServiceOnTime: report.followUps.postServiceOnTime,
    afterSalesDue: report.followUps.afterSales?.due ?? null, afterSalesOnTime: report.followUps.afterSales?.onTime ?? null,
    secondMissedCustomers: report.followUps.secondMissedCustomers, secondDueCustomers: report.followUps.secondDueCustomers,
  });
  expect(summary.customers).toEqual({
    total: report.archive.customers,
    tiers: Object.fromEntries(report.archive.tierMix.map((t) => [t.tier, t.count])),
  });
}

describe('the hand-written October: summary, site and sheet formulas agree', () => {
  let folder: string;
  let summary: MonthSummary;
  let report: MonthReport;
  let site: SiteData;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kefu-cross-check-'));
    for (const [name, text] of sampleFiles({ ...summaryFixture(), settings: defaultSettings() })) writeFileSync(join(folder, name), text);
    summary = await summaryJson(folder, MONTH);
    ({ site, report } = siteReport(folder, MONTH));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('the summary JSON and the site pages get the same figures', () => {
    expectSummaryMatchesSite(summary, report);
  });

  it('the sheet formulas (HyperFormula) give the same QA points, bands and customer tiers', () => {
    // The fixture holds Xu at exactly 12 points: the sheet's band column must say no bonus, as the summary does.
    expect(summary.quality.agents.find((a) => a.agent === 'Xu')).toEqual({ agent: 'Xu', points: 12, band: 'none' });
    const { customers, qaAudits } = site.data;
    const wb = buildWorkbook(site.settings, [
      { schema: CUSTOMERS, rows: customers.map((c) => toDataRow(c, ['firstVisit', 'lastVisit'])) },
      { schema: QA_AUDITS, rows: qaAudits.map((a) => toDataRow(a, ['date'])) },
    ], { rows: Math.max(customers.length, qaAudits.length) + 5 });

    // 当月积分 and 当月奖金档: every row of an agent's month carries the month's points and band; each agent's must be the summary's.
    const points = wb.column(QA_AUDITS, 'monthlyPoints', qaAudits.length);
    const bands = wb.column(QA_AUDITS, 'bonusBand', qaAudits.length);
    const sheetFigures = new Map<string, Set<string>>();
    qaAudits.forEach((a, i) => {
      if (monthOf(a.date) !== MONTH) return;
      sheetFigures.set(a.agent, (sheetFigures.get(a.agent) ?? new Set()).add(JSON.stringify([points[i], bands[i]])));
    });
    const fromSheet = [...sheetFigures].map(([agent, values]) => {
      expect(values.size).toBe(1);
      const [p, band] = JSON.parse([...values][0]!) as [number, string];
      return { agent, points: p, band: BAND_KEY[matchEnum(BONUS_BAND, band)!] };
    });
    expect(fromSheet.sort((a, b) => (a.agent < b.agent ? -1 : 1))).toEqual([...summary.quality.agents].sort((a, b) => (a.agent < b.agent ? -1 : 1)));

    // 客户等级: the sheet's tier column counted over the customers the month's archive holds (first visit by month end).
    const tiers = wb.column(CUSTOMERS, 'tier', customers.length);
    const counts = Object.fromEntries(TIER.map((t) => [t.key, 0])) as Record<Tier, number>;
    customers.forEach((c, i) => {
      if (c.firstVisit && dateOf(c.firstVisit) > '2026-10-31') return;
      counts[matchEnum(TIER, String(tiers[i]))!] += 1;
    });
    expect(counts).toEqual(summary.customers.tiers);
    expect(counts).toEqual(Object.fromEntries(report.archive.tierMix.map((t) => [t.tier, t.count])));
  });
});

describe('the bundled sample: summary and site agree', () => {
  it('for October 2026', async () => {
    const summary = await summaryJson('data/sample', MONTH);
    expectSummaryMatchesSite(summary, siteReport('data/sample', MONTH).report);
  });
});
