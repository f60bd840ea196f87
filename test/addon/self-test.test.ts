// 公式自检 through the built bundle: Sheets' results (HyperFormula at flush) against the shared rules, and nothing of the user's touched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMERS } from '../../shared/schema';
import type { Row } from '../../shared/schema/types';
import { createDouble } from '../../doubles/sheets';
import { buildAddon, loadAddon, removeBuild, type BuiltAddon, type TestClock } from '../../doubles/sheets/bundle';
import { hyperFormulaEngine, type EngineOptions } from '../../doubles/sheets/formula-engine';
import { pasteRows, sampleData } from '../../doubles/sheets/sample-workbook';

const NOW = Date.UTC(2026, 10, 15, 2, 30, 17); // 2026-11-15 10:30:17 in Shanghai
let built: BuiltAddon;
beforeAll(() => { built = buildAddon(); });
afterAll(() => removeBuild(built));

function workbook(lang: 'zh' | 'en' = 'zh', engine: Partial<EngineOptions> = {}) {
  const double = createDouble({ htmlDir: built.dir });
  const clock: TestClock = { now: NOW };
  const context = loadAddon(built, double, clock);
  if (lang === 'en') context['setLanguageEn']!();
  context['setupWorkbook']!('photo-studio');
  const data = sampleData();
  pasteRows(double, lang === 'zh' ? '客户档案' : 'Customers', CUSTOMERS, data.customers.slice(0, 20) as unknown as Row[], data.settings, lang);
  double.evaluate = hyperFormulaEngine({ now: () => clock.now, timeZone: 'Asia/Shanghai', only: (n) => n.startsWith('_kefu_selftest_'), ...engine });
  // The user's selection: a cell on the customers sheet.
  const g = double.globals() as any;
  g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[1].getRange('C4').activate();
  double.ui.shown.length = 0;
  double.resetCalls();
  return { double, context, clock };
}

const selection = (double: ReturnType<typeof createDouble>) => ({ sheet: double.model.active?.name, box: double.model.activeBox });

