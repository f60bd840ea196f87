// The pure parts of the export: serial dates, cell conversion, request planning, ids and labels, backoff, safe folder swaps.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../../shared/a1';
import { formatSheetIssue } from '../../../cli/export/locate-issues';
import { planRequests } from '../../../cli/export/plan-requests';
import { quoteSheetName } from '../../../shared/a1';
import { backoffMs, isRetryable, retryAfterMs, withRetry, DEFAULT_RETRY } from '../../../cli/export/retry';
import { MANIFEST_FILE } from '../../../cli/export/folder-manifest';
import { replaceFolder } from '../../../cli/export/safe-write';
import { isoToSerial, serialToDate, serialToDateTime } from '../../../shared/sheet/serial-date';
import { parseSpreadsheetId } from '../../../cli/export/spreadsheet-id';
import { pairStores } from '../../../cli/export/store-labels';
import { labelProblem } from '../../../load/store-list';
import { csvLines, toCellValue } from '../../../cli/export/to-rows';
import { CALLS, CUSTOMERS } from '../../../shared/schema';
import type { Column } from '../../../shared/schema/types';
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

describe('toCellValue', () => {
  const cases: { description: string; raw: unknown; column: Column; expected: unknown }[] = [
    { description: 'an empty cell is nothing', raw: '', column: column('name'), expected: undefined },
    { description: 'whitespace is nothing', raw: '  ', column: column('name'), expected: undefined },
    { description: 'a serial in a date column is an ISO date', raw: 46083, column: column('firstVisit'), expected: '2026-03-02' },
    { description: 'text in a date column goes to the checker as typed', raw: '2026/3/2', column: column('firstVisit'), expected: '2026/3/2' },
    { description: 'a serial in a date-time column is an ISO date-time', raw: 46083.5, column: column('at', CALLS), expected: '2026-03-02T12:00:00' },
    { description: 'formula noise in a whole number is dropped', raw: 2.0000000000004, column: column('visitsThisYear'), expected: 2 },
    { description: 'a real fraction in a whole-number column is kept for the checker', raw: 2.5, column: column('visitsThisYear'), expected: 2.5 },
    { description: 'money keeps cents and loses noise', raw: 0.1 + 0.2, column: column('spendThisYear'), expected: 0.3 },
    { description: 'a mobile number typed as a number is text', raw: 13812345678, column: column('phone'), expected: '13812345678' },
    { description: 'a checkbox is a yes/no', raw: false, column: column('consent'), expected: false },
    { description: '是 is yes', raw: '是', column: column('consent'), expected: true },
    { description: '1 in a yes/no column is yes', raw: 1, column: column('consent'), expected: true },
    { description: 'a checkbox in a text column reads as the sheet shows it', raw: true, column: column('name'), expected: 'TRUE' },
    { description: 'an English enum label becomes its key', raw: 'WeChat', column: column('channel', CALLS), expected: 'wechat' },
    { description: 'an unknown enum goes to the checker as typed', raw: '飞鸽', column: column('channel', CALLS), expected: '飞鸽' },
  ];
  for (const { description, raw, column: c, expected } of cases) {
    it(description, () => expect(toCellValue(raw, c)).toEqual({ ok: true, value: expected }));
  }
  it('reports a yes/no that is neither, in both languages', () => {
    const cell = toCellValue('maybe', column('consent'));
    expect(cell.ok).toBe(false);
    expect(cell).toMatchObject({ en: expect.stringContaining('not a yes or no'), zh: expect.stringContaining('不是“是”或“否”') });
  });
});

describe('csvLines', () => {
  it('pushes later rows down by the line breaks in a value', () => {
    expect(csvLines([{ a: 'x' }, { a: 'one\ntwo\r\nthree' }, { a: 'y' }])).toEqual([2, 3, 6]);
  });
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

describe('formatSheetIssue', () => {
  const issue = (line: number, column: number) => ({ file: '客户档案', line, column, code: 'x', message: 'bad', messageZh: '错' });
  it('names a cell, a row or the sheet', () => {
    expect(formatSheetIssue(issue(12, 3), 'en')).toBe('客户档案!C12: bad');
    expect(formatSheetIssue(issue(12, 0), 'en')).toBe('客户档案, row 12: bad');
    expect(formatSheetIssue(issue(12, 0), 'zh', 'north')).toBe('[north] 客户档案 第 12 行: 错');
    expect(formatSheetIssue(issue(0, 0), 'en')).toBe('客户档案: bad');
  });
});
