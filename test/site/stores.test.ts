// A multi-store data folder (stores.json + one folder per store, as `kefu export --store` writes): the stores page, the combined figures, the overview's by-store table, in Chromium.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadWorkbook } from '../../load/load-workbook';
import { buildMonthReport } from '../../shared/report/month-report';
import { dataMonths } from '../../shared/report/months';
import { combineStores } from '../../shared/report/stores';
import type { ReportData } from '../../shared/report/types';
import { formatShare } from '../../site/i18n';
import { buildSite, scratchFolder, type BuildResult } from './build-site';
import { launchChromium } from './launch-chromium';
import { serveFolder, type StaticServer } from './static-server';

const LAST_MONTH = '2026-01';
const STORES = ['north', '南京店'];

/** data/sample cut to its first three months (dated sheets only; customers and points stay whole), optionally every other call. */
function reducedSample(to: string, halfTheCalls: boolean): void {
  cpSync('data/sample', to, { recursive: true });
  for (const file of ['calls.csv', 'complaints.csv', 'qa-audits.csv', 'training.csv']) {
    const lines = readFileSync(join('data/sample', file), 'utf8').split('\n');
    let row = 0;
    const kept = lines.filter((line, i) => {
      if (i === 0 || line === '') return true;
      if ((line.match(/\d{4}-\d{2}/)?.[0] ?? '9999') > LAST_MONTH) return false;
      row += 1;
      return !(halfTheCalls && file === 'calls.csv' && row % 2 === 0);
    });
    writeFileSync(join(to, file), kept.join('\n'));
  }
}

function storeData(folder: string): { data: ReportData; minGroupSize: number; settings: ReturnType<typeof loadWorkbook>['settings'] } {
  const wb = loadWorkbook([folder]);
  expect([...wb.unusable, ...wb.issues]).toEqual([]);
  const rows = <T>(name: keyof typeof wb.sheets): T[] => (wb.sheets[name]?.rows ?? []).map((r) => r.values as unknown as T);
  const data: ReportData = { customers: rows('customers'), calls: rows('calls'), complaints: rows('complaints'), qaAudits: rows('qaAudits'), training: rows('training'), points: rows('points') };
  return { data, settings: wb.settings, minGroupSize: wb.settings.report.minGroupSize };
}

let scratch: string;
let site: string;
let built: BuildResult;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  scratch = scratchFolder('stores-');
  const chain = join(scratch, 'chain');
  reducedSample(join(chain, STORES[0]!), false);
  reducedSample(join(chain, STORES[1]!), true);
  writeFileSync(join(chain, 'stores.json'), JSON.stringify(STORES.map((label, i) => ({ label, spreadsheetId: `sheet-${i}`, exportedAt: '2026-02-01T00:00:00Z' }))));
  site = join(scratch, 'site');
  built = await buildSite(chain, site);
  if (built.exitCode === 0) {
    server = await serveFolder(site);
    browser = await launchChromium();
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  expect(errors).toEqual([]);
  return page;
}

/** The rows of a page's stores table: label → { figure key → text }. */
function storesTable(page: Page, selector: string): Promise<{ label: string; combined: boolean; cells: Record<string, string> }[]> {
  return page.evaluate((sel) => [...document.querySelectorAll(`${sel} table.stores-table tbody tr`)].map((tr) => ({
    label: tr.querySelector('th')!.textContent!.trim(),
    combined: tr.hasAttribute('data-combined'),
    cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-figure')!, td.textContent!.trim()])),
  })), selector);
}

describe('a site built from several stores', () => {
  it('builds', () => {
    expect(built.exitCode, built.output.slice(-3000)).toBe(0);
  });

  it('has a stores page in both languages, linked in the nav', async () => {
    for (const root of ['/', '/en/']) {
      const page = await open(`${root}stores/`);
      const links = await page.locator('header nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toContain(`${root}stores/`);
      await page.context().close();
    }
  });

  it('shows each store and a combined row on /en/stores/, the combined CSAT being the stores’ pooled counts', async () => {
    const page = await open('/en/stores/');
    const rows = await storesTable(page, 'main');
    expect(rows.map((r) => r.label)).toEqual([...STORES, 'Combined']);
    expect(rows.map((r) => r.combined)).toEqual([false, false, true]);

    const [a, b] = STORES.map((s) => storeData(join(scratch, 'chain', s)));
    const month = dataMonths(a!.data).at(-1)!;
    expect(month).toBe(LAST_MONTH);
    const csatA = buildMonthReport(a!.data, month, a!.settings, { minGroupSize: a!.minGroupSize, pseudonymiseAgents: false }).satisfaction.csat;
    const csatB = buildMonthReport(b!.data, month, b!.settings, { minGroupSize: a!.minGroupSize, pseudonymiseAgents: false }).satisfaction.csat;
    expect(csatA.answered).toBeGreaterThan(csatB.answered); // the second store has half the calls, so the pooled figure differs from each
    const pooled = (csatA.satisfied + csatB.satisfied) / (csatA.answered + csatB.answered);
    const combined = rows.find((r) => r.combined)!;
    expect(combined.cells['csat']).toBe(formatShare(pooled, 'en'));
    expect(combined.cells['responses']).toBe(String(csatA.answered + csatB.answered));
    // …and the same as the combined data gives, which every other page is built from
    const all = buildMonthReport(combineStores(STORES.map((label, i) => ({ label, data: [a!, b!][i]!.data }))), month, a!.settings, { minGroupSize: a!.minGroupSize, pseudonymiseAgents: false });
    expect(all.satisfaction.csat.suppressed ? 'x' : formatShare(all.satisfaction.csat.value, 'en')).toBe(combined.cells['csat']);
    expect(rows[0]!.cells['csat']).toBe(csatA.suppressed ? 'too few to report' : formatShare(csatA.value, 'en'));
    await page.context().close();
  });

  it('the zh stores page says 合计', async () => {
    const page = await open('/stores/');
    const rows = await storesTable(page, 'main');
    expect(rows.map((r) => r.label)).toEqual([...STORES, '合计']);
    await page.context().close();
  });

  it('the overview has a short by-store table', async () => {
    for (const [root, combined] of [['/en/', 'Combined'], ['/', '合计']] as const) {
      const page = await open(root);
      const rows = await storesTable(page, 'section.by-store');
      expect(rows.map((r) => r.label)).toEqual([...STORES, combined]);
      expect(Object.keys(rows[0]!.cells)).toContain('csat');
      await page.context().close();
    }
  });

  it('other pages are built from the stores combined', () => {
    const en = readFileSync(join(site, 'en', 'index.html'), 'utf8');
    expect(en).toContain('Overview: January 2026');
    expect(existsSync(join(site, 'en', 'reports', LAST_MONTH, 'index.html'))).toBe(true);
  });
});
