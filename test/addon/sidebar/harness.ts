// Opens a sidebar page in real Chromium with google.script.run stubbed: calls are recorded, answers come from canned data.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderSidebarPage } from '../../../addon/sidebar-pages.mjs';
import type { SidebarContext } from '../../../addon/src/rpc-contract';
import { CHANNEL, COMPLAINT_STAGE, PURPOSE, REACHED, SATISFACTION } from '../../../shared/enums';
import { defaultSettings } from '../../../shared/settings';

/** How the stub answers one server function: a value, values in turn (the last repeats), or a thrown error. */
export type Answer = { value: unknown } | { sequence: unknown[] } | { error: string };
export interface RecordedCall { name: string; args: unknown[] }

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

/** Serves the sidebar pages as they ship (common.css and common.js inlined, as addon/build.mjs writes them), and nothing else, on 127.0.0.1. */
export async function serve(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const name = (req.url ?? '/').split('?')[0]!.slice(1);
    if (name === 'favicon.ico') { res.writeHead(204).end(); return; }
    if (!/^[a-z-]+\.html$/.test(name)) { res.writeHead(404).end(); return; }
    try {
      const html = renderSidebarPage(name);
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
          if ('error' in answer) { onFailure?.(new Error(answer.error)); return; }
          const value = 'sequence' in answer ? answer.sequence[Math.min(n, answer.sequence.length - 1)] : answer.value;
          onSuccess?.(value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
        }, 10);
      };
    },
  });
  w.google = { script: { run: runner() } };
}

export async function open(browser: Browser, url: string, file: string, answers: Record<string, Answer>): Promise<Sidebar> {
  const context = await browser.newContext({ viewport: { width: 300, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(installStub, answers);
  await page.goto(url + file);
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

/** True when the page needs no sideways scrolling at the 300 px sidebar width. */
export async function fitsSidebar(page: Page): Promise<boolean> {
  const width = await page.evaluate(() =>
    (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
  return width <= 300;
}
