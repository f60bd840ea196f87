// `kefu report --pdf`: the month's report page printed by a system Chromium (through playwright-core) into report-YYYY-MM.pdf, with page numbers.
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Lang } from '../../shared/issue';
import type { Bilingual } from '../export/export-failure';

/** Where a system Chromium or Chrome usually is; KEFU_CHROMIUM comes first. */
export const CHROMIUM_PLACES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/** The Chromium to print with, or undefined when none is installed (a KEFU_CHROMIUM that does not exist counts as none). */
export function findChromium(env: Record<string, string | undefined>, exists: (path: string) => boolean = existsSync): string | undefined {
  const given = env['KEFU_CHROMIUM']?.trim();
  if (given) return exists(given) ? given : undefined;
  return CHROMIUM_PLACES.find((p) => exists(p));
}

export const NO_CHROMIUM: Bilingual = {
  en: '--pdf prints with a Chromium or Google Chrome installed on this computer, and none was found. Install one '
    + '(Debian/Ubuntu: sudo apt-get install chromium; Fedora: sudo dnf install chromium; macOS/Windows: install Google Chrome) '
    + 'or set KEFU_CHROMIUM to its program file, then run the command again. Nothing was written.',
  zh: '--pdf 需要用本机安装的 Chromium 或 Google Chrome 打印，但没有找到。请先安装（Debian/Ubuntu：sudo apt-get install chromium；'
    + 'Fedora：sudo dnf install chromium；macOS/Windows：安装 Google Chrome），或把 KEFU_CHROMIUM 设为它的程序路径，然后重新运行。什么也没有写入。',
};

/** The month to print: the newest report month that has ended by `today`, else the newest there is. */
export function monthToPrint(reportMonths: readonly string[], today: string): string | undefined {
  const sorted = [...reportMonths].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
  return sorted.filter((m) => m < today.slice(0, 7)).at(-1) ?? sorted.at(-1);
}

/** The report months a built site has (its reports/YYYY-MM/ folders). */
export function builtReportMonths(site: string): string[] {
  const folder = join(site, 'reports');
  return existsSync(folder) ? readdirSync(folder).filter((m) => /^\d{4}-\d{2}$/.test(m)) : [];
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Serves `root` under `base` on 127.0.0.1, as the host will; anything outside the base is a 404. */
async function serveUnder(root: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const inside = pathname.startsWith(base) ? decodeURIComponent(pathname.slice(base.length)) : undefined;
    let file = inside === undefined ? undefined : normalize(join(root, inside));
    if (file && file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) file = undefined;
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file) throw new Error('outside');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

export interface PrintRequest {
  /** The built site folder. */
  site: string;
  base: string;
  month: string;
  lang: Lang;
  chromium: string;
  /** Where the PDF goes. */
  file: string;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Prints the month's report page to `file` on A4, numbering the pages in the bottom margin. */
export async function printMonthPdf(request: PrintRequest): Promise<void> {
  const { chromium } = await import('playwright-core');
  const server = await serveUnder(normalize(request.site), request.base);
  const browser = await chromium.launch({
    executablePath: request.chromium,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    // The width of A4 between the page margins (190 mm at 96 px per inch), so charts are drawn at the size they print.
    const page = await browser.newPage({ viewport: { width: 718, height: 1000 } });
    const path = `${request.base}${request.lang === 'en' ? 'en/' : ''}reports/${request.month}/`;
    await page.emulateMedia({ media: 'print' });
    await page.goto(server.url + path, { waitUntil: 'load' });
    // Charts draw on load; give them their print size before the page is laid out for paper.
    await page.waitForFunction("[...document.querySelectorAll('canvas[data-chart]')].every((c) => (c.getAttribute('style') ?? '').includes('height'))",
      undefined, { timeout: 15_000 }).catch(() => undefined);
    const pageOf = request.lang === 'zh' ? '第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页'
      : 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>';
    // The page's own footer line (shop, generation date, source) on every sheet, beside the page number.
    const stamp = escapeHtml((await page.locator('.site-footer .stamp').first().textContent({ timeout: 2_000 }).catch(() => null)) ?? '');
    await page.pdf({
      path: request.file,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;padding:0 10mm;color:#555"><span>${stamp}</span><span>${pageOf}</span></div>`,
      margin: { top: '10mm', bottom: '14mm', left: '10mm', right: '10mm' },
    });
  } finally {
    await browser.close();
    await server.close();
  }
}
