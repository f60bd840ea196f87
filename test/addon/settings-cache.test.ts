// The Settings copy onEdit reads lives in document properties, 9 KB a value: a large Settings sheet is split across several.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDouble, type SpreadsheetServicesDouble } from './double';
import { buildAddon, loadAddon, removeBuild, type AddonContext, type BuiltAddon } from './double/bundle';

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

/** A 3×-bytes-per-character list far over 9 KB: 1,500 customer sources. */
const SOURCES = Array.from({ length: 1500 }, (_, i) => `渠道来源${String(i + 1).padStart(4, '0')}`);

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
    setSettingCell(double, 'lists.sources', SOURCES.join('、'));
    expect(() => context['validationReport']!()).not.toThrow();
    const stored = [...double.properties.document.entries()].filter(([k]) => k.startsWith('kefu.settings'));
    expect(stored.length).toBeGreaterThan(2);
    for (const [, value] of stored) expect(Buffer.byteLength(value, 'utf8')).toBeLessThanOrEqual(LIMIT);
    expect(typeSource(double, context, SOURCES[1499]!)).toBeUndefined();
    expect(typeSource(double, context, '不存在的来源')).toMatch(/不在可选列表中/);
  });

  it('shrinking Settings again leaves no stale pieces behind', () => {
    const { double, context } = workbook();
    setSettingCell(double, 'lists.sources', SOURCES.join('、'));
    context['validationReport']!();
    setSettingCell(double, 'lists.sources', '朋友介绍、网络');
    context['validationReport']!();
    const stored = [...double.properties.document.keys()].filter((k) => k.startsWith('kefu.settings'));
    expect(stored.length).toBeLessThanOrEqual(2);
    expect(typeSource(double, context, '网络')).toBeUndefined();
    expect(typeSource(double, context, SOURCES[0]!)).toMatch(/不在可选列表中/);
  });

  it('a damaged copy (a piece missing) is not trusted: onEdit reads the Settings sheet instead', () => {
    const { double, context } = workbook();
    setSettingCell(double, 'lists.sources', SOURCES.join('、'));
    context['validationReport']!();
    const piece = [...double.properties.document.keys()].find((k) => /^kefu\.settings\.\d+$/.test(k) && !k.endsWith('.0'))!;
    double.properties.document.delete(piece);
    expect(typeSource(double, context, SOURCES[1499]!)).toBeUndefined();
  });
});
