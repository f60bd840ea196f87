// Every page (and so the printed footer) carries the shop name from Settings and the generation date.
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readGeneratedOn } from '../../site/data/build-stamp';
import { buildSite, scratchFolder } from './build-site';

describe('readGeneratedOn', () => {
  const cases = [
    { description: 'KEFU_TODAY wins over the clock', input: { env: { KEFU_TODAY: '2026-11-05' }, now: new Date(2027, 0, 2) }, expected: '2026-11-05' },
    { description: 'the local date of the clock', input: { env: {}, now: new Date(2026, 11, 1, 0, 30) }, expected: '2026-12-01' },
    { description: 'blank KEFU_TODAY is no KEFU_TODAY', input: { env: { KEFU_TODAY: ' ' }, now: new Date(2026, 1, 3) }, expected: '2026-02-03' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(readGeneratedOn(input.env, input.now)).toBe(expected);
  });
  it('stops the build on a malformed KEFU_TODAY rather than print a wrong date', () => {
    expect(() => readGeneratedOn({ KEFU_TODAY: '5/11/2026' }, new Date())).toThrow(/YYYY-MM-DD/);
  });
});

const scratch: string[] = [];
afterAll(() => scratch.forEach((f) => rmSync(f, { recursive: true, force: true })));

const pagesOf = (site: string): string[] => (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('index.html'));

describe('the shop name and the generation date on every page', () => {
  it('shows report.shopName in the title, the header and the footer line with "generated on"', async () => {
    const data = scratchFolder('data-shop-');
    const site = scratchFolder('site-shop-');
    scratch.push(data, site);
    cpSync('data/sample', data, { recursive: true });
    const settings = readFileSync(join(data, 'settings.csv'), 'utf8');
    writeFileSync(join(data, 'settings.csv'), settings.replace(/^report\.shopName,([^,\r\n]*),.*$/m, 'report.shopName,$1,星光摄影 · 朝阳店'));
    const built = await buildSite(data, site, { KEFU_TODAY: '2026-11-05' });
    expect(built.exitCode, built.output.slice(-2000)).toBe(0);
    const pages = pagesOf(site);
    expect(pages.length).toBeGreaterThan(30);
    const missing = pages.filter((p) => {
      const page = readFileSync(join(site, p), 'utf8');
      const footer = page.match(/<p class="stamp">([^]*?)<\/p>/)?.[1] ?? '';
      const english = p.startsWith('en');
      return !/<title>[^<]*星光摄影 · 朝阳店[^<]*<\/title>/.test(page) || !footer.includes('星光摄影 · 朝阳店')
        || !footer.includes(english ? 'Generated on 2026-11-05' : '生成于 2026-11-05');
    });
    expect(missing).toEqual([]);
  }, 120_000);
});
