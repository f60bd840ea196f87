// The spreadsheet double itself: it counts calls, reads typed text as Sheets does, and refuses what Sheets refuses.
import { describe, expect, it } from 'vitest';
import { createDouble } from '../../doubles/sheets';
import { formatDate } from '../../doubles/sheets/time-zone';

/** The globals an add-on sees, loosely typed for a test that drives them directly. */
type Any = any;

describe('spreadsheet double', () => {
  it('counts every call by Class.method and tells writes from reads', () => {
    const double = createDouble();
    double.addSheet('A', [['x']]);
    const { SpreadsheetApp } = double.globals() as Any;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A');
    sheet.getRange(1, 1, 2, 2).getValues();
    sheet.getRange('B2').setValue(3);
    expect(double.calls).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1, 'Spreadsheet.getSheetByName': 1, 'Sheet.getRange': 2, 'Range.getValues': 1, 'Range.setValue': 1,
    });
    expect(double.writeCalls()).toEqual({ 'Range.setValue': 1 });
    expect(double.spreadsheetCalls()).toBe(6);
  });

  it('reads typed text as the spreadsheet does: numbers, booleans, dates in its zone, an apostrophe for text, = for a formula', () => {
    const double = createDouble({ timeZone: 'Asia/Shanghai' });
    double.addSheet('A');
    const { SpreadsheetApp } = double.globals() as Any;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A');
    sheet.getRange('A1:G1').setValues([['0755', 'TRUE', '2026-05-01 09:30', "'=1+1", '=SUM(1)', '85%', '0755-1234']]);
    sheet.getRange('A2').setNumberFormat('@');
    sheet.getRange('A2').setValue('0755');
    const values = sheet.getRange('A1:G2').getValues();
    expect(values[0]).toEqual([755, true, new Date(Date.UTC(2026, 4, 1, 1, 30)), '=1+1', '', 0.85, '0755-1234']);
    expect(values[1][0]).toBe('0755');
    expect(sheet.getRange('E1').getFormula()).toBe('=SUM(1)');
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(7);
  });

  it('refuses ranges outside the sheet and data of the wrong shape, as Sheets does', () => {
    const double = createDouble();
    double.addSheet('A');
    const { SpreadsheetApp } = double.globals() as Any;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A');
    expect(() => sheet.getRange(1, 27)).toThrow(/outside the dimensions/);
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/at least 1/);
    expect(() => sheet.getRange('A1:B1').setValues([['only one']])).toThrow(/number of columns/);
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getRange(1, 28).getA1Notation()).toBe('AB1');
    expect(sheet.getRange('C2:C').getA1Notation()).toBe('C2:C1000');
  });

  it('shifts cells down when rows are inserted in the middle', () => {
    const double = createDouble();
    double.addSheet('A', [['a'], ['b']]);
    const { SpreadsheetApp } = double.globals() as Any;
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName('A').insertRowsAfter(1, 2);
    expect(double.values('A')).toEqual([['a'], [''], [''], ['b']]);
    expect(double.sheet('A')!.maxRows).toBe(1002);
  });

  it('gives the document lock to one execution at a time', () => {
    const double = createDouble();
    const a = (double.globals() as Any).LockService.getDocumentLock();
    const b = (double.globals() as Any).LockService.getDocumentLock();
    expect(a.tryLock(1000)).toBe(true);
    expect(b.tryLock(1000)).toBe(false);
    expect(() => b.waitLock(1000)).toThrow(/Lock timeout/);
    a.releaseLock();
    expect(b.tryLock(1000)).toBe(true);
    expect(b.hasLock()).toBe(true);
    expect((double.globals({ noDocumentLock: true }) as Any).LockService.getDocumentLock()).toBeNull();
  });

  it('formats dates like Utilities.formatDate, in any zone', () => {
    const d = new Date(Date.UTC(2026, 0, 5, 23, 4, 9));
    expect(formatDate(d, 'Asia/Shanghai', "yyyy-MM-dd'T'HH:mm:ss Z")).toBe('2026-01-06T07:04:09 +0800');
    expect(formatDate(d, 'America/New_York', 'yy/M/d H:mm XXX')).toBe('26/1/5 18:04 -05:00');
  });

  it('records menus, sidebars and dialogs, and serves pages from its html folder', () => {
    const double = createDouble();
    const { SpreadsheetApp, HtmlService } = double.globals() as Any;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu().addItem('Go', 'go').addSeparator().addSubMenu(ui.createMenu('More').addItem('x', 'x')).addToUi();
    ui.showSidebar(HtmlService.createHtmlOutput('<p>hi</p>').setTitle('T'));
    expect(double.ui.menus[0]!.items.map((i) => i.functionName ?? i.caption)).toEqual(['go', '', 'More']);
    expect(double.ui.shown).toEqual([{ kind: 'sidebar', title: 'T', html: '<p>hi</p>' }]);
    expect(() => HtmlService.createHtmlOutputFromFile('missing')).toThrow(/No HTML file named missing/);
  });
});
