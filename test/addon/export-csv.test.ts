// Export CSV through the built bundle: every sheet as a download that `kefu check`'s reader reads back with no issue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../shared/check/check-workbook';
import { isWarning } from '../../shared/issue';
import { readSettings } from '../../shared/csv/read-settings';
import { readSheet, type SheetRead } from '../../shared/csv/read-sheet';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, SETTINGS_SHEET, SHEETS, TRAINING } from '../../shared/schema';
import type { Row, SheetName } from '../../shared/schema/types';
import { defaultSettings } from '../../shared/settings';
import { createDouble } from './double';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from './double/bundle';
import { callsOf, pasteRows, sampleData } from './double/sample-workbook';

const NOW = Date.UTC(2026, 9, 31, 12, 0);
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

/** The files a dialog offers: name → CSV text (BOM kept, as the browser would save it). */
function downloads(html: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const m of html.matchAll(/<a download="([^"]+)" href="data:text\/csv;charset=utf-8;base64,([A-Za-z0-9+/=]+)">/g)) {
    files.set(m[1]!, Buffer.from(m[2]!, 'base64').toString('utf8'));
  }
  return files;
}

describe('export CSV', () => {
  it('offers one UTF-8 CSV per sheet that reads back with zero issues, formula-looking text escaped', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    context['setupWorkbook']!('photo-studio');
    const data = sampleData();
    for (const [schema, rows] of [[CUSTOMERS, data.customers], [CALLS, callsOf(data, 500)], [COMPLAINTS, data.complaints],
      [QA_AUDITS, data.qaAudits], [TRAINING, data.training], [POINTS, data.points]] as const) {
      pasteRows(double, schema.zh, schema, rows as unknown as Row[], data.settings, 'zh');
    }
    const hyperlink = '=HYPERLINK("http://evil.example","点我领奖")';
    expect(context['logCall']!({ customerId: 'C0001', agent: '王芳', channel: 'phone', purpose: 'inbound', reached: 'reached', comment: hyperlink }))
      .toMatchObject({ ok: true });
    double.resetCalls();
    context['exportCsv']!();
    expect(double.writeCalls()).toEqual({});
    const dialog = double.ui.shown.at(-1)!;
    expect(dialog).toMatchObject({ kind: 'dialog', title: '导出 CSV' });
    const files = downloads(dialog.html);
    // The Notes sheet (optional) has no note yet, so it is not offered.
    expect([...files.keys()]).toEqual(SHEETS.filter((s) => !s.optional).map((s) => s.file));

    for (const text of files.values()) expect(text.startsWith('\uFEFF')).toBe(true);
    const settingsRead = readSheet(files.get('settings.csv')!, 'settings.csv', SETTINGS_SHEET, defaultSettings());
    const { settings, issues: settingsIssues } = readSettings(settingsRead);
    expect([...settingsRead.issues, ...settingsIssues]).toEqual([]);
    const reads: Partial<Record<SheetName, SheetRead>> = { settings: settingsRead };
    for (const schema of SHEETS.filter((s) => s.name !== 'settings' && !s.optional)) {
      const read = readSheet(files.get(schema.file)!, schema.file, schema, settings);
      expect(read.issues, schema.file).toEqual([]);
      reads[schema.name] = read;
    }
    expect(reads.calls!.rows).toHaveLength(501);
    expect(reads.customers!.rows).toHaveLength(data.customers.length);
    // Warnings (the sample's calls in quiet hours) are not problems.
    expect(checkWorkbook(reads, settings).filter((i) => !isWarning(i))).toEqual([]);

    const calls = files.get('calls.csv')!;
    expect(calls).toContain(`'=HYPERLINK(""http://evil.example"",""点我领奖"")`);
    expect(calls.split('\r\n')[0]).toBe(`\uFEFF${CALLS.columns.map((c) => c.zh).join(',')}`);
    expect(reads.calls!.rows.at(-1)!.values['comment']).toBe(hyperlink);
  });
});
