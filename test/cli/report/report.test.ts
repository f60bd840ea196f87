// `kefu report`: a checked data folder becomes a built site in --out; broken data or a failed export builds nothing.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReport, type ReportArgs, type ReportDeps } from '../../../cli/report/run-report';
import { runExport } from '../../../cli/export/run-export';
import { MANIFEST_FILE } from '../../../cli/export/folder-manifest';
import { FakeSheetsApi } from '../../../doubles/sheets-api/fake-sheets-api';
import { FAST_RETRY, testCredentials } from '../export/helpers';
import { hasSample, SAMPLE, servedWorkbook, typedWorkbook } from '../../../doubles/sheets-api/served-workbook';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'kefu-report-'));
let fake: FakeSheetsApi;
let data: string;

beforeAll(async () => {
  fake = await FakeSheetsApi.start();
  fake.add(servedWorkbook(typedWorkbook(), { spreadsheetId: 'kefu-test-sheet-0123456789' }));
  // data/sample when it is there; otherwise the hand-made workbook, exported through the fake API.
  data = SAMPLE;
  if (!hasSample()) {
    data = join(scratch(), 'data');
    const exit = await runExport({ spreadsheet: ['kefu-test-sheet-0123456789'], out: data, lang: 'en' }, { out: () => {}, err: () => {} },
      { credentials: testCredentials(), rootUrl: fake.rootUrl, retry: FAST_RETRY });
    if (exit !== 0) throw new Error('could not export the hand-made workbook');
  }
});
afterAll(() => fake.close());

async function report(args: Omit<ReportArgs, 'lang'>, deps: ReportDeps = {}): Promise<{ exit: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await runReport({ lang: 'en', ...args }, { out: (t) => out.push(t), err: (t) => err.push(t) }, deps);
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

describe('kefu report', () => {
  it('builds the site from a data folder into --out', async () => {
    const parent = scratch();
    const site = join(parent, 'site');
    const result = await report({ from: data, out: site });
    expect(result.err).not.toMatch(/kefu report:/);
    expect(result.exit).toBe(0);
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(site, MANIFEST_FILE), 'utf8'))).toMatchObject({ madeBy: 'kefu', version: 1, kind: 'site' });
    expect(readdirSync(parent)).toEqual(['site']);
  }, 120_000);

  it('builds nothing from a broken data folder and exits 1', async () => {
    const broken = join(scratch(), 'data');
    cpSync(data, broken, { recursive: true });
    const calls = readFileSync(join(broken, 'calls.csv'), 'utf8').split('\r\n');
    const cells = calls[1]!.split(',');
    cells[1] = 'C9999';
    calls[1] = cells.join(',');
    writeFileSync(join(broken, 'calls.csv'), calls.join('\r\n'));
    const parent = scratch();
    const result = await report({ from: broken, out: join(parent, 'site') });
    expect(result.exit).toBe(1);
    expect(result.out).toContain('"C9999" is not in');
    expect(result.err).toContain('The site was not built');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('builds nothing when the export fails', async () => {
    const parent = scratch();
    const result = await report({ spreadsheet: ['missing-sheet-0123456789'], out: join(parent, 'site') },
      { export: { credentials: testCredentials(), rootUrl: fake.rootUrl, retry: FAST_RETRY } });
    expect(result.exit).toBe(2);
    expect(result.err).toContain('was not found (404)');
    expect(readdirSync(parent)).toEqual([]);
  });

  it('wants exactly one of --spreadsheet and --from, and --out', async () => {
    expect((await report({ out: join(scratch(), 'site') })).exit).toBe(2);
    expect((await report({ from: data, spreadsheet: ['x'], out: join(scratch(), 'site') })).exit).toBe(2);
    expect((await report({ from: data })).exit).toBe(2);
  });

  it('will not build over a folder that is not a site', async () => {
    const out = scratch();
    mkdirSync(join(out, 'docs'));
    const result = await report({ from: data, out });
    expect(result.exit).toBe(2);
    expect(result.err).toContain(`${out} holds 1 item Kefu did not make (docs/)`);
  });
});

describe('kefu report --month', () => {
  /** A project root whose "astro build" only writes the month and today it was given into index.html. */
  function fakeRoot(): string {
    const root = scratch();
    mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
    const bin = join(root, 'node_modules', '.bin', 'astro');
    writeFileSync(bin, '#!/bin/sh\nprintf "%s|%s" "$KEFU_MONTH" "$KEFU_TODAY" > "$KEFU_OUT/index.html"\n', { mode: 0o755 });
    return root;
  }

  it('hands the month and today to the build as KEFU_MONTH and KEFU_TODAY', async () => {
    const site = join(scratch(), 'site');
    const result = await report({ from: data, out: site, month: '2026-09', today: '2026-11-30' }, { root: fakeRoot() });
    expect(result.exit).toBe(0);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('2026-09|2026-11-30');
  });

  it.each(['2026-13', '2026-9', 'October'])('refuses --month %s with exit 2, building nothing', async (month) => {
    const parent = scratch();
    const result = await report({ from: data, out: join(parent, 'site'), month }, { root: fakeRoot() });
    expect(result.exit).toBe(2);
    expect(result.err).toContain(`kefu report: --month must be YYYY-MM (e.g. 2026-10), not "${month}"`);
    expect(readdirSync(parent)).toEqual([]);
  });
});
