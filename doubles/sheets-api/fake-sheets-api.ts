// A local stand-in for the Sheets API v4 (and Google's OAuth token endpoint): serves scripted spreadsheets, records every request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export interface FakeSheet {
  title: string;
  /** Row-major cell values as UNFORMATTED_VALUE / SERIAL_NUMBER would send them. */
  values: unknown[][];
  /** Grid size; defaults to the values' extent (at least 1 × 1). */
  rowCount?: number;
  columnCount?: number;
}

export interface FakeSpreadsheet {
  spreadsheetId: string;
  title: string;
  sheets: FakeSheet[];
}

export type Kind = 'get' | 'batchGet' | 'token' | 'other';

export interface RecordedRequest {
  kind: Kind;
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: string;
}

export interface Reply {
  status?: number;
  json?: unknown;
  /** A raw body, sent as application/json whatever it holds (for truncated answers). */
  body?: string;
  headers?: Record<string, string>;
  /** Close the connection without answering. */
  hangUp?: boolean;
}

type Script = { kind: Kind; reply: Reply | ((request: RecordedRequest) => Reply); times: number };

export const apiError = (code: number, message: string, status: string): Reply =>
  ({ status: code, json: { error: { code, message, status } } });

export const NOT_FOUND = apiError(404, 'Requested entity was not found.', 'NOT_FOUND');
export const FORBIDDEN = apiError(403, 'The caller does not have permission', 'PERMISSION_DENIED');
export const RATE_LIMITED: Reply = { ...apiError(429, "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user'", 'RESOURCE_EXHAUSTED') };
export const INTERNAL = apiError(500, 'Internal error encountered.', 'INTERNAL');

const letterOf = (n: number): string => (n <= 0 ? '' : letterOf(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
const numberOf = (letters: string): number => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

const blank = (v: unknown): boolean => v === undefined || v === null || v === '';

function gridOf(sheet: FakeSheet): { rows: number; columns: number } {
  return {
    rows: sheet.rowCount ?? Math.max(1, sheet.values.length),
    columns: sheet.columnCount ?? Math.max(1, ...sheet.values.map((r) => r.length)),
  };
}

/** "'Title'!A1:X501", "'Title'!1:500", "'Title'" or "Title" → the sheet and the block it names. */
function parseRange(text: string, sheets: readonly FakeSheet[]): { sheet: FakeSheet; r1: number; r2: number; c1: number; c2: number } | undefined {
  const match = /^(?:'((?:[^']|'')*)'|([^!']+))(?:!(.+))?$/.exec(text);
  if (!match) return undefined;
  const title = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]!;
  const sheet = sheets.find((s) => s.title === title);
  if (!sheet) return undefined;
  const grid = gridOf(sheet);
  const block = { sheet, r1: 1, r2: grid.rows, c1: 1, c2: grid.columns };
  const a1 = match[3];
  if (!a1) return block;
  const cells = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(a1);
  if (cells) return { sheet, c1: numberOf(cells[1]!), r1: +cells[2]!, c2: numberOf(cells[3]!), r2: +cells[4]! };
  const rows = /^(\d+):(\d+)$/.exec(a1);
  if (rows) return { ...block, r1: +rows[1]!, r2: +rows[2]! };
  return undefined;
}

