// The workbook's Excel formulas over the add-on's boundary rows, computed by HyperFormula and by LibreOffice Calc, agree with the shared rules cell by cell.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SETTING_DESCRIPTORS, getSetting, listItem, withSetting } from '../../shared/settings';
import { TRAINING, CUSTOMERS } from '../../shared/schema';
import { computeWithHyperFormula, hasSoffice, INSTALL_SOFFICE, recalculateWithLibreOffice, type CellReader } from './engines';
import { compareDropdowns, compareWithRules, formatMismatches, parityCases, parityWorkbook, PARITY_SETTINGS } from './parity-cases';

const NOW = '2026-11-15T10:30:00';

/** HyperFormula's NOW() and TODAY() read the local clock: frozen at NOW, the exact boundaries (24 h to the second) hold. */
function freezeClock(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  const [d, t] = NOW.split('T') as [string, string];
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const [hh, mm] = t.split(':').map(Number) as [number, number];
  vi.setSystemTime(new Date(y, m - 1, day, hh, mm, 0));
}

describe('Excel formulas agree with the shared rules (HyperFormula)', () => {
  let read: CellReader;
  let hf: Awaited<ReturnType<typeof computeWithHyperFormula>>['hf'];
  const cases = parityCases(NOW);

  beforeAll(async () => {
    const buffer = Buffer.from(await (await parityWorkbook(cases, new Date(`${NOW}Z`))).xlsx.writeBuffer());
    freezeClock();
    ({ read, hf } = await computeWithHyperFormula(buffer));
  }, 120_000);
  afterAll(() => vi.useRealTimers());

  it('every computed cell of every boundary row equals the rule', () => {
    const { compared, mismatches } = compareWithRules(cases, NOW, read);
    expect(compared).toBeGreaterThan(150);
    expect(mismatches, formatMismatches('HyperFormula', mismatches)).toEqual([]);
  });

  it('shows each Settings list in its dropdown, label by label, and the rubric\'s critical criteria', () => {
    const { compared, mismatches } = compareDropdowns(read);
    expect(compared).toBeGreaterThan(100);
    expect(mismatches, formatMismatches('HyperFormula', mismatches)).toEqual([]);
  });

  it('changes the dropdown when the Settings list cell is edited (separators 、 and ； too)', () => {
    const row = SETTING_DESCRIPTORS.findIndex((d) => d.key === 'lists.sources') + 1;
    const settings = hf.getSheetId('设置')!;
    const before = hf.getCellValue({ sheet: settings, row, col: 2 });
    hf.setCellContents({ sheet: settings, row, col: 2 }, [['抖音 / Douyin、到店 / walk-in；小红书']]);
    const edited = withSetting(PARITY_SETTINGS, 'lists.sources', [listItem('抖音 / Douyin'), listItem('到店 / walk-in'), listItem('小红书')]);
    const { mismatches } = compareDropdowns(read, edited);
    expect(mismatches, formatMismatches('HyperFormula', mismatches)).toEqual([]);
    hf.setCellContents({ sheet: settings, row, col: 2 }, [[before as string]]);
  });

  it('shows an empty cell, not an error, in the prepared rows below the data', () => {
    const blank = cases.customers.length + 2;
    CUSTOMERS.columns.forEach((c, i) => { if (c.computed) expect(read(CUSTOMERS.zh, blank, i + 1)).toBe(''); });
  });

  it('follows a changed Settings cell: pass mark 85 turns the 80–84 scores to 不合格', () => {
    const row = SETTING_DESCRIPTORS.findIndex((d) => d.key === 'training.passMark') + 1;
    const scoreAt = TRAINING.columns.findIndex((c) => c.key === 'score') + 1;
    const resultAt = TRAINING.columns.findIndex((c) => c.key === 'result') + 1;
    hf.setCellContents({ sheet: hf.getSheetId('设置')!, row, col: 2 }, [[85]]);
    const results = cases.training.map((_, i) => [read(TRAINING.zh, i + 2, scoreAt), read(TRAINING.zh, i + 2, resultAt)]);
    // 004/000: 及格 at the pass mark, so 84 fails and 85 passes once the mark is 85.
    expect(results).toEqual(cases.training.map((t) => [t.score, t.score >= 85 ? '合格' : '不合格']));
    hf.setCellContents({ sheet: hf.getSheetId('设置')!, row, col: 2 }, [[getSetting(PARITY_SETTINGS, 'training.passMark') as number]]);
  });
});

describe('Excel formulas in an English workbook (HyperFormula)', () => {
  it('write English labels, read the calls sheet by its English title and agree with the rules', async () => {
    const cases = parityCases(NOW);
    const buffer = Buffer.from(await (await parityWorkbook(cases, new Date(`${NOW}Z`), 'en')).xlsx.writeBuffer());
    freezeClock();
    try {
      const { read } = await computeWithHyperFormula(buffer);
      const { compared, mismatches } = compareWithRules(cases, NOW, read, 'en');
      expect(compared).toBeGreaterThan(150);
      expect(mismatches, formatMismatches('HyperFormula', mismatches)).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  }, 120_000);
});

const canRun = hasSoffice();
if (!canRun && process.env['CI']) throw new Error(INSTALL_SOFFICE);
if (!canRun) console.warn(`Skipping the LibreOffice parity test: ${INSTALL_SOFFICE}`);

describe.skipIf(!canRun)('Excel formulas agree with the shared rules (LibreOffice Calc, recalculated on load)', () => {
  let read: CellReader;
  let now: string;
  let cases: ReturnType<typeof parityCases>;
  const WRONG = 'cached, never recomputed';

  beforeAll(async () => {
    // The rows sit around the minute the test starts; LibreOffice's own NOW() (read back from a cell) is what the rules get.
    cases = parityCases(new Date().toISOString().slice(0, 17) + '00');
    const wb = await parityWorkbook(cases, new Date());
    const lists = wb.worksheets.at(-1)!;
    lists.getCell('Z1').value = { formula: 'NOW()', result: 0 };
    // A cached result that is deliberately wrong: it survives only if LibreOffice does not recalculate.
    const result = TRAINING.columns.findIndex((c) => c.key === 'result') + 1;
    const cell = wb.getWorksheet(TRAINING.zh)!.getCell(2, result);
    cell.value = { formula: (cell.value as { formula: string }).formula, result: WRONG };
    ({ read } = await recalculateWithLibreOffice(Buffer.from(await wb.xlsx.writeBuffer())));
    const serial = read(lists.name, 1, 26) as number;
    now = new Date(Math.floor((serial - 25_569) * 86_400) * 1000).toISOString().slice(0, 19);
  }, 240_000);

  it('recalculates on load: a deliberately wrong cached result is replaced', () => {
    const result = TRAINING.columns.findIndex((c) => c.key === 'result') + 1;
    expect(read(TRAINING.zh, 2, result)).not.toBe(WRONG);
    expect(now.slice(0, 4)).toMatch(/^20\d\d$/);
  });

  it('every computed cell of every boundary row equals the rule at LibreOffice\'s NOW()', () => {
    const { compared, mismatches } = compareWithRules(cases, now, read);
    expect(compared).toBeGreaterThan(150);
    expect(mismatches, formatMismatches('LibreOffice', mismatches)).toEqual([]);
  });

  it('shows each Settings list in its dropdown and the rubric\'s critical criteria', () => {
    const { mismatches } = compareDropdowns(read);
    expect(mismatches, formatMismatches('LibreOffice', mismatches)).toEqual([]);
  });
});
