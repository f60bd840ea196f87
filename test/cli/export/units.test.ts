// The pure parts of the export: serial dates, cell conversion, request planning, ids and labels, backoff, safe folder swaps.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../shared/a1';
import { planRequests } from '../../../cli/export/plan-requests';
import { quoteSheetName } from '../../../shared/a1';
import { backoffMs, isRetryable, retryAfterMs, withRetry, DEFAULT_RETRY } from '../../../cli/export/retry';
import { MANIFEST_FILE } from '../../../cli/export/folder-manifest';
import { replaceFolder } from '../../../cli/export/safe-write';
import { isoToSerial, serialToDate, serialToDateTime } from '../../../shared/sheet/serial-date';
import { parseSpreadsheetId } from '../../../cli/export/spreadsheet-id';
import { pairStores } from '../../../cli/export/store-labels';
import { labelProblem } from '../../../load/store-list';
import { readGrid } from '../../../shared/sheet/read-grid';
import type { GridCell } from '../../../shared/sheet/grid';
import { defaultSettings } from '../../../shared/settings';
import { CALLS, CUSTOMERS } from '../../../shared/schema';
import type { Column, SheetSchema } from '../../../shared/schema/types';
import { leftovers, scratch } from './helpers';

const column = (key: string, schema = CUSTOMERS): Column => schema.columns.find((c) => c.key === key)!;

describe('serial dates', () => {
  const cases = [
    { description: 'serial 0 is the epoch', serial: 0, date: '1899-12-30', dateTime: '1899-12-30T00:00:00' },
    { description: 'a whole day', serial: 46083, date: '2026-03-02', dateTime: '2026-03-02T00:00:00' },
    { description: 'noon', serial: 46083.5, date: '2026-03-02 12:00:00', dateTime: '2026-03-02T12:00:00' },
    { description: 'noise below a second rounds away', serial: 46083.427083333336, date: '2026-03-02 10:15:00', dateTime: '2026-03-02T10:15:00' },
    { description: 'a day before the epoch', serial: -1, date: '1899-12-29', dateTime: '1899-12-29T00:00:00' },
  ];
  for (const { description, serial, date, dateTime } of cases) {
    it(description, () => {
      expect(serialToDate(serial)).toBe(date);
      expect(serialToDateTime(serial)).toBe(dateTime);
    });
  }
  it('is no date past year 9999 or for NaN', () => {
    expect(serialToDate(1e10)).toBeUndefined();
    expect(serialToDateTime(Number.NaN)).toBeUndefined();
  });
  it('round-trips through isoToSerial', () => {
    for (const iso of ['2026-03-02T16:40:30', '2000-02-29T23:59:59', '1970-01-01T00:00:00']) expect(serialToDateTime(isoToSerial(iso))).toBe(iso);
  });
});

