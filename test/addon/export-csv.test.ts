// Export CSV through the built bundle: the dialog's page fetches each file in chunks (google.script.run) and saves a Blob, no data: URL.
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../shared/check/check-workbook';
import { isWarning } from '../../shared/issue';
import { readSettings } from '../../shared/sheet/read-settings';
import { readSheet, type SheetRead } from '../../shared/csv/read-sheet';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, SETTINGS_SHEET, SHEETS, TRAINING } from '../../shared/schema';
import type { Row, SheetName } from '../../shared/schema/types';
import { defaultSettings } from '../../shared/settings';
import { createDouble, type SpreadsheetServicesDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type AddonContext, type BuiltAddon } from '../../doubles/sheets/bundle';
import { callsOf, pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 9, 31, 12, 0);
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

interface Saved { name: string; text: string; parts: number }

/**
 * Runs the dialog's script as a browser would: google.script.run calls the add-on (asynchronously, as it is),
 * Blob and URL.createObjectURL build the file, an <a download> click saves it. Clicks every file's button.
 */
async function downloadAll(html: string, context: AddonContext, double: SpreadsheetServicesDouble): Promise<{ saved: Saved[]; serverCalls: string[] }> {
  expect(html).not.toMatch(/href="data:/);
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
  const saved: Saved[] = [];
  const serverCalls: string[] = [];
  const blobs = new Map<string, { parts: string[] }>();
  const elements = new Map<string, { textContent: string; disabled?: boolean }>();
  let pending = 0;
  /** google.script.run: each access starts a fresh runner whose handlers the chain sets, then the call goes out. */
  const run = (): unknown => {
    const handlers: { ok: (v: unknown) => void; fail: (e: unknown) => void } = { ok: () => undefined, fail: () => undefined };
    const runner: unknown = new Proxy({}, {
      get: (_, name: string) => {
        if (name === 'withSuccessHandler') return (f: (v: unknown) => void) => { handlers.ok = f; return runner; };
        if (name === 'withFailureHandler') return (f: (e: unknown) => void) => { handlers.fail = f; return runner; };
        return (...args: unknown[]) => {
          serverCalls.push(name);
          pending++;
          // Arguments and results cross as JSON, as google.script.run serialises them.
          const copy = JSON.parse(JSON.stringify(args)) as unknown[];
          setImmediate(() => {
            pending--;
            try { handlers.ok(JSON.parse(JSON.stringify(context[name]!(...copy) ?? null))); } catch (e) { handlers.fail(e); }
          });
        };
      },
    });
    return runner;
  };
  const page = vm.createContext({
    google: { script: { get run() { return run(); } } },
    Blob: class { parts: string[]; constructor(parts: string[]) { this.parts = parts; } },
    URL: {
      createObjectURL: (blob: { parts: string[] }) => { const url = `blob:${blobs.size}`; blobs.set(url, blob); return url; },
      revokeObjectURL: () => undefined,
    },
    setTimeout: (f: () => void) => setImmediate(f),
    document: {
      getElementById: (id: string) => { if (!elements.has(id)) elements.set(id, { textContent: '' }); return elements.get(id); },
      createElement: () => ({ href: '', download: '', click() { const blob = blobs.get(this.href)!; saved.push({ name: this.download, text: blob.parts.join(''), parts: blob.parts.length }); }, remove() {} }),
      body: { appendChild: () => undefined },
    },
  });
  vm.runInContext(script, page);
  const files = vm.runInContext('FILES', page) as { key: string }[];
  for (let i = 0; i < files.length; i++) vm.runInContext(`kefuDownload(${i})`, page);
  for (let spins = 0; (pending > 0 || saved.length < files.length) && spins < 10_000; spins++) await new Promise((r) => setImmediate(r));
  expect(double.writeCalls()).toEqual({});
  return { saved, serverCalls };
}

function workbook(customers: Row[], calls: number) {
  const double = createDouble({ htmlDir: built.dir });
  const context = loadAddon(built, double, { now: NOW });
  context['setupWorkbook']!('photo-studio');
  const data = sampleData();
  for (const [schema, rows] of [[CUSTOMERS, customers], [CALLS, callsOf(data, calls)], [COMPLAINTS, data.complaints],
    [QA_AUDITS, data.qaAudits], [TRAINING, data.training], [POINTS, data.points]] as const) {
    pasteRows(double, schema.zh, schema, rows as unknown as Row[], data.settings, 'zh');
  }
  return { double, context, data };
}

function readBack(files: Map<string, string>) {
  const settingsRead = readSheet(files.get('settings.csv')!, 'settings.csv', SETTINGS_SHEET, defaultSettings());
  const { settings, issues: settingsIssues } = readSettings(settingsRead);
  expect([...settingsRead.issues, ...settingsIssues]).toEqual([]);
  const reads: Partial<Record<SheetName, SheetRead>> = { settings: settingsRead };
  for (const schema of SHEETS.filter((s) => s.name !== 'settings' && files.has(s.file))) {
    const read = readSheet(files.get(schema.file)!, schema.file, schema, settings);
    expect(read.issues, schema.file).toEqual([]);
    reads[schema.name] = read;
  }
  return { reads, settings };
}

describe('export CSV', () => {
  it('saves one UTF-8 CSV per sheet that reads back with zero issues, formula-looking text escaped', async () => {
    const { double, context, data } = workbook(sampleData().customers as unknown as Row[], 500);
    const hyperlink = '=HYPERLINK("http://evil.example","点我领奖")';
    expect(context['logCall']!({ customerId: 'C0001', agent: '王芳', channel: 'phone', purpose: 'inbound', reached: 'reached', comment: hyperlink }))
      .toMatchObject({ ok: true });
    double.resetCalls();
    context['exportCsv']!();
    const dialog = double.ui.shown.at(-1)!;
    expect(dialog).toMatchObject({ kind: 'dialog', title: '导出 CSV' });
    const { saved } = await downloadAll(dialog.html, context, double);
    const files = new Map(saved.map((s) => [s.name, s.text]));
    // The Notes sheet (optional) has no note yet, so it is not offered.
    expect([...files.keys()]).toEqual(SHEETS.filter((s) => !s.optional).map((s) => s.file));
    for (const text of files.values()) expect(text.startsWith('\uFEFF')).toBe(true);
    const { reads, settings } = readBack(files);
    expect(reads.calls!.rows).toHaveLength(501);
    expect(reads.customers!.rows).toHaveLength(data.customers.length);
    // Warnings (the sample's calls in quiet hours) are not problems.
    expect(checkWorkbook(reads, settings).filter((i) => !isWarning(i))).toEqual([]);
    const calls = files.get('calls.csv')!;
    expect(calls).toContain(`'=HYPERLINK(""http://evil.example"",""点我领奖"")`);
    expect(calls.split('\r\n')[0]).toBe(`\uFEFF${CALLS.columns.map((c) => c.zh).join(',')}`);
    expect(reads.calls!.rows.at(-1)!.values['comment']).toBe(hyperlink);
  });

  it('exports 10,000 customers (far over the 2 MiB a data: URL holds) in several chunks, every row once and in order', async () => {
    const source = sampleData().customers as unknown as Row[];
    const customers = Array.from({ length: 10_000 }, (_, i) => ({ ...source[i % source.length]!, id: `C${String(i + 1).padStart(5, '0')}`,
      phone: `139${String(10_000_000 + i).padStart(8, '0')}`, referrerId: undefined }));
    const { double, context } = workbook(customers, 100);
    double.resetCalls();
    context['exportCsv']!();
    const { saved, serverCalls } = await downloadAll(double.ui.shown.at(-1)!.html, context, double);
    const file = saved.find((s) => s.name === 'customers.csv')!;
    // As a base64 data: URL this file would pass Chrome's 2 MiB URL limit.
    expect(`data:text/csv;charset=utf-8;base64,${Buffer.from(file.text, 'utf8').toString('base64')}`.length).toBeGreaterThan(2 * 1024 * 1024);
    expect(file.parts).toBeGreaterThan(2);
    expect(serverCalls.filter((n) => n === 'exportCsvChunk').length).toBeGreaterThan(SHEETS.length);
    const read = readSheet(file.text, 'customers.csv', CUSTOMERS, defaultSettings());
    expect(read.issues.filter((i) => i.code !== 'unknown-reference')).toEqual([]);
    expect(read.rows.map((r) => r.values['id'])).toEqual(customers.map((c) => c.id));
  });
});
