// Publish anywhere: a site built with KEFU_BASE=/kefu/ and served under /kefu/ (a GitHub Pages project site) loads every page and link with no failed request.
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, scratchFolder } from './build-site';
import { launchChromium } from './launch-chromium';
import { builtPaths } from './site-pages';
import { serveFolder, type StaticServer } from './static-server';

const BASE = '/kefu/';
let site: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  site = scratchFolder('site-base-');
  const built = await buildSite('data/sample', site, { KEFU_BASE: 'kefu' });
  if (built.exitCode !== 0) throw new Error(`astro build failed:\n${built.output.split('\n').slice(-30).join('\n')}`);
  server = await serveFolder(site, BASE);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
});

describe('a site built under /kefu/', () => {
  it('loads every page and 404.html with no failed request or HTTP error, and every link on it leads to a page under /kefu/', async () => {
    // Every page, and the error document hosts serve for a missing address (OSS / COS / Netlify / GitHub Pages: 404.html).
    const paths = [...builtPaths(site).map((p) => `${BASE}${p.slice(1)}`), `${BASE}404.html`];
    expect(paths).toContain('/kefu/en/reports/');
    const page = await browser.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('requestfailed', (r) => problems.push(`${current}: request failed ${r.url()}`));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${current}: HTTP ${r.status()} ${r.url()}`); });
    const links = new Set<string>();
    for (const path of paths) {
      current = path;
      await page.goto(server.url + path, { waitUntil: 'load' });
      for (const href of await page.evaluate(() => [...document.querySelectorAll('a[href], link[href]')].map((a) => a.getAttribute('href')!))) {
        if (href.startsWith('#') || href.startsWith('data:')) continue;
        links.add(new URL(href, server.url + path).pathname);
      }
    }
    await page.close();
    for (const link of links) {
      const status = (await fetch(server.url + link)).status;
      if (!link.startsWith(BASE) || status !== 200) problems.push(`link ${link}: ${status}`);
    }
    expect(problems).toEqual([]);
    expect(links.size).toBeGreaterThan(20);
  }, 180_000);

  it('stops a build whose KEFU_BASE is a whole address, saying what to write instead', async () => {
    const out = scratchFolder('site-bad-base-');
    const built = await buildSite('data/sample', out, { KEFU_BASE: 'https://x.github.io/kefu/' });
    rmSync(out, { recursive: true, force: true });
    expect(built.exitCode).not.toBe(0);
    expect(built.output).toContain('KEFU_BASE should be the path the site is served under, such as /kefu/');
  }, 60_000);
});
