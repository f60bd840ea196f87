// `kefu export` end to end: the real googleapis client against a local fake Sheets API, real files, the real checker.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { loadWorkbook } from '../../../load/load-workbook';
import { MANIFEST_FILE } from '../../../cli/export/folder-manifest';
import { GET_FIELDS } from '../../../cli/export/sheets-client';
import { DEFAULT_LIMITS, planRequests } from '../../../cli/export/plan-requests';
import { SHEETS } from '../../../shared/schema';
import { FakeSheetsApi, FORBIDDEN, INTERNAL, NOT_FOUND, RATE_LIMITED, type FakeSheet } from '../../../doubles/sheets-api/fake-sheets-api';
import { exportFrom, leftovers, scratch, snapshot, testCredentials } from './helpers';
import { handMadeRows } from '../../../doubles/sheets-api/hand-made-workbook';
import { servedWorkbook, typedWorkbook, type TypedWorkbook } from '../../../doubles/sheets-api/served-workbook';
import { defaultSettings } from '../../../shared/settings';

const ID = 'kefu-test-sheet-0123456789';
let fake: FakeSheetsApi;
let workbook: TypedWorkbook;

beforeAll(async () => {
  fake = await FakeSheetsApi.start();
  workbook = typedWorkbook();
});
afterAll(() => fake.close());

/** Serves the workbook (optionally edited) under ID, replacing what was served before. */
function serve(options: Parameters<typeof servedWorkbook>[1] = {}): void {
  fake.reset();
  fake.add(servedWorkbook(workbook, { spreadsheetId: ID, ...options }));
}

const sheet = (sheets: FakeSheet[], title: string): FakeSheet => sheets.find((s) => s.title === title)!;

async function check(folder: string): Promise<number> {
  return main(['check', folder], { out: () => {}, err: () => {} });
}

