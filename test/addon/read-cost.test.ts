// Cells read and written per operation on a double that counts "" formula results as content: reads stop at the last filled id row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, TRAINING } from '../../shared/schema';
import type { Row, SheetSchema } from '../../shared/schema/types';
import { createDouble, type SpreadsheetServicesDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from '../../doubles/sheets/bundle';
import { callsOf, pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 9, 31, 12, 0); // 2026-10-31 20:00 in Shanghai
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

const SHEETS: SheetSchema[] = [CUSTOMERS, CALLS, COMPLAINTS, QA_AUDITS, TRAINING, POINTS];

function sampleWorkbook(calls: number) {
  const double = createDouble({ htmlDir: built.dir });
  const context = loadAddon(built, double, { now: NOW });
  context['setupWorkbook']!('photo-studio');
  const data = sampleData();
  const rows: Record<string, Row[]> = {
    customers: data.customers as unknown as Row[], calls: callsOf(data, calls), complaints: data.complaints as unknown as Row[],
    qaAudits: data.qaAudits as unknown as Row[], training: data.training as unknown as Row[], points: data.points as unknown as Row[],
  };
  for (const schema of SHEETS) pasteRows(double, schema.zh, schema, rows[schema.name]!, data.settings, 'zh');
  double.resetCalls();
  return { double, context, rows };
}

/**
 * What a sheet costs to read when reads stop at the last id: its header; one cell at the bottom of the id column
 * (then Ctrl+Up finds the last id, reading nothing); the id column down to the last id; the data rows.
 */
function sheetCost(double: SpreadsheetServicesDouble, name: string, dataRows: number): { header: number; probe: number; ids: number; data: number } {
  const width = double.sheet(name)!.lastColumn();
  return { header: width, probe: 1, ids: dataRows, data: dataRows * width };
}

const settingsCells = (double: SpreadsheetServicesDouble): number => double.sheet('设置')!.lastRow() * double.sheet('设置')!.lastColumn();

describe('cells read and written per operation', () => {
  it('logCall reads Settings, the customers\' and the calls\' ids down to the last id, and writes one row', () => {
    const { double, context, rows } = sampleWorkbook(100);
    const customers = sheetCost(double, '客户档案', rows['customers']!.length);
    const calls = sheetCost(double, '回访记录', rows['calls']!.length);
    const result = context['logCall']!({ customerId: 'C0001', agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached' }) as { ok: boolean };
    expect(result.ok).toBe(true);
    expect(double.cells).toEqual({
      read: settingsCells(double) + customers.header + customers.probe + customers.ids + calls.header + calls.probe + calls.ids,
      written: CALLS.columns.filter((c) => !c.computed).length,
    });
  });

  it('the double counts an array formula\'s "" results as content, as Sheets does; the live formulas leave real blanks below the data', () => {
    const { double, context, rows } = sampleWorkbook(100);
    const complaints = double.sheet('投诉登记')!;
    expect(complaints.lastRow()).toBe(rows['complaints']!.length + 1);
    // A formula that writes "" on blank rows (the pattern the header formulas avoid) fills the sheet to its end.
    const g = double.globals() as any;
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('投诉登记');
    sheet.getRange(2, complaints.lastColumn() + 1).setFormula('=ARRAYFORMULA(IF(A2:A="","",1))');
    expect(complaints.lastRow()).toBe(complaints.maxRows);
    // Reads still stop at the last id.
    double.resetCalls();
    const result = context['registerComplaint']!({ customerId: 'C0001', channel: 'phone', category: 'late-delivery', content: '等太久' }) as { ok: boolean; row?: number };
    expect(result.ok).toBe(true);
    expect(double.cell('投诉登记', rows['complaints']!.length + 2, 1)?.value).toMatch(/^\S+$/);
  });

  it('registerComplaint reads Settings, two headers and two id columns down to their last id, and writes one row', () => {
    const { double, context, rows } = sampleWorkbook(100);
    const customers = sheetCost(double, '客户档案', rows['customers']!.length);
    const complaints = sheetCost(double, '投诉登记', rows['complaints']!.length);
    const result = context['registerComplaint']!({ customerId: 'C0001', channel: 'phone', category: 'late-delivery', content: '等太久' }) as { ok: boolean };
    expect(result.ok).toBe(true);
    const writtenWidth = COMPLAINTS.columns.filter((c) => !c.computed).length;
    expect(double.cells).toEqual({
      read: settingsCells(double) + customers.header + customers.probe + customers.ids + complaints.header + complaints.probe + complaints.ids,
      written: writtenWidth,
    });
  });

  it('validationReport reads each sheet\'s header and data rows, never the blank tail of its formulas', () => {
    const { double, context, rows } = sampleWorkbook(300);
    context['validationReport']!();
    let expected = settingsCells(double);
    for (const schema of SHEETS) {
      const cost = sheetCost(double, schema.zh, rows[schema.name]!.length);
      expected += cost.header + cost.probe + cost.data;
    }
    // The 月度备注 sheet set-up made has no id column to find its last record by: it is read to its last row (its header).
    const notes = double.sheet('月度备注')!;
    expected += notes.lastRow() * notes.lastColumn();
    expect(double.cells).toEqual({ read: expected, written: 0 });
  });

  it('a sheet whose id column header was deleted is still read to its last row, so its rows are checked', () => {
    const { double, context, rows } = sampleWorkbook(100);
    const training = double.sheet('新人培训考核')!;
    delete training.edit(1, 1).value;
    const report = context['validationReport']!() as { checkedRows: number; issues: { sheet: string; message: string }[] };
    const { checkedRows: withoutIds } = report;
    expect(report.issues.some((i) => i.sheet === '新人培训考核' && /编号/.test(i.message))).toBe(true);
    training.edit(1, 1).value = TRAINING.columns[0]!.zh;
    const { checkedRows } = context['validationReport']!() as { checkedRows: number };
    expect(withoutIds).toBe(checkedRows);
    expect(rows['training']!.length).toBeGreaterThan(0);
  });

  it('the sidebars read only the rows holding records: searchCustomers four columns, todaysFollowUps three sheets, getSidebarContext one column', () => {
    const { double, context, rows } = sampleWorkbook(300);
    const customers = sheetCost(double, '客户档案', rows['customers']!.length);
    const calls = sheetCost(double, '回访记录', rows['calls']!.length);
    const complaints = sheetCost(double, '投诉登记', rows['complaints']!.length);
    context['searchCustomers']!('张');
    expect(double.cells).toEqual({ read: customers.header + customers.probe + 4 * customers.ids, written: 0 });
    double.resetCalls();
    context['todaysFollowUps']!();
    expect(double.cells).toEqual({
      // Issue 15: the complaints sheet too, for the call owed after a complaint is closed (001 "处理后有回访").
      read: settingsCells(double) + customers.header + customers.probe + customers.data + calls.header + calls.probe + calls.data
        + complaints.header + complaints.probe + complaints.data,
      written: 0,
    });
    double.resetCalls();
    context['getSidebarContext']!();
    expect(double.cells).toEqual({ read: settingsCells(double) + calls.header + calls.probe + calls.ids, written: 0 });
  });
});
