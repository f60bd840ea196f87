// Validate all and Recalculate on the double: one pass per sheet, a call count that does not grow with the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, TRAINING } from '../../shared/schema';
import { SETTING_DESCRIPTORS } from '../../shared/settings';
import type { Row, SheetSchema } from '../../shared/schema/types';
import { createDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from '../../doubles/sheets/bundle';
import { callsOf, pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 9, 31, 12, 0); // 2026-10-31 20:00 in Shanghai, the end of the sample year
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

/** A set-up photo-studio workbook holding the sample year, with `calls` call rows. */
function sampleWorkbook(calls: number) {
  const double = createDouble({ htmlDir: built.dir });
  const context = loadAddon(built, double, { now: NOW });
  context['setupWorkbook']!('photo-studio');
  const data = sampleData();
  const sheets: [SheetSchema, Row[]][] = [
    [CUSTOMERS, data.customers as unknown as Row[]], [CALLS, callsOf(data, calls)], [COMPLAINTS, data.complaints as unknown as Row[]],
    [QA_AUDITS, data.qaAudits as unknown as Row[]], [TRAINING, data.training as unknown as Row[]], [POINTS, data.points as unknown as Row[]],
  ];
  for (const [schema, rows] of sheets) pasteRows(double, schema.zh, schema, rows, data.settings, 'zh');
  double.resetCalls();
  return { double, context, data };
}

interface Report { issues: { sheet: string; a1: string; message: string; level?: 'warning'; place?: string; column?: string; rule?: string }[]; checkedRows: number }

describe('validate all', () => {
  it('finds no problem in the sample year and writes nothing', () => {
    const { double, context, data } = sampleWorkbook(300);
    const before = JSON.stringify(double.snapshot());
    const report = context['validationReport']!() as Report;
    // The weak agent's calls in quiet hours are warnings, not problems.
    expect(report.issues.filter((i) => i.level !== 'warning')).toEqual([]);
    expect(report.checkedRows).toBe(data.customers.length + 300 + data.complaints.length + data.qaAudits.length
      // The Settings sheet holds one row per descriptor.
      + data.training.length + data.points.length + SETTING_DESCRIPTORS.length);
    expect(double.writeCalls()).toEqual({});
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });

  it('makes the same number of spreadsheet calls for 100 and for 10,000 call rows: Settings, then header and rows per sheet', () => {
    const small = sampleWorkbook(100);
    const large = sampleWorkbook(10_000);
    const smallReport = small.context['validationReport']!() as Report;
    const largeReport = large.context['validationReport']!() as Report;
    expect(largeReport.checkedRows - smallReport.checkedRows).toBe(9_900);
    // Settings in one read; each of the 6 data sheets in two (header, rows down to the last id, found with Ctrl+Up);
    // the 月度备注 sheet (no id column) in one.
    expect(large.double.calls['Range.getValues']).toBe(1 + 6 * 2 + 1);
    expect(large.double.spreadsheetCalls()).toBe(small.double.spreadsheetCalls());
    expect(large.double.spreadsheetCalls()).toBe(SPREADSHEET_CALLS_VALIDATE);
    expect(large.double.writeCalls()).toEqual({});
  });

  it('reports bad cells with the sheet, the A1 cell and a message in the chosen language', () => {
    const { double, context } = sampleWorkbook(20);
    const calls = double.sheet('回访记录')!;
    calls.edit(3, 9).value = '接了';
    calls.edit(5, 3).value = '2026-02-30 10:00';
    // The sample's customers hold a few late archives (warnings): only the calls sheet is edited here.
    const issues = (context['validationReport']!() as Report).issues.filter((i) => i.sheet === '回访记录');
    expect(issues.map((i) => [i.sheet, i.a1])).toEqual([['回访记录', 'I3'], ['回访记录', 'C5']]);
    expect(issues[0]!.message).toContain('接通情况');
    expect(issues[1]!.message).toContain('2026年2月只有 28 天');
  });

  it('says each place as a person does and names its rule, so the sidebar can group them', () => {
    const { double, context } = sampleWorkbook(20);
    const calls = double.sheet('回访记录')!;
    calls.edit(3, 9).value = '接了';
    calls.edit(5, 9).value = '没接';
    // Issue 15: places said as "客户档案 · 第 2 行 · 积分", not cell notation like "客户档案!T2".
    const zh = (context['validationReport']!() as Report).issues.filter((i) => i.sheet === '回访记录');
    expect(zh.map((i) => ({ place: i.place, column: i.column, rule: i.rule, a1: i.a1 }))).toEqual([
      { place: '回访记录 · 第 3 行 · 接通情况', column: '接通情况', rule: 'not-in-list', a1: 'I3' },
      { place: '回访记录 · 第 5 行 · 接通情况', column: '接通情况', rule: 'not-in-list', a1: 'I5' },
    ]);
    context['setLanguageEn']!();
    // The sheet keeps the name it was set up with; the row and column are said in English.
    const en = (context['validationReport']!() as Report).issues.filter((i) => i.sheet === '回访记录');
    expect(en.map((i) => i.place)).toEqual(['回访记录 · row 3 · Reached', '回访记录 · row 5 · Reached']);
  });

  it('flags a service date after its call and a next contact before it, as the sidebars refuse them', () => {
    const { double, context } = sampleWorkbook(20);
    const calls = double.sheet('回访记录')!;
    calls.edit(3, 3).value = new Date(Date.UTC(2026, 4, 11, 2, 0)); // call on 2026-05-11 10:00 Shanghai
    calls.edit(3, 7).value = new Date(Date.UTC(2027, 0, 2, 16)); // service 2027-01-03: next year
    calls.edit(5, 3).value = new Date(Date.UTC(2026, 4, 11, 2, 0));
    calls.edit(5, 14).value = new Date(Date.UTC(2026, 3, 30, 16)); // next contact 2026-05-01: before the call
    const issues = (context['validationReport']!() as Report).issues.filter((i) => i.sheet === '回访记录' && i.level !== 'warning');
    expect(issues.map((i) => [i.a1, i.message])).toEqual([
      ['G3', '服务日期（Service date） 2027-01-03 晚于回访日期 2026-05-11：回访针对已完成的服务，请填写实际服务的日期'],
      ['N5', '下次联系日期（Next contact date） 2026-05-01 早于回访日期 2026-05-11：请填写回访当天或以后的日期'],
    ]);
  });

  it('lists a phone call in quiet hours as a warning after the problems', () => {
    const { double, context } = sampleWorkbook(20);
    const calls = double.sheet('回访记录')!;
    // The sample's own day (2025-11-01), so no promised answer of these rows falls before its call.
    for (let row = 2; row <= 21; row++) {
      const cell = calls.edit(row, 3);
      cell.value = new Date(Date.UTC(2025, 10, 1, 2, row)); // 10:0x Shanghai: outside quiet hours
    }
    calls.edit(4, 3).value = new Date(Date.UTC(2025, 10, 1, 13, 5)); // 21:05 Shanghai
    calls.edit(4, 5).value = '电话';
    calls.edit(4, 6).value = '服务后回访';
    calls.edit(6, 9).value = '接了';
    const issues = (context['validationReport']!() as Report).issues.filter((i) => i.sheet === '回访记录');
    expect(issues.map((i) => [i.sheet, i.a1, i.level ?? 'problem'])).toEqual([['回访记录', 'I6', 'problem'], ['回访记录', 'C4', 'warning']]);
    expect(issues[1]!.message).toBe('提醒：回访时间（Date and time） 2025-11-01 21:05 在客户休息时间 20:00-08:00（设置）内：回访应避免在客户休息时打扰客户');
  });
});

/**
 * Measured once and pinned: a change to how validate-all reads the workbook shows up here. 78 = the 30 of one
 * getDataRange read per sheet + 8 calls more per data sheet (getLastColumn, getRange and getValues for the header;
 * getMaxRows, getRange, getValue, getNextDataCell and getRow to find the last id; getRange and getValues for the
 * rows), bought to read only the rows that hold records (read-cost.test.ts).
 */
const SPREADSHEET_CALLS_VALIDATE = 84; // 78 before issue 12's 月度备注 sheet (read whole: getLastColumn, getRange, getValues, getLastRow …)
