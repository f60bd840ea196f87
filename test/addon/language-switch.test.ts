// Switching the workbook's language relabels every dropdown (data validation list) and the values already chosen from it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PURPOSE, REACHED } from '../../shared/enums';
import { CALLS, COMPLAINTS, CUSTOMERS, SHEETS } from '../../shared/schema';
import type { Row } from '../../shared/schema/types';
import { createDouble, type SpreadsheetServicesDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from '../../doubles/sheets/bundle';
import { callsOf, pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 9, 31, 12, 0);
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

function workbook() {
  const double = createDouble({ htmlDir: built.dir });
  const context = loadAddon(built, double, { now: NOW });
  context['setupWorkbook']!('photo-studio');
  const data = sampleData();
  pasteRows(double, '客户档案', CUSTOMERS, data.customers.slice(0, 40) as unknown as Row[], data.settings, 'zh');
  pasteRows(double, '回访记录', CALLS, callsOf(data, 60), data.settings, 'zh');
  pasteRows(double, '投诉登记', COMPLAINTS, data.complaints.slice(0, 10) as unknown as Row[], data.settings, 'zh');
  return { double, context, data };
}

/** Every enum cell a person filled in, with the list its validation allows. */
function enumCells(double: SpreadsheetServicesDouble) {
  const out: { sheet: string; row: number; value: unknown; list: string[] | undefined }[] = [];
  for (const schema of SHEETS) {
    const sheet = double.model.sheets.find((s) => s.name === schema.zh || s.name === schema.en);
    if (!sheet || schema.name === 'settings') continue;
    const header = Array.from({ length: sheet.lastColumn() }, (_, i) => sheet.cell(1, i + 1)?.value);
    schema.columns.forEach((c) => {
      if (c.type !== 'enum' || c.computed) return;
      const at = header.findIndex((h) => h === c.zh || h === c.en) + 1;
      for (let r = 2; r <= sheet.rows.length; r++) {
        const cell = sheet.cell(r, at);
        if (cell?.value === undefined || cell.value === '') continue;
        out.push({ sheet: sheet.name, row: r, value: cell.value, list: (cell.validation?._values[0] as string[] | undefined) });
      }
    });
  }
  return out;
}

describe('switching language', () => {
  it('relabels the dropdown lists and the values chosen from them, so every value stays valid', () => {
    const { double, context } = workbook();
    const column = (label: string) => double.values('回访记录')[0]!.indexOf(label) + 1;
    const purposeAt = column(CALLS.columns.find((c) => c.key === 'purpose')!.zh);
    const reachedAt = column(CALLS.columns.find((c) => c.key === 'reached')!.zh);
    const before = double.cell('回访记录', 2, purposeAt)!.value as string;
    context['setLanguageEn']!();
    const purpose = double.cell('回访记录', 2, purposeAt)!;
    expect(purpose.validation!._values[0]).toEqual(PURPOSE.map((p) => p.en));
    expect(purpose.value).toBe(PURPOSE.find((p) => p.zh === before)!.en);
    expect(double.cell('回访记录', 3, reachedAt)!.validation!._values[0]).toEqual(REACHED.map((p) => p.en));
    const cells = enumCells(double);
    expect(cells.length).toBeGreaterThan(100);
    expect(cells.filter((c) => !c.list?.includes(String(c.value)))).toEqual([]);
  });

  it('back to Chinese gives the workbook it started from', () => {
    const { double, context } = workbook();
    const before = double.snapshot() as { documentProperties: Record<string, string> };
    context['setLanguageEn']!();
    const english = double.snapshot() as { documentProperties: Record<string, string> };
    expect(JSON.stringify({ ...english, documentProperties: {} })).not.toBe(JSON.stringify({ ...before, documentProperties: {} }));
    // The tier formula writes English labels now.
    expect(JSON.stringify(before)).toContain('\\"普通\\"');
    expect(JSON.stringify(english)).not.toContain('\\"普通\\"');
    context['setLanguageZh']!();
    const after = double.snapshot() as { documentProperties: Record<string, string> };
    expect(JSON.stringify({ ...after, documentProperties: {} })).toBe(JSON.stringify({ ...before, documentProperties: {} }));
  });

  it('in a workbook that was never set up, switches the menu only and adds nothing', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    double.addSheet('Sheet1', [['x']]);
    const before = JSON.stringify({ ...(double.snapshot() as object), documentProperties: {} });
    context['setLanguageEn']!();
    expect(JSON.stringify({ ...(double.snapshot() as object), documentProperties: {} })).toBe(before);
    expect(double.ui.menus.at(-1)!.items[0]!.caption).toBe('Set up workbook');
  });
});
