// The two Sheets API v4 calls an export makes (spreadsheets.get, spreadsheets.values.batchGet) through the real googleapis client, retried and checked.
// Only the sheets module is imported: all of googleapis takes about 3 s to load, this about 0.3 s.
import { sheets_v4 } from 'googleapis/build/src/apis/sheets/index.js';
import type { GoogleAuth, OAuth2Client } from 'google-auth-library';
import { explainApiError, type Account } from './explain-api-error';
import { ExportFailure } from './export-failure';
import type { SheetGrid } from './plan-requests';
import { isRetryable, withRetry, type RetryNotice, type RetryPolicy } from './retry';

export interface SpreadsheetGrids {
  title: string;
  sheets: SheetGrid[];
}

export interface ValueRange {
  range: string;
  values: unknown[][];
}

export interface SheetsApi {
  getSpreadsheet(spreadsheetId: string): Promise<SpreadsheetGrids>;
  batchGet(spreadsheetId: string, ranges: readonly string[]): Promise<ValueRange[]>;
}

export interface SheetsClientOptions {
  auth: OAuth2Client | GoogleAuth;
  account: Account;
  retry: RetryPolicy;
  /** Where the API lives; tests point it at a local server. */
  rootUrl?: string;
  timeoutMs?: number;
  onRetry?(notice: RetryNotice, call: string): void;
}

/** Only titles and grid sizes: the cheapest answer that still lets the reads be planned. */
export const GET_FIELDS = 'properties.title,sheets.properties(sheetId,title,index,sheetType,gridProperties(rowCount,columnCount))';

function badAnswer(call: string, data: unknown): ExportFailure {
  const text = typeof data === 'string' ? data : JSON.stringify(data) ?? String(data);
  const start = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return new ExportFailure({
    en: `The Sheets API answered ${call} with something other than its usual JSON (the answer may have been cut short, or a proxy answered instead): "${start}". Run the export again.`,
    zh: `Sheets API 对 ${call} 的应答不是通常的 JSON（应答可能被截断，或是代理服务器代为应答）：“${start}”。请重新导出。`,
  });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readGrids(data: unknown): SpreadsheetGrids | undefined {
  if (!isObject(data) || !Array.isArray(data['sheets'])) return undefined;
  const properties = isObject(data['properties']) ? data['properties'] : {};
  const sheets: SheetGrid[] = [];
  for (const sheet of data['sheets'] as unknown[]) {
    const p = isObject(sheet) && isObject(sheet['properties']) ? sheet['properties'] : undefined;
    if (!p || typeof p['title'] !== 'string') return undefined;
    // Chart sheets and data-source sheets have no grid and no values.
    if (p['sheetType'] !== undefined && p['sheetType'] !== 'GRID') continue;
    const grid = isObject(p['gridProperties']) ? p['gridProperties'] : {};
    const rowCount = typeof grid['rowCount'] === 'number' ? grid['rowCount'] : 0;
    const columnCount = typeof grid['columnCount'] === 'number' ? grid['columnCount'] : 0;
    sheets.push({ title: p['title'], rowCount, columnCount });
  }
  return { title: typeof properties['title'] === 'string' ? properties['title'] : '', sheets };
}

function readValueRanges(data: unknown, count: number): ValueRange[] | undefined {
  if (!isObject(data)) return undefined;
  const ranges = data['valueRanges'] ?? [];
  if (!Array.isArray(ranges) || ranges.length !== count) return undefined;
  const out: ValueRange[] = [];
  for (const range of ranges) {
    if (!isObject(range)) return undefined;
    const values = range['values'] ?? [];
    if (!Array.isArray(values) || !values.every(Array.isArray)) return undefined;
    out.push({ range: typeof range['range'] === 'string' ? range['range'] : '', values: values as unknown[][] });
  }
  return out;
}

export function createSheetsApi(options: SheetsClientOptions): SheetsApi {
  const sheets = new sheets_v4.Sheets({ auth: options.auth, ...(options.rootUrl ? { rootUrl: options.rootUrl } : {}) });
  // gaxios would retry on its own as well; one policy, ours, keeps the request count bounded and known.
  const methodOptions = { retry: false, timeout: options.timeoutMs ?? 60_000 };

  async function call<T>(name: string, spreadsheetId: string, request: () => Promise<{ data: unknown }>, read: (data: unknown) => T | undefined): Promise<T> {
    let response: { data: unknown };
    try {
      response = await withRetry(request, options.retry, (notice) => options.onRetry?.(notice, name));
    } catch (error) {
      throw explainApiError(error, { spreadsheetId, account: options.account, attempts: isRetryable(error) ? options.retry.attempts : 1 });
    }
    const value = read(response.data);
    if (value === undefined) throw badAnswer(name, response.data);
    return value;
  }

  return {
    getSpreadsheet: (spreadsheetId) => call('spreadsheets.get', spreadsheetId,
      () => sheets.spreadsheets.get({ spreadsheetId, fields: GET_FIELDS, includeGridData: false, prettyPrint: false }, methodOptions),
      readGrids),
    batchGet: (spreadsheetId, ranges) => call('spreadsheets.values.batchGet', spreadsheetId,
      () => sheets.spreadsheets.values.batchGet({
        spreadsheetId,
        ranges: [...ranges],
        majorDimension: 'ROWS',
        valueRenderOption: 'UNFORMATTED_VALUE',
        dateTimeRenderOption: 'SERIAL_NUMBER',
        // Google indents its JSON unless told not to, which more than doubles the answer (19.5 → 7.3 bytes a cell).
        prettyPrint: false,
      }, methodOptions),
      (data) => readValueRanges(data, ranges.length)),
  };
}
