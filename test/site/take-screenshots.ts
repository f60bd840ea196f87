// Takes the README's screenshots of a built site: `tsx test/site/take-screenshots.ts [site folder] [shot…]`, a shot being "path|width|file[|height]", the top of the page up to one screen (1600 px) tall.
import { launchChromium } from './launch-chromium';
import { serveFolder } from './static-server';

const DEFAULT_SHOTS = ['/|1200|docs/screenshots/overview.png', '/reports/2026-10/|1200|docs/screenshots/monthly-report.png'];

async function main(): Promise<void> {
  const [root = 'dist', ...given] = process.argv.slice(2);
  const shots = given.length > 0 ? given : DEFAULT_SHOTS;
  const server = await serveFolder(root);
  const browser = await launchChromium();
  try {
    for (const shot of shots) {
      const [path = '/', width = '1200', file = 'shot.png', height = '1600'] = shot.split('|');
      // A README image should read on one screen: the top of the page, never the whole 8,000 px of a monthly report.
      const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
      page.on('console', (m) => { if (m.type() === 'error') console.error(`${path}: ${m.text()}`); });
      page.on('pageerror', (e) => console.error(`${path}: ${e.message}`));
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')].every((c) => c.getAttribute('style')?.includes('height')),
        undefined, { timeout: 10_000 }).catch(() => console.error(`${path}: charts not drawn in time`));
      await page.screenshot({ path: file, fullPage: false });
      await page.close();
      console.log(file);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