describe('kefu export', () => {
  it('writes the CSVs kefu check passes, with exactly one get and one batchGet', async () => {
    serve();
    const parent = scratch();
    const out = join(parent, 'data');
    const run = await exportFrom(fake, { out });
    expect(run.err).not.toMatch(/kefu export:/);
    expect(run.exit).toBe(0);
    expect([run.gets, run.batchGets]).toEqual([1, 1]);
    expect(readdirSync(out).sort()).toEqual([...SHEETS.map((s) => s.file), MANIFEST_FILE].sort());
    expect(await check(out)).toBe(0);
    // The rows read back are the rows served: dates via serial numbers, numbers, yes/no and labels all survive.
    const loaded = loadWorkbook([out]);
    for (const schema of SHEETS) {
      expect(loaded.sheets[schema.name]!.rows.map((r) => r.values), schema.name).toEqual(workbook.rows[schema.name]);
    }
    expect(run.err).toContain(`客户档案 Customers: ${workbook.rows.customers.length} rows`);
    expect(leftovers(parent)).toEqual([]);
  });

  it('asks only for titles and grid sizes, and for unformatted values with serial dates', async () => {
    serve();
    await exportFrom(fake, { out: join(scratch(), 'data') });
    const get = fake.requests.find((r) => r.kind === 'get')!;
    expect(get.query.get('fields')).toBe(GET_FIELDS);
    const batch = fake.requests.find((r) => r.kind === 'batchGet')!;
    expect(batch.query.get('valueRenderOption')).toBe('UNFORMATTED_VALUE');
    expect(batch.query.get('dateTimeRenderOption')).toBe('SERIAL_NUMBER');
    expect(batch.query.getAll('ranges')).toEqual(SHEETS.map((s) => `'${s.zh}'`));
    expect(batch.query.get('prettyPrint')).toBe('false');
    expect(batch.authorization).toBe('Bearer test');
  });

  it('reads English sheet titles and headers into the same files', async () => {
    serve();
    const zh = join(scratch(), 'data');
    expect((await exportFrom(fake, { out: zh })).exit).toBe(0);
    serve({ lang: 'en' });
    const en = join(scratch(), 'data');
    const run = await exportFrom(fake, { out: en });
    expect(run.exit).toBe(0);
    expect(run.err).toContain('客户档案 Customers:');
    expect(snapshot(en)).toEqual(snapshot(zh));
  });

  it('accepts the export names as titles and the spreadsheet URL as --spreadsheet', async () => {
    serve({ edit: (sheets) => sheets.map((s) => ({ ...s, title: SHEETS.find((x) => x.zh === s.title)?.name ?? s.title })) });
    const run = await exportFrom(fake, { out: join(scratch(), 'data'), spreadsheet: [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`] });
    expect(run.exit).toBe(0);
  });

  it('exports an empty sheet (header only) as a header-only CSV', async () => {
    serve({ edit: (sheets) => sheets.map((s) => (s.title === '新人培训考核' ? { ...s, values: s.values.slice(0, 1) } : s)) });
    const out = join(scratch(), 'data');
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(0);
    expect(run.err).toContain('新人培训考核 Training tests: 0 rows');
    expect(readFileSync(join(out, 'training.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1);
    expect(await check(out)).toBe(0);
  });

  it('exports a workbook set up before the optional 月度备注 sheet existed: no notes.csv, and kefu check passes', async () => {
    serve({ edit: (sheets) => sheets.filter((s) => s.title !== '月度备注') });
    const out = join(scratch(), 'data');
    const run = await exportFrom(fake, { out });
    expect(run.err).not.toMatch(/kefu export:/);
    expect(run.exit).toBe(0);
    expect(readdirSync(out).sort()).toEqual([...SHEETS.filter((s) => !s.optional).map((s) => s.file), MANIFEST_FILE].sort());
    expect(await check(out)).toBe(0);
  });

  it('exits 2 naming a missing sheet and listing the titles found, before reading any values', async () => {
    serve({ edit: (sheets) => sheets.filter((s) => s.title !== '回访记录') });
    const out = join(scratch(), 'data');
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(2);
    expect(run.err).toMatch(/no Follow-up calls \(回访记录\) sheet/);
    expect(run.err).toContain('"客户档案"');
    expect(run.err).toContain('"草稿"');
    expect([run.gets, run.batchGets]).toEqual([1, 0]);
    expect(existsSync(out)).toBe(false);
  });

  it('says it in Chinese with --lang zh', async () => {
    serve({ edit: (sheets) => sheets.filter((s) => s.title !== '回访记录') });
    const run = await exportFrom(fake, { out: join(scratch(), 'data'), lang: 'zh' });
    expect(run.err).toContain('缺少“回访记录”表');
  });

  it('exits 2 on 403, telling to share the sheet with the service account', async () => {
    serve();
    fake.script('get', FORBIDDEN);
    const run = await exportFrom(fake, { out: join(scratch(), 'data') }, { credentials: testCredentials({ kind: 'service-account', email: 'kefu@shop.iam.gserviceaccount.com' }) });
    expect(run.exit).toBe(2);
    expect(run.err).toContain('Share it (Share → Viewer) with the service account kefu@shop.iam.gserviceaccount.com');
    expect([run.gets, run.batchGets]).toEqual([1, 0]);
  });

  it('exits 2 on 404, saying the spreadsheet was not found', async () => {
    serve();
    const run = await exportFrom(fake, { out: join(scratch(), 'data'), spreadsheet: ['no-such-spreadsheet-id'] });
    expect(run.exit).toBe(2);
    expect(run.err).toContain('Spreadsheet no-such-spreadsheet-id was not found (404)');
    expect([run.gets, run.batchGets]).toEqual([1, 0]);
  });

  it('retries a 429 twice, honouring Retry-After, then succeeds with 3 batchGets', async () => {
    serve();
    fake.script('batchGet', { ...RATE_LIMITED, headers: { 'retry-after': '3' } }, 2);
    const slept: number[] = [];
    const run = await exportFrom(fake, { out: join(scratch(), 'data') }, {
      retry: { baseDelayMs: 1, maxDelayMs: 4, sleep: async (ms) => { slept.push(ms); } },
    });
    expect(run.exit).toBe(0);
    expect([run.gets, run.batchGets]).toEqual([1, 3]);
    expect(slept).toEqual([3000, 3000]);
    expect(run.err).toMatch(/failed \(429\); trying again in 3\.0 s \(attempt 2 of 5\)/);
  });

  it('gives up on a 500 that never recovers after 5 attempts, leaving the previous export byte for byte', async () => {
    serve();
    const parent = scratch();
    const out = join(parent, 'data');
    expect((await exportFrom(fake, { out })).exit).toBe(0);
    const before = snapshot(out);
    fake.script('batchGet', INTERNAL, Infinity);
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(2);
    expect(run.err).toContain('Google Sheets kept failing (500');
    expect([run.gets, run.batchGets]).toEqual([1, 5]);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(parent)).toEqual([]);
  });

  it('gives up when the network keeps failing', async () => {
    serve();
    fake.script('get', { hangUp: true }, Infinity);
    const run = await exportFrom(fake, { out: join(scratch(), 'data') });
    expect(run.exit).toBe(2);
    expect(run.err).toMatch(/Could not reach Google Sheets \(ECONNRESET\) after trying 5 times/);
    expect(run.gets).toBe(5);
  });

  it('exits 2 with a clear message on a truncated answer', async () => {
    serve();
    fake.script('batchGet', { body: `{"spreadsheetId":"${ID}","valueRanges":[{"range":"'客户档案'!A1:X5` });
    const parent = scratch();
    const run = await exportFrom(fake, { out: join(parent, 'data') });
    expect(run.exit).toBe(2);
    expect(run.err).toContain('something other than its usual JSON (the answer may have been cut short');
    expect(run.err).not.toMatch(/\n\s+at /);
    expect([run.gets, run.batchGets]).toEqual([1, 1]);
    expect(leftovers(parent)).toEqual([]);
  });

  it('refuses a header it does not know, naming the sheet, column letter and header text', async () => {
    serve({ edit: (sheets) => { sheet(sheets, '客户档案').values[0]![2] = '手机'; return sheets; } });
    const out = join(scratch(), 'data');
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(1);
    // Placed as every workbook issue is (file › sheet!cell, formatIssue), in the one reader's words.
    expect(run.out).toContain('客服工作簿 › 客户档案!C1: The header "手机" (column 3) is not a column of Customers (客户档案)');
    expect(run.out).toContain('客服工作簿 › 客户档案!1: The required column Phone (联系电话) is missing');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses data with issues, pointing at the sheet cell, and keeps the previous export', async () => {
    serve();
    const out = join(scratch(), 'data');
    expect((await exportFrom(fake, { out })).exit).toBe(0);
    const before = snapshot(out);
    serve({ edit: (sheets) => {
      sheet(sheets, '回访记录').values[1]![1] = 'C9999';
      const customers = sheet(sheets, '客户档案');
      customers.values[2]![customers.values[0]!.indexOf('同意回访')] = 'maybe';
      return sheets;
    } });
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(1);
    expect(run.out).toContain('客服工作簿 › 回访记录!B2: Customer ID (客户编号) "C9999" is not in the Customers sheet (客户档案); add that row there');
    const consent = String.fromCharCode(65 + SHEETS[1]!.columns.findIndex((c) => c.key === 'consent'));
    expect(run.out).toContain(`客服工作簿 › 客户档案!${consent}3: Consent to contact (同意回访): "maybe" is not a yes or no`);
    expect(run.err).toMatch(/Export refused: 2 issues/);
    expect(snapshot(out)).toEqual(before);
  });

  it('splits a workbook too big for one request into several batchGets, with the same files', async () => {
    serve();
    const whole = join(scratch(), 'data');
    expect((await exportFrom(fake, { out: whole })).exit).toBe(0);
    const served = servedWorkbook(workbook, { spreadsheetId: ID });
    const grids = SHEETS.map((s) => { const v = sheet(served.sheets, s.zh).values; return { title: s.zh, rowCount: v.length, columnCount: Math.max(...v.map((r) => r.length)) }; });
    const total = grids.reduce((n, g) => n + g.rowCount * g.columnCount * DEFAULT_LIMITS.bytesPerCell, 0);
    // A quarter of the workbook per request: several requests, and the biggest sheet read in blocks of rows.
    const limits = { maxResponseBytes: Math.ceil(total / 4) };
    const plan = planRequests(grids, { ...DEFAULT_LIMITS, ...limits });
    expect(plan.length).toBeGreaterThan(1);
    expect(plan.flat().some((r) => r.range.includes('!'))).toBe(true);
    const split = join(scratch(), 'data');
    const run = await exportFrom(fake, { out: split }, { limits });
    expect(run.exit).toBe(0);
    expect([run.gets, run.batchGets]).toEqual([1, plan.length]);
    expect(snapshot(split)).toEqual(snapshot(whole));
  });

  it('exports one workbook per store into store folders with stores.json', async () => {
    fake.reset();
    fake.add(servedWorkbook(workbook, { spreadsheetId: 'north-sheet-0123456789' }));
    fake.add(servedWorkbook(workbook, { spreadsheetId: 'south-sheet-0123456789', lang: 'en' }));
    const out = join(scratch(), 'chain');
    const run = await exportFrom(fake, { out, spreadsheet: ['north-sheet-0123456789', 'south-sheet-0123456789'], store: ['north', '南京 店'] }, { now: () => new Date('2026-04-01T02:00:00Z') });
    expect(run.exit).toBe(0);
    expect([run.gets, run.batchGets]).toEqual([2, 2]);
    expect(readdirSync(out).sort()).toEqual([MANIFEST_FILE, 'north', 'stores.json', '南京 店'].sort());
    expect(JSON.parse(readFileSync(join(out, 'stores.json'), 'utf8'))).toEqual([
      { label: 'north', spreadsheetId: 'north-sheet-0123456789', exportedAt: '2026-04-01T02:00:00.000Z' },
      { label: '南京 店', spreadsheetId: 'south-sheet-0123456789', exportedAt: '2026-04-01T02:00:00.000Z' },
    ]);
    expect(await check(join(out, 'north'))).toBe(0);
    expect(snapshot(join(out, '南京 店'))).toEqual(snapshot(join(out, 'north')));
    expect(run.err).toContain('[north] 客户档案 Customers:');
  });

  it('names the store whose workbook failed', async () => {
    fake.reset();
    fake.add(servedWorkbook(workbook, { spreadsheetId: 'north-sheet-0123456789' }));
    const run = await exportFrom(fake, { out: join(scratch(), 'chain'), spreadsheet: ['north-sheet-0123456789', 'gone-sheet-0123456789'], store: ['north', 'south'] });
    expect(run.exit).toBe(2);
    expect(run.err).toContain('[south] Spreadsheet gone-sheet-0123456789 was not found');
  });

  it('rejects unsafe or unpaired store labels before any request', async () => {
    serve();
    for (const store of [['north', '../up'], ['north'], ['north', 'NORTH'], ['north', 'con']]) {
      const run = await exportFrom(fake, { out: join(scratch(), 'chain'), spreadsheet: ['a-sheet-0123456789', 'b-sheet-0123456789'], store });
      expect(run.exit, store.join(',')).toBe(2);
      expect(run.gets).toBe(0);
    }
  });

  it('will not replace an --out folder holding other files', async () => {
    serve();
    const out = scratch();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    mkdirSync(join(out, 'photos'));
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(2);
    expect(run.err).toContain(`${out} holds 2 items Kefu did not make (notes.txt, photos/)`);
    expect(run.gets).toBe(0);
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('exports the hand-made workbook cleanly, and places an issue past a multi-line cell at its sheet row', async () => {
    const handMade: TypedWorkbook = { rows: handMadeRows(), settings: defaultSettings() };
    fake.reset();
    fake.add(servedWorkbook(handMade, { spreadsheetId: ID }));
    const out = join(scratch(), 'data');
    expect((await exportFrom(fake, { out })).exit).toBe(0);
    expect(readFileSync(join(out, 'customers.csv'), 'utf8')).toContain("'=ACME 公司");
    expect(loadWorkbook([out]).sheets.customers!.rows.map((r) => r.values)).toEqual(handMade.rows.customers);
    // C003's address holds a line break, so C004 would be on CSV line 6: it is named at its sheet row, 5.
    handMade.rows.customers.push({ id: 'C004', name: '赵六', phone: 'call me' });
    fake.add(servedWorkbook(handMade, { spreadsheetId: ID }));
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(1);
    expect(run.out).toMatch(/^客服工作簿 › 客户档案!C5: Phone \(联系电话\): "call me" is not a phone number/m);
  });
});
