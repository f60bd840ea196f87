// onEdit through the built bundle: a stage change stamps its time, a 3×3 paste is judged cell by cell, and it stays cheap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS } from '../../shared/schema';
import { createDouble, type SpreadsheetServicesDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type AddonContext, type BuiltAddon, type TestClock } from '../../doubles/sheets/bundle';

const NOW = Date.UTC(2026, 4, 12, 2, 30);
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

function workbook() {
  const double = createDouble({ htmlDir: built.dir });
  const clock: TestClock = { now: NOW };
  const context = loadAddon(built, double, clock);
  context['setupWorkbook']!('photo-studio');
  double.addSheet('草稿', [['随便写']]);
  return { double, context, clock };
}

/** A person's edit: the cells change first, then Sheets calls onEdit with the range (value only for one cell). */
function edit(double: SpreadsheetServicesDouble, context: AddonContext, sheet: string, a1: string, values: unknown[][]) {
  const globals = double.globals() as { SpreadsheetApp: { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(a: string): { setValues(v: unknown[][]): unknown } } } } };
  const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
  const range = ss.getSheetByName(sheet).getRange(a1);
  range.setValues(values);
  double.resetCalls();
  const single = values.length === 1 && values[0]!.length === 1;
  context['onEdit']!({ range, source: ss, authMode: 'LIMITED', ...(single ? { value: values[0]![0] } : {}) });
}

describe('onEdit', () => {
  it('stamps the time of the stage a complaint is moved to, once, with one read of the edit, the header and the times', () => {
    const { double, context, clock } = workbook();
    context['registerComplaint']!({ channel: 'phone', category: 'pricing', content: '价格不清楚' });
    clock.now = NOW + 3_600_000;
    edit(double, context, '投诉登记', 'G2', [['调查']]);
    expect(double.cell('投诉登记', 2, 15)?.value).toEqual(new Date(NOW + 3_600_000));
    expect(double.calls['Range.getValues']).toBe(3);
    expect(double.writeCalls()).toEqual({ 'Range.setNotes': 1, 'Range.setValue': 1 });
    clock.now = NOW + 7_200_000;
    edit(double, context, '投诉登记', 'G2', [['调查']]);
    expect(double.cell('投诉登记', 2, 15)?.value).toEqual(new Date(NOW + 3_600_000));
  });

  it('judges a 3×3 paste cell by cell: notes on the bad cells, none on the good ones, one read and one write', () => {
    const { double, context } = workbook();
    edit(double, context, '回访记录', 'H2:J4', [
      ['拍摄', '已接通', '满意'],
      ['外星', '接了', '一般'],
      ['', 'no answer', ''],
    ]);
    const notes = [2, 3, 4].map((r) => [8, 9, 10].map((c) => double.cell('回访记录', r, c)?.note ?? ''));
    expect(notes.map((row) => row.map((n) => n !== ''))).toEqual([[false, false, false], [true, true, false], [false, false, false]]);
    expect(notes[1]![0]).toMatch(/^⚠ “外星”不在可选列表中/);
    expect(double.calls['Range.getValues']).toBe(2);
    expect(double.writeCalls()).toEqual({ 'Range.setNotes': 1 });
    edit(double, context, '回访记录', 'I3', [['无人接听']]);
    expect(double.cell('回访记录', 3, 9)?.note).toBeUndefined();
  });

  it('stamps each row of a paste over the stage column', () => {
    const { double, context } = workbook();
    for (const content of ['一', '二', '三']) context['registerComplaint']!({ channel: 'phone', category: 'pricing', content });
    edit(double, context, '投诉登记', 'F2:H4', [['一', '判断', '是'], ['二', '总结', '否'], ['三', '受理', '']]);
    expect(double.cell('投诉登记', 2, 14)?.value).toEqual(new Date(NOW));
    expect(double.cell('投诉登记', 3, 18)?.value).toEqual(new Date(NOW));
    expect(double.cell('投诉登记', 4, 14)?.value).toBeUndefined();
    expect(double.calls['Range.getValues']).toBe(3);
  });

  it('stamps 建档日期 when a customer row gets its id, never over a date already there nor when an id is renamed', () => {
    const { double, context, clock } = workbook();
    const created = CUSTOMERS.columns.findIndex((c) => c.key === 'createdAt') + 1;
    edit(double, context, '客户档案', 'A2:C2', [['C0001', '王芳', '13812345678']]);
    expect(double.cell('客户档案', 2, created)?.value).toEqual(new Date(NOW));
    expect(double.writeCalls()).toEqual({ 'Range.setNotes': 1, 'Range.setValues': 1 });
    clock.now = NOW + 86_400_000;
    edit(double, context, '客户档案', 'B2', [['王芳芳']]);
    edit(double, context, '客户档案', 'A2:C2', [['C0001', '王芳', '13812345678']]);
    expect(double.cell('客户档案', 2, created)?.value).toEqual(new Date(NOW));
    // A paste of two new rows, one of which brings its own date: only the other is stamped, in one write.
    const own = new Date(Date.UTC(2026, 4, 1));
    double.sheet('客户档案')!.edit(4, created).value = own;
    edit(double, context, '客户档案', 'A3:A4', [['C0002'], ['C0003']]);
    expect(double.cell('客户档案', 3, created)?.value).toEqual(new Date(NOW + 86_400_000));
    expect(double.cell('客户档案', 4, created)?.value).toEqual(own);
    // Typing over an existing id (Sheets passes oldValue) renames the customer: no stamp.
    const globals = double.globals() as { SpreadsheetApp: { getActiveSpreadsheet(): { getSheetByName(n: string): { getRange(a: string): { setValues(v: unknown[][]): unknown } } } } };
    const ss = globals.SpreadsheetApp.getActiveSpreadsheet();
    const range = ss.getSheetByName('客户档案').getRange('A5');
    range.setValues([['C0004']]);
    context['onEdit']!({ range, source: ss, authMode: 'LIMITED', value: 'C0004', oldValue: 'C0099' });
    expect(double.cell('客户档案', 5, created)?.value).toBeUndefined();
  });

  it('leaves sheets that are not Kefu sheets alone and ignores the header row', () => {
    const { double, context } = workbook();
    edit(double, context, '草稿', 'A1', [['=1+1']]);
    expect(double.writeCalls()).toEqual({});
    edit(double, context, '回访记录', 'A1', [['回访编号']]);
    expect(double.writeCalls()).toEqual({});
  });
});