describe('an API cell through the one reader', () => {
  /** One cell under its column's header (with the sheet's required columns beside it), read as the export reads the values. */
  const readCell = (raw: GridCell, c: Column, schema: SheetSchema = CUSTOMERS) => {
    const others = schema.columns.filter((o) => o.required && o.key !== c.key);
    const filler = (o: Column): GridCell => (o.type === 'date-time' ? 46083.5 : o.type === 'date' ? 46083 : o.key === 'phone' ? '13812345678' : 'C001');
    const read = readGrid([
      { line: 1, cells: [c.zh, ...others.map((o) => o.zh)] },
      { line: 2, cells: [raw, ...others.map(filler)] },
    ], { file: '客服工作簿', sheet: schema.zh }, schema, defaultSettings(), { sheetValues: true });
    // Only the cell under test (column A) is judged here; the fillers are not its concern.
    const own = read.issues.filter((i) => i.column === 1);
    return { value: read.rows[0]?.values[c.key], issues: own.map((i) => `${i.code}@${i.sheet}!${columnLetter(i.column - 1)}${i.line}`) };
  };
  const cases: { description: string; raw: GridCell; column: Column; expected: { value: unknown; issues?: string[] } }[] = [
    { description: 'whitespace is nothing (a required cell left empty)', raw: '  ', column: column('name'), expected: { value: undefined, issues: ['required@客户档案!A2'] } },
    { description: 'a serial in a date column is an ISO date', raw: 46083, column: column('firstVisit'), expected: { value: '2026-03-02' } },
    { description: 'text in a date column is read as a typed date is', raw: '2026/3/2', column: column('firstVisit'), expected: { value: '2026-03-02' } },
    { description: 'a serial in a date-time column is an ISO date-time', raw: 46083.5, column: column('at', CALLS), expected: { value: '2026-03-02T12:00:00' } },
    { description: 'formula noise in a whole number is dropped', raw: 2.0000000000004, column: column('visitsThisYear'), expected: { value: 2 } },
    { description: 'money keeps cents and loses noise', raw: 0.1 + 0.2, column: column('spendThisYear'), expected: { value: 0.3 } },
    { description: 'a mobile number typed as a number is text', raw: 13812345678, column: column('phone'), expected: { value: '13812345678' } },
    { description: 'a checkbox is a yes/no', raw: false, column: column('consent'), expected: { value: false } },
    { description: '是 is yes', raw: '是', column: column('consent'), expected: { value: true } },
    { description: '1 in a yes/no column is yes', raw: 1, column: column('consent'), expected: { value: true } },
    { description: 'a checkbox in a text column reads as the sheet shows it', raw: true, column: column('name'), expected: { value: 'TRUE' } },
    { description: 'text that looks like a formula is text in a sheet (a formula cell gives its result)', raw: '=ACME 公司', column: column('organisation'), expected: { value: '=ACME 公司' } },
    { description: 'an English enum label becomes its key', raw: 'WeChat', column: column('channel', CALLS), expected: { value: 'wechat' } },
    { description: 'a real fraction in a whole-number column is an issue at its cell', raw: 2.5, column: column('visitsThisYear'), expected: { value: undefined, issues: ['bad-integer@客户档案!A2'] } },
    { description: 'an unknown enum is an issue at its cell', raw: '飞鸽', column: column('channel', CALLS), expected: { value: undefined, issues: ['not-in-list@回访记录!A2'] } },
  ];
  for (const { description, raw, column: c, expected } of cases) {
    const schema = CALLS.columns.includes(c) ? CALLS : CUSTOMERS;
    it(description, () => expect(readCell(raw, c, schema)).toEqual({ value: expected.value, issues: expected.issues ?? [] }));
  }
});