describe('runFormulaSelfTest (公式自检)', () => {
  it('is in the menu in both languages and needs no scope beyond the two the add-on has', () => {
    const zh = workbook('zh');
    zh.context['onOpen']!();
    expect(zh.double.ui.menus.at(-1)!.items).toContainEqual({ caption: '公式自检', functionName: 'runFormulaSelfTest' });
    zh.context['setLanguageEn']!();
    expect(zh.double.ui.menus.at(-1)!.items).toContainEqual({ caption: 'Formula self-test', functionName: 'runFormulaSelfTest' });
    const manifest = JSON.parse(readFileSync(join(built.dir, 'appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    expect(manifest.oauthScopes.sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly']);
  });

  it('finds Sheets and the rules in agreement, on hidden sheets it removes again, leaving the workbook and the selection as they were', () => {
    const { double, context } = workbook();
    const before = JSON.stringify(double.snapshot());
    const selected = selection(double);
    context['runFormulaSelfTest']!();
    expect(JSON.stringify(double.snapshot())).toBe(before);
    expect(selection(double)).toEqual(selected);
    const inserted = double.calls['Spreadsheet.insertSheet'];
    expect(inserted).toBe(6);
    expect(double.calls['Sheet.hideSheet']).toBe(inserted);
    expect(double.calls['Spreadsheet.deleteSheet']).toBe(inserted);
    expect(double.calls['SpreadsheetApp.flush']).toBe(1);
    const dialog = double.ui.shown.at(-1)!;
    expect(dialog.title).toBe('公式自检');
    expect(dialog.html).toMatch(/全部一致：Google 表格对 \d+ 个边界值算出的结果与内置规则相同。/);
    expect(dialog.html).not.toContain('<table>');
  });

  it('reports a planted mistake: a pass mark compared with > instead of >= fails the trainee on exactly 80', () => {
    const { double, context } = workbook('zh', {
      sabotage: (sheet, formula) => (sheet.endsWith('新人培训考核') ? formula.replace('>=', '>') : formula),
    });
    const before = JSON.stringify(double.snapshot());
    context['runFormulaSelfTest']!();
    expect(JSON.stringify(double.snapshot())).toBe(before);
    const html = double.ui.shown.at(-1)!.html;
    expect(html).toMatch(/\d+ 个边界值中有 1 个与内置规则不一致/);
    const rows = [...html.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)].map((m) => m.slice(1));
    // The third training case scores 80 (the default pass mark): row 4 of the sheet.
    expect(rows).toEqual([['新人培训考核', '考核结果', '4', '不合格', '合格']]);
  });

  it('types its first case into a row inserted under the header, so a header formula over A2:A (turned into A3:A by the insert) shows as mismatches', () => {
    // What the previous version's ={"title";ARRAYFORMULA(IF(A2:A="",,…))} reads once Sheets has shifted it past the new row 2.
    const previousShifted = (formula: string): string => formula
      .replace(/^=ARRAYFORMULA\(IF\(SEQUENCE\(ROWS\(A:A\)\)=1,("(?:[^"]|"")*"),/, '={$1;ARRAYFORMULA(')
      .replace(/\)$/, '}')
      .replace(/(?<![A-Za-z0-9_$"])([A-Z]{1,3}):\1(?![A-Za-z0-9_(])/g, (_, c: string) => `${c}3:${c}`);
    expect(previousShifted('=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"h",IF(A:A="",,J:J>=1)))')).toBe('={"h";ARRAYFORMULA(IF(A3:A="",,J3:J>=1))}');
    const { double, context } = workbook('zh', {
      sabotage: (sheet, formula) => (sheet.endsWith('新人培训考核') && formula.startsWith('=ARRAYFORMULA') ? previousShifted(formula) : formula),
    });
    context['runFormulaSelfTest']!();
    const html = double.ui.shown.at(-1)!.html;
    expect(html).toMatch(/\d+ 个边界值中有 \d+ 个与内置规则不一致/);
    // Every result moves up a row: the last case shows nothing where the rule has a result.
    expect(html).toMatch(/<tr><td>新人培训考核<\/td><td>考核结果<\/td><td>\d+<\/td><td><\/td><td>[^<]+<\/td><\/tr>/);
  });

  it('in English, reports in English with the English sheet and column names', () => {
    const { double, context } = workbook('en', {
      sabotage: (sheet, formula) => (sheet.endsWith('Complaints') ? formula.replace('*3600', '*3599') : formula),
    });
    context['runFormulaSelfTest']!();
    const html = double.ui.shown.at(-1)!.html;
    expect(html).toMatch(/\d+ of \d+ boundary values differ from the built-in rules/);
    expect(html).toContain('<td>Complaints</td><td>First response late</td>');
  });

  it('removes what it added even when Sheets fails half-way, and says so', () => {
    const { double, context } = workbook();
    const before = JSON.stringify(double.snapshot());
    let names = 0;
    double.onCall = (name) => {
      if (name === 'Spreadsheet.setNamedRange' && ++names === 10) throw new Error('Exception: Service Spreadsheets timed out');
    };
    context['runFormulaSelfTest']!();
    double.onCall = undefined;
    expect(JSON.stringify(double.snapshot())).toBe(before);
    expect(double.ui.shown.at(-1)!.html).toContain('自检未能完成：Exception: Service Spreadsheets timed out');
  });
});

describe('runFormulaSelfTest after an interrupted run', () => {
  it('removes the sheets and names an earlier, stopped run left, and only those', () => {
    const { double, context } = workbook();
    const before = JSON.stringify(double.snapshot());
    const g = double.globals() as any;
    const ss = g.SpreadsheetApp.getActiveSpreadsheet();
    const left = ss.insertSheet('_kefu_selftest_设置');
    ss.setNamedRange('KEFUSELFTEST_FROM_AN_OLDER_VERSION', left.getRange('C2'));
    g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[1].getRange('C4').activate();
    context['runFormulaSelfTest']!();
    expect(JSON.stringify(double.snapshot())).toBe(before);
    expect(double.ui.shown.at(-1)!.html).toContain('全部一致');
  });
});
