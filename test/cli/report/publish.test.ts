// `kefu report --base --pdf`: a site that works under a sub-path, and the month printed to report-YYYY-MM.pdf on at most two A4 pages.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport, type ReportArgs, type ReportDeps } from '../../../cli/report/run-report';
import { findChromium, monthToPrint } from '../../../cli/report/print-pdf';
import { MANIFEST_FILE } from '../../../cli/export/folder-manifest';
import { SAMPLE } from '../../../doubles/sheets-api/served-workbook';
import { CHROMIUM_PATH } from '../../site/launch-chromium';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'kefu-publish-'));

async function report(args: Omit<ReportArgs, 'lang'> & { lang?: 'en' | 'zh' }, deps: ReportDeps = {}): Promise<{ exit: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runReport({ lang: 'en', ...args }, { out: (t) => out.push(t), err: (t) => err.push(t) }, deps);
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree). */
const pdfPages = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

describe('findChromium', () => {
  const cases: { description: string; input: { env: Record<string, string>; present: string[] }; expected: string | undefined }[] = [
    { description: 'KEFU_CHROMIUM first', input: { env: { KEFU_CHROMIUM: '/opt/chrome' }, present: ['/opt/chrome', '/usr/bin/chromium'] }, expected: '/opt/chrome' },
    { description: 'a KEFU_CHROMIUM that is not there is none', input: { env: { KEFU_CHROMIUM: '/nope' }, present: ['/usr/bin/chromium'] }, expected: undefined },
    { description: 'Debian chromium', input: { env: {}, present: ['/usr/bin/chromium'] }, expected: '/usr/bin/chromium' },
    { description: 'Ubuntu chromium-browser', input: { env: {}, present: ['/usr/bin/chromium-browser'] }, expected: '/usr/bin/chromium-browser' },
    { description: 'Google Chrome', input: { env: {}, present: ['/usr/bin/google-chrome'] }, expected: '/usr/bin/google-chrome' },
    { description: 'nothing installed', input: { env: {}, present: [] }, expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findChromium(input.env, (p) => input.present.includes(p))).toBe(expected);
  });
});

describe('monthToPrint', () => {
  const cases: { description: string; input: { months: string[]; today: string }; expected: string | undefined }[] = [
    { description: 'the newest ended month, not the one in progress', input: { months: ['2026-09', '2026-10', '2026-11'], today: '2026-11-01' }, expected: '2026-10' },
    { description: 'every month ended', input: { months: ['2026-10', '2026-09'], today: '2026-12-15' }, expected: '2026-10' },
    { description: 'only a month in progress', input: { months: ['2026-11'], today: '2026-11-20' }, expected: '2026-11' },
    { description: 'no months', input: { months: [], today: '2026-11-20' }, expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(monthToPrint(input.months, input.today)).toBe(expected);
  });
});

describe('kefu report --base --pdf', () => {
  it('without a Chromium says how to get one, in the chosen language, exits 2 and writes nothing', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const parent = scratch();
      const result = await report({ from: SAMPLE, out: join(parent, 'site'), pdf: true, lang }, { env: { KEFU_CHROMIUM: join(parent, 'no-such-chromium') } });
      expect(result.exit).toBe(2);
      expect(result.err).toContain(lang === 'en' ? 'apt-get install chromium' : '请先安装');
      expect(result.err).toContain('KEFU_CHROMIUM');
      expect(readdirSync(parent)).toEqual([]);
    }
  });

  it('refuses a base that is a whole address', async () => {
    const parent = scratch();
    const result = await report({ from: SAMPLE, out: join(parent, 'site'), base: 'https://x.github.io/kefu/' });
    expect(result.exit).toBe(2);
    expect(result.err).toContain('/kefu/');
    expect(readdirSync(parent)).toEqual([]);
  });

  it.skipIf(!existsSync(CHROMIUM_PATH))('puts every link under /kefu/ and prints the newest ended month on at most 2 A4 pages, listed in the manifest', async () => {
    const site = join(scratch(), 'site');
    const result = await report({ from: SAMPLE, out: site, base: '/kefu/', pdf: true }, { env: { KEFU_CHROMIUM: CHROMIUM_PATH }, today: '2026-11-20' });
    expect(result.err).not.toMatch(/kefu report:/);
    expect(result.exit).toBe(0);
    const pdfName = 'report-2026-10.pdf';
    expect(result.out.split('\n')).toContain(join(site, pdfName));
    const pdf = readFileSync(join(site, pdfName));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(2);
    expect(JSON.parse(readFileSync(join(site, MANIFEST_FILE), 'utf8')).files).toContain(pdfName);
    // Every site-absolute href and src of every page starts with the base.
    const pages = (readdirSync(site, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    const outside = pages.flatMap((p) => [...readFileSync(join(site, p), 'utf8').matchAll(/(?:href|src)="(\/[^"]*)"/g)]
      .map((m) => m[1]!).filter((url) => !url.startsWith('/kefu/')).map((url) => `${relative(site, join(site, p))}: ${url}`));
    expect(outside).toEqual([]);
  }, 180_000);
});
