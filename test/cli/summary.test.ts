// `kefu summary` end to end: JSON and text for the hand-written month, the default month, and bad input answered as kefu check answers it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { runSummary, type SummaryOptions } from '../../cli/summary';
import { sampleFiles } from '../../cli/sample/write-sample';
import { defaultSettings } from '../../shared/settings';
import { summaryFixture } from '../shared/report/summary-fixture';

interface Run { exit: number; out: string; err: string }

function collect(run: (io: { out(t: string): void; err(t: string): void }) => number | Promise<number>): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  return Promise.resolve(run({ out: (t) => out.push(t), err: (t) => err.push(t) }))
    .then((exit) => ({ exit, out: out.join('\n'), err: err.join('\n') }));
}

const summary = (paths: string[], options: Partial<SummaryOptions> = {}): Promise<Run> =>
  collect((io) => runSummary(paths, { json: false, lang: 'en', month: undefined, today: '2026-11-15', ...options }, io));
const kefu = (...args: string[]): Promise<Run> => collect((io) => main(args, io));

let dir: string;
let broken: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-summary-'));
  for (const [name, text] of sampleFiles({ ...summaryFixture(), settings: defaultSettings() })) writeFileSync(join(dir, name), text);
  broken = mkdtempSync(join(tmpdir(), 'kefu-summary-broken-'));
  for (const [name, text] of sampleFiles({ ...summaryFixture(), settings: defaultSettings() })) writeFileSync(join(broken, name), text);
  // A call to a customer who is not in the archive: kefu check exits 1.
  const calls = readFileSync(join(broken, 'calls.csv'), 'utf8').replace(',C4,', ',C9999,');
  writeFileSync(join(broken, 'calls.csv'), calls);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(broken, { recursive: true, force: true });
});

describe('kefu summary', () => {
  it('prints the month as JSON with exact numbers (hand-worked in test/shared/report/summary.test.ts)', async () => {
    const run = await kefu('summary', dir, '--month', '2026-10', '--json');
    expect(run.exit).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.month).toBe('2026-10');
    expect(json.satisfaction).toEqual({ responses: 5, satisfied: 3, rate: 0.6 });
    // A photo studio has no after-sales stages (000's 3–7-day first call is the car preset's): null, not 0.
    expect(json.followUps).toEqual({ postServiceDue: 3, postServiceOnTime: 2, afterSalesDue: null, afterSalesOnTime: null, secondMissedCustomers: 1, secondDueCustomers: 1 });
    expect(json.complaints).toEqual({ received: 5, closed: 2, open: 4, firstResponseDue: 4, firstResponseMet: 2, medianHoursToClose: 204 });
    expect(json.quality.agents).toContainEqual({ agent: 'Wang', points: 22, band: 'standard' });
    expect(json.training.trainees).toContainEqual({ cohort: '2026-10', trainee: 'An', status: 'eliminated' });
  });

  it('defaults to the newest month with data that has ended', async () => {
    // Months with data: 2026-09 and 2026-10.
    expect(JSON.parse((await summary([dir], { json: true, today: '2026-11-01' })).out).month).toBe('2026-10');
    expect(JSON.parse((await summary([dir], { json: true, today: '2027-03-01' })).out).month).toBe('2026-10');
    expect(JSON.parse((await summary([dir], { json: true, today: '2026-10-31' })).out).month).toBe('2026-09');
    const none = await summary([dir], { today: '2026-09-30' });
    expect(none.exit).toBe(2);
    expect(none.err).toContain('no month with data has ended yet (today is 2026-09-30); months with data: 2026-09, 2026-10');
  });

  it('takes today from KEFU_TODAY at the command edge', () => {
    const run = spawnSync('node', ['bin/kefu.js', 'summary', dir, '--json'], { encoding: 'utf8', env: { ...process.env, KEFU_TODAY: '2026-10-15' } });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).month).toBe('2026-09');
  });

  it('exits 2 when KEFU_TODAY is not a date', async () => {
    const run = await summary([dir], { today: '15/11/2026' });
    expect(run.exit).toBe(2);
    expect(run.err).toBe('kefu summary: today must be YYYY-MM-DD (KEFU_TODAY), not "15/11/2026"');
  });

  it('prints a short text in English or Chinese', async () => {
    const en = await kefu('summary', dir, '--month', '2026-10');
    expect(en.out).toContain('Post-service calls: 3 due this month, 2 on time');
    const zh = await kefu('summary', dir, '--month', '2026-10', '--lang', 'zh');
    expect(zh.out).toContain('服务后回访：本月到期 3 次，按时完成 2 次');
    expect(zh.out).toContain('二次回访：本月错过 1 位客户，月末待回访 1 位');
  });

  it('exits 2 for a month without data, listing the months that have data', async () => {
    const run = await summary([dir], { month: '2026-11' });
    expect(run.exit).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toBe('kefu summary: 2026-11 has no data; months with data: 2026-09, 2026-10');
    const zh = await summary([dir], { month: '2025-01', lang: 'zh' });
    expect(zh.err).toBe('kefu summary：2025-01 没有数据；有数据的月份：2026-09, 2026-10');
  });

  it('exits 2 for a malformed --month, in English or Chinese', async () => {
    for (const month of ['2026-13', '2026-1', 'October', '2026-10-01']) {
      const run = await summary([dir], { month });
      expect(run.exit).toBe(2);
      expect(run.err).toBe(`kefu summary: --month must be YYYY-MM (e.g. 2026-10), not "${month}"`);
    }
    expect((await summary([dir], { month: '2026/10', lang: 'zh' })).err).toBe('kefu summary：--month 应写作 YYYY-MM（如 2026-10），而不是"2026/10"');
  });

  it('answers data with problems exactly as kefu check does: the same lines, the same exit code 1, no figures', async () => {
    for (const flags of [[], ['--json'], ['--lang', 'zh']]) {
      const check = await kefu('check', broken, ...flags);
      const run = await kefu('summary', broken, '--month', '2026-10', ...flags);
      expect(check.exit).toBe(1);
      expect(run).toEqual(check);
    }
  });

  it('answers unusable input exactly as kefu check does, with exit 2', async () => {
    const check = await kefu('check', 'no/such/folder');
    const run = await kefu('summary', 'no/such/folder');
    expect(run.exit).toBe(2);
    expect(run).toEqual(check);
    expect((await kefu('summary')).exit).toBe(2);
  });

  it('is in kefu summary --help', () => {
    const help = execFileSync('node', ['bin/kefu.js', 'summary', '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(help).toContain('kefu summary <folder> [--month YYYY-MM] [--json] [--lang zh|en]');
  });
});
