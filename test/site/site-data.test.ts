// The site's data loading: options from the environment, rows with issues left out and counted by code, small groups as Settings say.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaveOutRows } from '../../shared/report/leave-out';
import { loadSiteData, readSiteEnv } from '../../site/data/site-data';
import { buildMonthReport } from '../../shared/report/month-report';
import type { ReportOptions } from '../../shared/report/types';
import type { SheetRead } from '../../shared/csv/read-sheet';
import { CALLS, CUSTOMERS } from '../../shared/schema';
import { issueAt } from '../../shared/issue';
import { atOf, createCallTable } from '../../shared/sheet/call-table';
import { valueOf } from '../../shared/sheet/interned';

describe('readSiteEnv', () => {
  it.each([
    { description: 'defaults (today from the clock)', input: {}, expected: { folder: 'data/sample', leaveOut: false, pseudonymise: false, minGroupSize: undefined, nameTrainees: false, month: undefined, today: '2026-12-01' } },
    { description: 'every option', input: { KEFU_DATA: 'exports', KEFU_LEAVE_OUT: '1', KEFU_PSEUDONYMISE: '1', KEFU_MIN_GROUP: '10', KEFU_NAME_TRAINEES: '1', KEFU_MONTH: '2026-09', KEFU_TODAY: '2026-11-30' },
      expected: { folder: 'exports', leaveOut: true, pseudonymise: true, minGroupSize: 10, nameTrainees: true, month: '2026-09', today: '2026-11-30' } },
    { description: 'only "1" switches an option on', input: { KEFU_LEAVE_OUT: 'yes', KEFU_PSEUDONYMISE: 'true', KEFU_NAME_TRAINEES: 'yes' },
      expected: { folder: 'data/sample', leaveOut: false, pseudonymise: false, minGroupSize: undefined, nameTrainees: false, month: undefined, today: '2026-12-01' } },
  ])('$description', ({ input, expected }) => expect(readSiteEnv(input, () => new Date('2026-12-01T09:00:00Z'))).toEqual(expected));

  it('refuses a today that is not YYYY-MM-DD', () => {
    expect(() => readSiteEnv({ KEFU_TODAY: '30/11/2026' })).toThrow(/KEFU_TODAY must be YYYY-MM-DD/);
  });

  it('refuses a minimum group that is not a whole number of 1 or more', () => {
    expect(() => readSiteEnv({ KEFU_MIN_GROUP: '0' })).toThrow(/KEFU_MIN_GROUP/);
    expect(() => readSiteEnv({ KEFU_MIN_GROUP: 'five' })).toThrow(/KEFU_MIN_GROUP/);
  });
});