/** The block's values as Google sends them: trailing empty cells and rows left out, interior blank rows as []. */
function valuesOf(range: NonNullable<ReturnType<typeof parseRange>>): unknown[][] {
  const rows = range.sheet.values.slice(range.r1 - 1, range.r2).map((row) => {
    const cells = row.slice(range.c1 - 1, range.c2);
    while (cells.length > 0 && blank(cells[cells.length - 1])) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export class FakeSheetsApi {
  readonly requests: RecordedRequest[] = [];
  private readonly spreadsheets = new Map<string, FakeSpreadsheet>();
  private scripts: Script[] = [];

  private constructor(private readonly server: Server, readonly rootUrl: string) {}

  static async start(): Promise<FakeSheetsApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const fake = new FakeSheetsApi(server, `http://127.0.0.1:${port}/`);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  add(spreadsheet: FakeSpreadsheet): this {
    this.spreadsheets.set(spreadsheet.spreadsheetId, spreadsheet);
    return this;
  }

  /** The next `times` requests of this kind get `reply` instead of the served data. */
  script(kind: Kind, reply: Reply | ((request: RecordedRequest) => Reply), times = 1): this {
    this.scripts.push({ kind, reply, times });
    return this;
  }

  count(kind: Kind): number {
    return this.requests.filter((r) => r.kind === kind).length;
  }

  reset(): void {
    this.requests.length = 0;
    this.scripts = [];
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.rootUrl);
    const kind: Kind = req.method === 'POST' && url.pathname === '/token' ? 'token'
      : req.method === 'GET' && /^\/v4\/spreadsheets\/[^/]+\/values:batchGet$/.test(url.pathname) ? 'batchGet'
        : req.method === 'GET' && /^\/v4\/spreadsheets\/[^/]+$/.test(url.pathname) ? 'get' : 'other';
    const request: RecordedRequest = {
      kind, method: req.method ?? '', path: url.pathname, query: url.searchParams,
      authorization: req.headers.authorization, body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(request);
    const script = this.scripts.find((s) => s.kind === kind && s.times > 0);
    let reply: Reply;
    if (script) {
      script.times -= 1;
      reply = typeof script.reply === 'function' ? script.reply(request) : script.reply;
    } else {
      reply = this.serve(request);
    }
    if (reply.hangUp) {
      req.socket.destroy();
      return;
    }
    const body = reply.body ?? JSON.stringify(reply.json ?? {});
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=UTF-8', ...reply.headers });
    res.end(body);
  }

  private serve(request: RecordedRequest): Reply {
    if (request.kind === 'token') {
      const form = new URLSearchParams(request.body);
      if (form.get('grant_type') === 'authorization_code' && form.get('code') && form.get('code_verifier')) {
        return { json: { access_token: 'fake-access-token', refresh_token: 'fake-refresh-token', expires_in: 3599, token_type: 'Bearer', scope: 'https://www.googleapis.com/auth/spreadsheets.readonly' } };
      }
      if (form.get('grant_type') === 'refresh_token') return { json: { access_token: 'fake-access-token-2', expires_in: 3599, token_type: 'Bearer' } };
      return { status: 400, json: { error: 'invalid_grant', error_description: 'Bad Request' } };
    }
    if (request.kind === 'other') return apiError(404, `No route ${request.method} ${request.path}`, 'NOT_FOUND');
    if (!request.authorization?.startsWith('Bearer ')) return apiError(401, 'Request is missing required authentication credential.', 'UNAUTHENTICATED');
    // /v4/spreadsheets/{id} or /v4/spreadsheets/{id}/values:batchGet
    const spreadsheet = this.spreadsheets.get(decodeURIComponent(request.path.split('/')[3]!));
    if (!spreadsheet) return NOT_FOUND;
    if (request.kind === 'get') {
      return { json: {
        spreadsheetId: spreadsheet.spreadsheetId,
        properties: { title: spreadsheet.title },
        sheets: spreadsheet.sheets.map((sheet, index) => {
          const grid = gridOf(sheet);
          return { properties: { sheetId: 1000 + index, title: sheet.title, index, sheetType: 'GRID', gridProperties: { rowCount: grid.rows, columnCount: grid.columns } } };
        }),
      } };
    }
    const valueRanges = [];
    for (const text of request.query.getAll('ranges')) {
      const range = parseRange(text, spreadsheet.sheets);
      if (!range) return apiError(400, `Unable to parse range: ${text}`, 'INVALID_ARGUMENT');
      const values = valuesOf(range);
      valueRanges.push({
        range: `'${range.sheet.title.replace(/'/g, "''")}'!${letterOf(range.c1)}${range.r1}:${letterOf(range.c2)}${range.r2}`,
        majorDimension: 'ROWS',
        ...(values.length > 0 ? { values } : {}),
      });
    }
    return { json: { spreadsheetId: spreadsheet.spreadsheetId, valueRanges } };
  }
}
