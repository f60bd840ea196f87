// Inserting a row directly under the header, as a person does in Sheets: the live formulas still compute every row, the new one included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCell } from '../../shared/sheet/cell-text';
import { TRAINING_RESULT } from '../../shared/enums';
import { TRAINING } from '../../shared/schema';
import type { Row } from '../../shared/schema/types';
import { createDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon } from '../../doubles/sheets/bundle';
import { hyperFormulaEngine } from '../../doubles/sheets/formula-engine';
import { pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 10, 15, 2, 30);
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

const label = (key: 'pass' | 'fail'): string => TRAINING_RESULT.find((v) => v.key === key)!.zh;

describe('a row inserted at row 2', () => {
  it('is computed, and so is every row below it: the header formula does not start at row 3 after the insert', () => {
    const double = createDouble({ htmlDir: built.dir });
    const context = loadAddon(built, double, { now: NOW });
    context['setupWorkbook']!('photo-studio');
    const data = sampleData();
    const passMark = data.settings.training.passMark;
    // Scores alternating around the pass mark, so a result one row off is wrong on every row.
    const rows = (data.training as unknown as Row[]).slice(0, 8).map((row, i) => ({ ...row, score: i % 2 === 0 ? passMark : passMark - 1 }));
    pasteRows(double, '新人培训考核', TRAINING, rows, data.settings, 'zh');

    const g = double.globals() as any;
    const sheet = g.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('新人培训考核');
    sheet.insertRowBefore(2);
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const typed: Row = { ...rows[1]!, id: 'T9999', score: passMark - 1 };
    const width = TRAINING.columns.filter((c) => !c.computed).length;
    sheet.getRange(2, 1, 1, width).setValues([TRAINING.columns.slice(0, width).map((c) => formatCell(typed[c.key], c, data.settings, 'zh'))]);

    double.evaluate = hyperFormulaEngine({ now: () => NOW, timeZone: 'Asia/Shanghai', only: (n) => n === '新人培训考核' || n === '设置' });
    g.SpreadsheetApp.flush();
    const column = header.indexOf('考核结果') + 1;
    expect(column).toBeGreaterThan(width);
    const shown = (sheet.getRange(1, column, rows.length + 3, 1).getValues() as unknown[][]).map((r) => r[0]);
    const expected = ['考核结果', label('fail'), ...rows.map((r) => label((r['score'] as number) >= passMark ? 'pass' : 'fail')), ''];
    expect(shown).toEqual(expected);
    // The below-pass-mark highlight still covers the new row 2 (a range from row 2 would now start at row 3).
    const ranges = (sheet.getConditionalFormatRules() as any[]).flatMap((r) => r.getRanges().map((x: any) => x.getA1Notation() as string));
    expect(ranges.length).toBeGreaterThan(0);
    for (const a1 of ranges) expect(Number(/^[A-Z]+(\d+):/.exec(a1)![1])).toBeLessThanOrEqual(2);
  });
});