describe('planRequests', () => {
  const limits = { maxResponseBytes: 1000, bytesPerCell: 10 };
  it('reads a small workbook in one request, each sheet whole', () => {
    const plan = planRequests([{ title: '客户档案', rowCount: 5, columnCount: 4 }, { title: "It's", rowCount: 3, columnCount: 2 }], limits);
    expect(plan.map((b) => b.map((r) => r.range))).toEqual([["'客户档案'", "'It''s'"]]);
  });
  it('starts a new request when the next sheet would pass the limit', () => {
    const plan = planRequests([{ title: 'a', rowCount: 6, columnCount: 10 }, { title: 'b', rowCount: 6, columnCount: 10 }], limits);
    expect(plan.map((b) => b.map((r) => r.range))).toEqual([["'a'"], ["'b'"]]);
  });
  it('reads a sheet bigger than the limit in blocks of whole rows', () => {
    const plan = planRequests([{ title: 'big', rowCount: 25, columnCount: 10 }], limits);
    expect(plan.map((b) => b.map((r) => r.range))).toEqual([["'big'!1:10"], ["'big'!11:20"], ["'big'!21:25"]]);
  });
  it('quotes titles for A1 notation', () => expect(quoteSheetName("Tom's")).toBe("'Tom''s'"));
  it('names columns as letters', () => expect([0, 25, 26, 51, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']));
});

describe('spreadsheet ids and store labels', () => {
  it('takes an id out of the browser address', () => {
    expect(parseSpreadsheetId('https://docs.google.com/spreadsheets/d/1AbC_d-9/edit#gid=0')).toEqual({ ok: true, id: '1AbC_d-9' });
    expect(parseSpreadsheetId('https://docs.google.com/spreadsheets/u/1/d/1AbC/edit')).toEqual({ ok: true, id: '1AbC' });
    expect(parseSpreadsheetId(' 1AbC_d-9 ')).toEqual({ ok: true, id: '1AbC_d-9' });
  });
  it('explains a published link and a path', () => {
    expect(parseSpreadsheetId('https://docs.google.com/spreadsheets/d/e/2PACX-1/pubhtml')).toMatchObject({ ok: false, problem: { en: expect.stringContaining('Publish to the web') } });
    expect(parseSpreadsheetId('data/book.xlsx').ok).toBe(false);
  });
  const labels = [
    { label: 'north', ok: true }, { label: '南京 店', ok: true }, { label: 'store-2.b', ok: true },
    { label: '', ok: false }, { label: '../x', ok: false }, { label: 'a/b', ok: false }, { label: '.hidden', ok: false },
    { label: 'ends.', ok: false }, { label: 'CON', ok: false }, { label: 'stores.json', ok: false }, { label: 'x'.repeat(65), ok: false },
  ];
  for (const { label, ok } of labels) it(`${ok ? 'accepts' : 'rejects'} the label "${label.slice(0, 12)}"`, () => expect(labelProblem(label) === undefined).toBe(ok));
  it('pairs spreadsheets and labels in order', () => {
    expect(pairStores(['a1', 'b2'], ['A', 'B'])).toEqual({ ok: true, stores: [{ label: 'A', spreadsheetId: 'a1' }, { label: 'B', spreadsheetId: 'b2' }] });
    expect(pairStores(['a1'], [])).toEqual({ ok: true, stores: [{ spreadsheetId: 'a1' }] });
    expect(pairStores(['a1', 'b2'], ['A']).ok).toBe(false);
    expect(pairStores([], []).ok).toBe(false);
  });
});

describe('retry', () => {
  const policy = { ...DEFAULT_RETRY, baseDelayMs: 1000, maxDelayMs: 8000, random: () => 0.5, sleep: async () => {} };
  const http = (status: number, retryAfter?: string) => ({ status, response: { status, headers: new Headers(retryAfter ? { 'retry-after': retryAfter } : {}) } });
  it('doubles the wait, jittering its upper half, up to the cap', () => {
    expect([1, 2, 3, 4, 5].map((a) => backoffMs(a, policy, http(500)))).toEqual([750, 1500, 3000, 6000, 6000]);
  });
  it('honours Retry-After in seconds or as a date, up to its cap', () => {
    expect(backoffMs(1, policy, http(429, '7'))).toBe(7000);
    expect(retryAfterMs(http(429, new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString()), Date.UTC(2026, 0, 1))).toBe(30_000);
    expect(backoffMs(1, policy, http(429, '3600'))).toBe(policy.maxRetryAfterMs);
  });
  it('retries 429, 5xx and network failures, not 400, 403 or 404', () => {
    expect([429, 500, 503, 400, 403, 404].map((s) => isRetryable(http(s)))).toEqual([true, true, true, false, false, false]);
    expect(isRetryable({ code: 'x', cause: { code: 'ECONNRESET' } })).toBe(true);
    expect(isRetryable(new Error('bug'))).toBe(false);
  });
  it('stops after the attempts and throws the last error', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw http(503); }, { ...policy, attempts: 3 })).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(3);
  });
});

describe('replaceFolder', () => {
  const write = (text: string) => async (temp: string) => { writeFileSync(join(temp, 'customers.csv'), text); return true; };
  it('swaps in a complete folder, its manifest listing every file, and leaves nothing behind', async () => {
    const parent = scratch();
    const out = join(parent, 'data');
    expect(await replaceFolder(out, 'export', write('old'))).toBe(true);
    expect(await replaceFolder(out, 'export', write('new'))).toBe(true);
    expect(readFileSync(join(out, 'customers.csv'), 'utf8')).toBe('new');
    expect(JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8'))).toEqual({ madeBy: 'kefu', version: 1, kind: 'export', files: ['customers.csv'] });
    expect(leftovers(parent)).toEqual([]);
  });
  it('leaves the previous folder when the fill says no or throws', async () => {
    const parent = scratch();
    const out = join(parent, 'data');
    await replaceFolder(out, 'export', write('old'));
    expect(await replaceFolder(out, 'export', async (temp) => { writeFileSync(join(temp, 'customers.csv'), 'half'); return false; })).toBe(false);
    await expect(replaceFolder(out, 'export', async () => { throw new Error('disk full'); })).rejects.toThrow('disk full');
    expect(readFileSync(join(out, 'customers.csv'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['data']);
  });
  it('refuses, at the swap, a folder that something was put into while it was being filled', async () => {
    const parent = scratch();
    const out = join(parent, 'data');
    await replaceFolder(out, 'export', write('old'));
    await expect(replaceFolder(out, 'export', async (temp) => { writeFileSync(join(out, 'notes.txt'), 'mine'); return write('new')(temp); }))
      .rejects.toThrow('notes.txt');
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'customers.csv'), 'utf8')).toBe('old');
    expect(leftovers(parent)).toEqual([]);
  });
});
