// Opens a sidebar page in real Chromium with google.script.run stubbed: calls are recorded, answers come from canned data.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderSidebarPage } from '../../../addon/sidebar-pages.mjs';
import type { SidebarContext } from '../../../addon/src/rpc-contract';
import { localizePage } from '../../../addon/src/sidebar-page';
import { CHANNEL, COMPLAINT_STAGE, PURPOSE, REACHED, SATISFACTION } from '../../../shared/enums';
import { defaultSettings } from '../../../shared/settings';

/** How the stub answers one server function: a value, values in turn (the last repeats), a thrown error, or never (still loading). */
export type Answer = { value: unknown } | { sequence: unknown[] } | { error: string } | { never: true };
export interface RecordedCall { name: string; args: unknown[] }

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const choices = (list: readonly { key: string; zh: string; en: string }[]) => list.map(({ key, zh, en }) => ({ key, zh, en }));

export function context(lang: 'zh' | 'en'): SidebarContext {
  return {
    lang,
    agents: ['李娜', '王芳'],
    channels: choices(CHANNEL),
    purposes: choices(PURPOSE),
    reachedValues: choices(REACHED),
    satisfactionValues: choices(SATISFACTION),
    complaintCategories: choices(defaultSettings().lists.complaintCategories),
    complaintStages: choices(COMPLAINT_STAGE),
    stages: choices(defaultSettings().lists.stages),
    today: '2026-11-15',
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
}

/**
 * Serves the sidebar pages as they ship (common.css and common.js inlined, as addon/build.mjs writes them), and nothing
 * else, on 127.0.0.1; `?lang=en` (or zh) localizes the page as showSidebar does on the server.
 */
export async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const [path, query = ''] = (req.url ?? '/').split('?');
    const name = path!.slice(1);
    const lang = /(?:^|&)lang=(zh|en)(?:&|$)/.exec(query)?.[1] as 'zh' | 'en' | undefined;
    if (name === 'favicon.ico') { res.writeHead(204).end(); return; }
    if (!/^[a-z-]+\.html$/.test(name)) { res.writeHead(404).end(); return; }
    try {
      const html = lang ? localizePage(renderSidebarPage(name), lang) : renderSidebarPage(name);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface Sidebar {
  page: Page;
  calls(name?: string): Promise<RecordedCall[]>;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  close(): Promise<void>;
}

function installStub(answers: Record<string, Answer>): void {
  // Runs in the page; the test tsconfig has no DOM types, hence globalThis.
  const w = globalThis as unknown as { __calls: { name: string; args: unknown[] }[]; google: unknown };
  w.__calls = [];
  const used: Record<string, number> = {};
  const runner = (onSuccess?: (v: unknown) => void, onFailure?: (e: Error) => void): unknown => new Proxy({}, {
    get(_target, prop: string) {
      if (prop === 'withSuccessHandler') return (fn: (v: unknown) => void) => runner(fn, onFailure);
      if (prop === 'withFailureHandler') return (fn: (e: Error) => void) => runner(onSuccess, fn);
      if (prop === 'withUserObject') return () => runner(onSuccess, onFailure);
      return (...args: unknown[]) => {
        w.__calls.push({ name: prop, args: JSON.parse(JSON.stringify(args)) });
        const answer = answers[prop];
        const n = (used[prop] = (used[prop] ?? 0) + 1) - 1;
        // Apps Script answers asynchronously, and always with a copy.
        setTimeout(() => {
          if (!answer) { onFailure?.(new Error(`ScriptError: ${prop} is not defined`)); return; }
          if ('never' in answer) return;
          if ('error' in answer) { onFailure?.(new Error(answer.error)); return; }
          const value = 'sequence' in answer ? answer.sequence[Math.min(n, answer.sequence.length - 1)] : answer.value;
          onSuccess?.(value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
        }, 10);
      };
    },
  });
  w.google = { script: { run: runner() } };
}

/** A fresh page whose google.script.run answers `answers` (calls recorded), console errors collected; not yet loaded. */
async function stubbedPage(browser: Browser, viewport: { width: number; height: number }, answers: Record<string, Answer>,
  clockAt?: Date): Promise<Sidebar> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // A step that cannot happen fails with its locator named, well before the test's own timeout.
  page.setDefaultTimeout(10_000);
  if (clockAt) await page.clock.install({ time: clockAt });
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(installStub, answers);
  return {
    page,
    errors,
    async calls(name) {
      const all = await page.evaluate(() => (globalThis as unknown as { __calls: RecordedCall[] }).__calls);
      return name ? all.filter((c) => c.name === name) : all;
    },
    close: () => context.close(),
  };
}

/**
 * clockAt: the page's clock starts there, and the test can move it (page.clock). lang: the workbook's language the
 * page is served in (by default the getSidebarContext answer's).
 */
export async function open(browser: Browser, url: string, file: string, answers: Record<string, Answer>,
  options: { clockAt?: Date; lang?: 'zh' | 'en' } = {}): Promise<Sidebar> {
  const sidebar = await stubbedPage(browser, { width: 300, height: 800 }, answers, options.clockAt);
  // Served in the context's language, as showSidebar sends it.
  const contextAnswer = answers['getSidebarContext'];
  const lang = options.lang ?? (contextAnswer && 'value' in contextAnswer ? (contextAnswer.value as { lang?: string } | undefined)?.lang : undefined);
  await sidebar.page.goto(url + file + (lang ? `?lang=${lang}` : ''));
  return sidebar;
}

/** A page the server builds as a string (a dialog), served at a local address with the same google.script.run stub. */
export async function openHtml(browser: Browser, html: string, answers: Record<string, Answer>,
  viewport = { width: 480, height: 520 }): Promise<Sidebar> {
  const sidebar = await stubbedPage(browser, viewport, answers);
  await sidebar.page.route('http://kefu.test/dialog', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
  await sidebar.page.goto('http://kefu.test/dialog');
  return sidebar;
}

/** True when the page needs no sideways scrolling at the 300 px sidebar width. */
export async function fitsSidebar(page: Page): Promise<boolean> {
  const width = await page.evaluate(() =>
    (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  return width <= 300;
}

/** axe-core's violations on the page as it is now (rule id and the first offending element), injected from node_modules. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Controls shorter than this are hard to hit (issue 15: "controls at least 36 px high"). */
export const MIN_CONTROL_HEIGHT = 36;

/** The visible buttons, inputs and selects lower than MIN_CONTROL_HEIGHT, named by their text or id. */
export async function shortControls(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{
      getBoundingClientRect(): { height: number; width: number }; id: string; textContent: string | null; type?: string }> } }).document;
    return Array.from(doc.querySelectorAll('button, input:not([type=hidden]), select, summary'))
      .filter((el) => { const r = el.getBoundingClientRect(); if (el.type === 'checkbox' || el.type === 'radio') return false; return r.width > 0 && r.height > 0 && r.height < min; })
      .map((el) => `${el.id || (el.textContent ?? '').trim().slice(0, 20)} (${Math.round(el.getBoundingClientRect().height)} px)`);
  }, MIN_CONTROL_HEIGHT);
}

/** Sends keys one at a time and counts them; a chord such as Control+Enter counts as its two keys. */
export function keyCounter(page: Page) {
  let count = 0;
  return {
    async press(...keys: string[]) {
      for (const key of keys) { await page.keyboard.press(key); count += key.split('+').length; }
    },
    get count() { return count; },
  };
}