describe('leaveOutRows', () => {
  const sheet = (file: string, schema: typeof CUSTOMERS, lines: number[]): SheetRead =>
    ({ file, schema, columnOf: {}, issues: [], rowCount: lines.length, rows: lines.map((line) => ({ line, values: { id: `r${line}` } })) });
  const sheets = { customers: sheet('c.csv', CUSTOMERS, [2, 3, 4]), calls: sheet('k.csv', CALLS, [2, 3]) };

  it('drops exactly the rows named by an issue and counts them by code, a row once per code', () => {
    const issues = [
      issueAt({ file: 'c.csv', line: 3, column: 3 }, 'bad-phone', '', ''),
      issueAt({ file: 'c.csv', line: 3, column: 5 }, 'required', '', ''),
      issueAt({ file: 'c.csv', line: 3, column: 6 }, 'required', '', ''),
      issueAt({ file: 'k.csv', line: 2, column: 3 }, 'bad-date-time', '', ''),
    ];
    const result = leaveOutRows(sheets, issues);
    expect(result.sheets.customers!.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(result.sheets.calls!.rows.map((r) => r.line)).toEqual([3]);
    expect(result.leftOut).toEqual({ rows: 2, byCode: [{ code: 'bad-date-time', rows: 1 }, { code: 'bad-phone', rows: 1 }, { code: 'required', rows: 1 }] });
    expect(result.notOnARow).toEqual([]);
    expect(sheets.customers.rows).toHaveLength(3);
  });

  it('leaves calls out of the table a streaming read made, its half-read rows counted as data rows', () => {
    const builder = createCallTable();
    for (const line of [2, 3, 5]) builder.add({ at: `2026-10-0${line}T10:00:00`, agent: `A${line}` }, line);
    builder.skip(4);
    const calls = builder.finish();
    const streamed = { ...sheets, calls: { ...sheets.calls, rows: [] } };
    const issues = [issueAt({ file: 'k.csv', line: 3, column: 3 }, 'bad-phone', '', ''), issueAt({ file: 'k.csv', line: 4, column: 2 }, 'required', '', '')];
    const result = leaveOutRows(streamed, issues, { calls });
    const kept = result.tables.calls!;
    expect([...kept.line]).toEqual([2, 5]);
    expect([atOf(kept, 1), valueOf(kept.columns.agent, 1)]).toEqual(['2026-10-05T10:00:00', 'A5']);
    expect(result.leftOut.rows).toBe(2);
    expect(result.notOnARow).toEqual([]);
  });

  it('cannot leave out a problem that is not on a data row', () => {
    const header = issueAt({ file: 'c.csv', line: 1, column: 9 }, 'unknown-column', '', '');
    const whole = issueAt({ file: 'settings.csv', line: 0, column: 0 }, 'bad-setting', '', '');
    expect(leaveOutRows(sheets, [header, whole]).notOnARow).toEqual([header, whole]);
  });
});

const KEY = 'site-data-test-key-00000000';
const key = () => KEY;
const site = loadSiteData(readSiteEnv({}), key);

describe('loadSiteData', () => {
  it('reads the supervisor\'s 月度备注 by month, as written', () => {
    expect(site.notes.get('2026-10')).toEqual(['旺季订单多，取件后的二次回访有积压；下月起每天下午固定一小时集中回访。']);
    expect(site.notes.get('2026-08')).toBeUndefined();
  });

  it('opens on the newest ended month with data, KEFU_MONTH, or stops on a month without data', () => {
    // The sample runs 2025-11 … 2026-10.
    expect(loadSiteData(readSiteEnv({ KEFU_TODAY: '2026-11-01' }), key).reportMonth).toEqual({ month: '2026-10', partial: false });
    expect(loadSiteData(readSiteEnv({ KEFU_TODAY: '2026-10-31' }), key).reportMonth).toEqual({ month: '2026-09', partial: false });
    expect(loadSiteData(readSiteEnv({ KEFU_TODAY: '2026-10-31', KEFU_MONTH: '2026-10' }), key).reportMonth).toEqual({ month: '2026-10', partial: true });
    expect(() => loadSiteData(readSiteEnv({ KEFU_MONTH: '2027-01' }), key)).toThrow('The site was not built: 2027-01 has no data; months with data: 2025-11');
  });

  it('reads the sample through the shared reader, with Settings minimum group size unless overridden', () => {
    const site = loadSiteData(readSiteEnv({}), key);
    expect(site.leftOut.rows).toBe(0);
    expect(site.months[0]).toBe('2025-11');
    expect(site.options).toEqual({ minGroupSize: site.settings.report.minGroupSize, pseudonymiseAgents: false, nameTrainees: false, pseudonymKey: KEY });
    expect(loadSiteData(readSiteEnv({ KEFU_MIN_GROUP: '1000' }), key).options.minGroupSize).toBe(1000);
  });

  it('pseudonymises trainees and mentors by default with the key, and names them only with KEFU_NAME_TRAINEES=1', () => {
    const trainees = new Set(site.data.training.map((t) => t.trainee));
    const mentors = new Set(site.data.training.flatMap((t) => (t.mentor ? [t.mentor] : [])));
    const shown = (options: ReportOptions) => site.months.flatMap((m) => buildMonthReport(site.data, m, site.settings, options).training.cohorts)
      .flatMap((c) => c.trainees.flatMap((t) => [t.trainee, t.mentor ?? '']));
    const hidden = shown(site.options);
    expect(trainees.size).toBeGreaterThan(3);
    expect(hidden.filter((n) => trainees.has(n) || mentors.has(n))).toEqual([]);
    expect(hidden.some((n) => /^学员 \d+$/.test(n))).toBe(true);
    const named = loadSiteData(readSiteEnv({ KEFU_NAME_TRAINEES: '1' }), () => { throw new Error('no key needed'); });
    expect(named.options.pseudonymKey).toBeUndefined();
    expect(shown(named.options).some((n) => trainees.has(n))).toBe(true);
  });

  it('pseudonymises agents when asked', () => {
    const site = loadSiteData(readSiteEnv({ KEFU_PSEUDONYMISE: '1' }), key);
    const report = buildMonthReport(site.data, site.months.at(-1)!, site.settings, site.options);
    expect(report.satisfaction.byAgent.map((a) => a.agent).every((a) => /^客服 [A-Z]+$/.test(a))).toBe(true);
  });

  it('stops on input that cannot be read at all, even when told to leave bad rows out', () => {
    expect(() => loadSiteData(readSiteEnv({ KEFU_DATA: 'no/such/folder', KEFU_LEAVE_OUT: '1' }))).toThrow(/no such file or folder/);
    const folder = mkdtempSync(join(tmpdir(), 'kefu-site-data-'));
    try {
      cpSync('data/sample', folder, { recursive: true });
      writeFileSync(join(folder, 'training.csv'), '');
      expect(() => loadSiteData(readSiteEnv({ KEFU_DATA: folder, KEFU_LEAVE_OUT: '1' }))).toThrow(/training\.csv: The file is empty[^]*KEFU_LEAVE_OUT=1 does not help/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
