// The built site in real Chromium: every page of both languages loads clean, charts draw and match their tables, navigation, print, phones.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './launch-chromium';
import { builtPaths, cohortsOf, counterpart, expectedPaths, monthsOf } from './site-pages';
import { serveFolder, type StaticServer } from './static-server';

const siteDir = inject('siteDir');
const months = monthsOf('data/sample');
const paths = expectedPaths(months, cohortsOf('data/sample'));

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(siteDir);
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Console errors, uncaught exceptions, failed requests and HTTP errors of one page, as text. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

interface FigureSeen {
  id: string;
  drawn: boolean;
  config: { options?: { indexAxis?: string }; data: { labels: (string | string[])[]; datasets: { label: string; data: (number | null)[] }[] } };
  header: string[];
  rows: { label: string; cells: { text: string; empty: boolean }[] }[];
}

/** Every chart figure of the page: whether its canvas holds any drawn pixel, its JSON config, its table. */
function readFigures(page: Page): Promise<FigureSeen[]> {
  return page.evaluate(() => [...document.querySelectorAll('figure.chart')].map((figure) => {
    const canvas = figure.querySelector('canvas[data-chart]') as HTMLCanvasElement;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let drawn = false;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) { drawn = true; break; }
    return {
      id: figure.id,
      drawn,
      config: JSON.parse(figure.querySelector('script[type="application/json"]')!.textContent!),
      header: [...figure.querySelectorAll('table thead th')].map((th) => th.textContent!.trim()),
      rows: [...figure.querySelectorAll('table tbody tr')].map((tr) => ({
        label: tr.querySelector('th')!.textContent!.trim(),
        cells: [...tr.querySelectorAll('td')].map((td) => ({ text: td.textContent!.trim(), empty: td.classList.contains('na') })),
      })),
    };
  }));
}

/** The number a table cell shows, read back from its locale format ("1,234", "87.5"). */
const numberIn = (text: string): number => Number(text.replace(/[^\d.-]/g, ''));

/** Where a figure's table disagrees with the chart's own config; empty when they agree. */
function tableMismatches(f: FigureSeen): string[] {
  const out: string[] = [];
  const { labels, datasets } = f.config.data;
  const joiner = f.config.options?.indexAxis === 'y' ? ' · ' : ' ';
  if (f.rows.length !== labels.length) out.push(`${f.id}: ${f.rows.length} rows for ${labels.length} labels`);
  datasets.forEach((d, j) => { if (f.header[j + 1] !== d.label) out.push(`${f.id}: column ${j + 1} is "${f.header[j + 1]}", series is "${d.label}"`); });
  labels.forEach((label, i) => {
    const row = f.rows[i];
    const text = Array.isArray(label) ? label.join(joiner) : label;
    if (!row) return;
    if (row.label !== text) out.push(`${f.id} row ${i}: "${row.label}" ≠ "${text}"`);
    datasets.forEach((d, j) => {
      const cell = row.cells[j];
      const value = d.data[i] ?? null;
      if (!cell) out.push(`${f.id} row ${i}: no cell for ${d.label}`);
      else if (value === null ? !cell.empty : cell.empty || numberIn(cell.text) !== value) out.push(`${f.id} row ${i} ${d.label}: table "${cell.text}", chart ${value}`);
    });
  });
  return out;
}

/** Runs `check` over every path with two pages at once, each page reused from path to path, and gathers what it reports. */
async function overPages(context: BrowserContext, check: (page: Page, problems: string[], path: string) => Promise<string[]>): Promise<string[]> {
  const queue = [...paths];
  const found: string[] = [];
  const worker = async () => {
    const page = await context.newPage();
    const problems = watch(page);
    for (let path = queue.shift(); path; path = queue.shift()) {
      problems.length = 0;
      await page.goto(server.url + path, { waitUntil: 'load' });
      found.push(...(await check(page, problems, path)).map((p) => `${path} ${p}`));
    }
    await page.close();
  };
  await Promise.all([worker(), worker()]);
  await context.close();
  return found;
}

