// The Settings copy onEdit reads lives in document properties, 9 KB a value: a large Settings sheet is split across several.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDouble, type SpreadsheetServicesDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type AddonContext, type BuiltAddon } from '../../doubles/sheets/bundle';

const NOW = Date.UTC(2026, 4, 12, 2, 30);
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

/** Sheets refuses a property value over 9 KB (UTF-8 bytes). */
const LIMIT = 9 * 1024;

function workbook(): { double: SpreadsheetServicesDouble; context: AddonContext } {
  const double = createDouble({ htmlDir: built.dir });
  const context = loadAddon(built, double, { now: NOW });
  context['setupWorkbook']!('photo-studio');
  return { double, context };
}

/** Puts text into a setting's value cell (column C of its row on 设置), as a person would. */
function setSettingCell(double: SpreadsheetServicesDouble, key: string, text: string): void {
  const sheet = double.sheet('设置')!;
  for (let r = 2; r <= sheet.lastRow(); r++) {
    if (sheet.cell(r, 1)?.value === key) {
      sheet.edit(r, 3).value = text;
      return;
    }
  }
  throw new Error(`no setting ${key}`);
}

/**
 * Lists of 3-bytes-per-character names, each cell under the 2,000-character text limit a Settings value has (a longer
 * cell is refused, not cached), together about 16 KB: 200 customer sources, 200 complaint categories, 200 departments.
 */
const named = (prefix: string): string[] => Array.from({ length: 200 }, (_, i) => `${prefix}${String(i + 1).padStart(4, '0')}`);
const SOURCES = named('渠道来源');
const LARGE: Record<string, string> = {
  'lists.sources': SOURCES.join('、'),
  'lists.complaintCategories': named('投诉类别').join('、'),
  'lists.departments': named('责任部门').join('、'),
};
const fillLarge = (double: SpreadsheetServicesDouble): void => { for (const [key, text] of Object.entries(LARGE)) setSettingCell(double, key, text); };

function typeSource(double: SpreadsheetServicesDouble, context: AddonContext, source: string): string | undefined {
  const g = double.globals() as any;
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName('客户档案');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const column = header.indexOf('客户来源') + 1;
  const range = sheet.getRange(2, column);
  range.setValue(source);
  context['onEdit']!({ range, source: ss, authMode: 'LIMITED', value: source });
  return double.cell('客户档案', 2, column)?.note;
}

describe('Settings cached for onEdit', () => {
  it('a Settings sheet too large for one property is split across properties of at most 9 KB, and onEdit reads it whole', () => {
    const { double, context } = workbook();
    fillLarge(double);
    const report = context['validationReport']!() as { issues: { sheet: string }[] };
    expect(report.issues.filter((i) => i.sheet === '设置')).toEqual([]);
    const stored = [...double.properties.document.entries()].filter(([k]) => k.startsWith('kefu.settings'));
    expect(stored.length).toBeGreaterThan(2);
    for (const [, value] of stored) expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(LIMIT);
    expect(typeSource(double, context, SOURCES[199]!)).toBeUndefined();
    expect(typeSource(double, context, '不存在的来源')).toMatch(/不在可选列表中/);
  });

  it('shrinking Settings again leaves no stale pieces behind', () => {
    const { double, context } = workbook();
    fillLarge(double);
    context['validationReport']!();
    setSettingCell(double, 'lists.sources', '朋友介绍、网络');
    setSettingCell(double, 'lists.complaintCategories', '服务态度、其他');
    setSettingCell(double, 'lists.departments', '前台、售后');
    context['validationReport']!();
    const stored = [...double.properties.document.keys()].filter((k) => k.startsWith('kefu.settings'));
    expect(stored.length).toBeLessThanOrEqual(2);
    expect(typeSource(double, context, '网络')).toBeUndefined();
    expect(typeSource(double, context, SOURCES[0]!)).toMatch(/不在可选列表中/);
  });

  it('a damaged copy (a piece missing) is not trusted: onEdit reads the Settings sheet instead', () => {
    const { double, context } = workbook();
    fillLarge(double);
    context['validationReport']!();
    const piece = [...double.properties.document.keys()].find((k) => /^kefu\.settings\.\d+$/.test(k) && !k.endsWith('.0'))!;
    double.properties.document.delete(piece);
    expect(typeSource(double, context, SOURCES[199]!)).toBeUndefined();
  });
});