describe('the built site', () => {
  it('has every page: overview, six topics and the report index, a report for every month and a page for every training cohort, in zh and en', () => {
    expect(months.length).toBeGreaterThan(1);
    expect(builtPaths(siteDir)).toEqual(paths);
  });

  it('loads every page with no console error or failed request; every chart is drawn and its table shows its numbers; fits a 375 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let charts = 0;
    const found = await overPages(context, async (page, problems, path) => {
      // Chart.js sizes each canvas when it draws; wait for that before reading pixels.
      await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => c.getAttribute('style')?.includes('height')),
        undefined, { timeout: 10_000 }).catch(() => problems.push('charts not drawn in time'));
      const figures = await readFigures(page);
      charts += figures.length;
      const out = [...problems];
      for (const f of figures) {
        if (!f.drawn) out.push(`${f.id}: canvas is blank`);
        out.push(...tableMismatches(f));
      }
      const lang = await page.getAttribute('html', 'lang');
      if (lang !== (path.startsWith('/en/') ? 'en' : 'zh-CN')) out.push(`<html lang="${lang}">`);
      const other = await page.getAttribute('a.lang-switch', 'href');
      if (other !== counterpart(path)) out.push(`language switch goes to ${other}, not ${counterpart(path)}`);
      // The same page on a 375 px phone: nothing may scroll sideways.
      await page.setViewportSize({ width: 375, height: 740 });
      // Charts refit on the frames after a resize; what counts is the page once they have.
      await page.waitForFunction(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) <= 375, undefined, { timeout: 3_000 })
        .catch(() => undefined);
      const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
      if (width > 375) out.push(`is ${width} px wide on a 375 px phone`);
      await page.setViewportSize({ width: 1280, height: 900 });
      return out;
    });
    expect(found).toEqual([]);
    expect(charts).toBeGreaterThan(paths.length * 2);
  }, 150_000);

  it('moves between months with previous / next and reaches the index', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const [first, second] = months as [string, string];
    const last = months[months.length - 1]!;
    for (const root of ['/', '/en/']) {
      await page.goto(`${server.url}${root}reports/${first}/`);
      expect(await page.locator('a[rel="prev"]').count()).toBe(0);
      await page.locator('.month-nav.top a[rel="next"]').click();
      await page.waitForURL(`**${root}reports/${second}/`);
      await page.locator('.month-nav.top a[rel="prev"]').click();
      await page.waitForURL(`**${root}reports/${first}/`);
      await page.goto(`${server.url}${root}reports/${last}/`);
      expect(await page.locator('a[rel="next"]').count()).toBe(0);
      await page.locator('.month-nav.bottom a', { hasText: root === '/' ? '全部月份' : 'All months' }).click();
      await page.waitForURL(`**${root}reports/`);
      expect(await page.locator(`a[href="${root}reports/${last}/"]`).count()).toBe(1);
    }
    await context.close();
  });

  it('switches language to the same page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/', '/complaints/', `/reports/${months[0]}/`, '/en/quality/', `/en/reports/${months[months.length - 1]}/`]) {
      await page.goto(server.url + path);
      await page.locator('a.lang-switch').click();
      await page.waitForURL(`${server.url}${counterpart(path)}`);
      expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'zh-CN' : 'en');
    }
    await context.close();
  });

  it('opens a month with the month in words and 需要跟进 / Needs attention, before the headline figures', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    const month = months[months.length - 1]!;
    for (const [root, words] of [['/', { inWords: '本月概况', attention: '需要跟进', headline: '本月要点', opens: `${Number(month.slice(5))}月满意率`, open: /^TS\d+：已 \d+ 天( 逾期)?$/ }],
      ['/en/', { inWords: 'The month in words', attention: 'Needs attention', headline: 'This month at a glance', opens: 'In ', open: /^TS\d+: \d+ days open( overdue)?$/ }]] as const) {
      await page.goto(`${server.url}${root}reports/${month}/`);
      const seen = await page.evaluate(() => ({
        headings: [...document.querySelectorAll('main h2')].slice(0, 3).map((h) => h.textContent!.trim()),
        paragraph: document.querySelector('.month-paragraph')?.textContent ?? '',
        complaints: [...document.querySelectorAll('.attention-group.open-complaints li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
        partial: document.querySelectorAll('.partial-month').length,
      }));
      expect(seen.headings[0]).toBe(words.inWords);
      expect(seen.headings[1]).toBe(words.attention);
      expect(seen.headings[2]).toContain(words.headline);
      expect(seen.paragraph.startsWith(words.opens)).toBe(true);
      // Complaint ids are the shop's own references; nothing else is said about them.
      for (const item of seen.complaints) expect(item).toMatch(words.open);
      // The sample's months have all ended: nothing is labelled partial.
      expect(seen.partial).toBe(0);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('prints a monthly report on at most two A4 pages: no navigation or buttons, one main chart per topic, the footer line with date and source', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The latest month, and the month with the most charts (the likeliest to spill onto a third page).
    const chartsIn = (m: string) => readFileSync(join(siteDir, 'reports', m, 'index.html'), 'utf8').split('<figure class="chart"').length;
    const fullest = [...months].sort((a, b) => chartsIn(b) - chartsIn(a))[0]!;
    // English runs longer than Chinese, so the fuller month is printed in English.
    for (const [root, month] of [['/', months[months.length - 1]!], ['/en/', fullest]] as const) {
      await page.goto(`${server.url}${root}reports/${month}/`);
      // Charts sized and fonts in before printing: on a busy machine a page printed earlier lays out with a fallback font.
      await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => c.getAttribute('style')?.includes('height')),
        undefined, { timeout: 10_000 });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.emulateMedia({ media: 'print' });
      // The page refits its charts when the print layout applies (a media 'change' event): wait until their sizes settle,
      // or a busy machine prints the screen-sized charts.
      const sizes = () => page.evaluate(() => [...document.querySelectorAll('canvas[data-chart]')].map((c) => c.getAttribute('style')).join('|'));
      let before = '';
      await expect.poll(async () => { const now = await sizes(); const settled = now === before; before = now; return settled; },
        { interval: 250, timeout: 10_000 }).toBe(true);
      const seen = await page.evaluate(() => ({
        hidden: ['.site-header nav', '.month-nav', '.print-button', '.lang-switch'].map((s) => getComputedStyle(document.querySelector(s)!).display),
        charts: [...document.querySelectorAll('.report-section:not(.headline-page) figure.chart')].filter((f) => getComputedStyle(f).display !== 'none').map((f) => f.id),
        footer: getComputedStyle(document.querySelector('.site-footer .stamp')!).display,
        footerText: document.querySelector('.site-footer .stamp')!.textContent!,
      }));
      expect(seen.hidden).toEqual(['none', 'none', 'none', 'none']);
      expect(seen.charts).toEqual(['satisfaction-trend', 'follow-ups-trend', 'complaints-trend', 'quality-points', 'training-pass-rate', 'archive-completeness']);
      expect(seen.footer).not.toBe('none');
      expect(seen.footerText).toMatch(root === '/' ? /生成于 \d{4}-\d{2}-\d{2}/ : /Generated on \d{4}-\d{2}-\d{2}/);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdf.toString('latin1');
      const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      // A4 is 595 × 842 points; every page is.
      expect(text.match(/\/MediaBox\s*\[0 0 (\d+)[.\d]* (\d+)[.\d]*\]/g)?.every((box) => /\[0 0 59[45]\S* 84[12]\S*\]/.test(box))).toBe(true);
      expect(pages, `${root}reports/${month}/ prints on ${pages} pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${root}reports/${month}/ prints on ${pages} pages`).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
    await context.close();
  }, 60_000);
});
