// The add-on's boundary rows written into the Excel workbook, and what the shared rules say each computed cell shows.
import { boundaryCases, CASE_SHEETS, expectedColumns } from '../../addon/src/self-test-cases';
import { BONUS_BAND, QA_CRITERION, TIER, TRAINING_RESULT, enumLabel, type EnumValue } from '../../shared/enums';
import { sheetByName, type SheetName } from '../../shared/schema';
import { defaultSettings, SETTING_DESCRIPTORS, withSetting, type Settings } from '../../shared/settings';
import { buildWorkbook } from '../../cli/template/build-workbook';
import { LISTS_SHEET, SETTINGS_LIST_ITEMS } from '../../cli/template/dropdown-lists';
import type { Lang } from '../../shared/issue';
import type { Shown, CellReader } from './engines';

/** The cases' stages (交车, 进厂) are the car-service preset's; attitude is made critical so the critical-criterion path is exercised. */
export const PARITY_SETTINGS: Settings = withSetting(defaultSettings('car-service'), 'qa.rubric.attitude.critical', true);

/** The boundary rows around `now`, with one QA row failing the critical criterion on an otherwise clean day. */
export function parityCases(now: string) {
  const cases = boundaryCases(now);
  cases.qaAudits[0] = { ...cases.qaAudits[0]!, attitude: 1 };
  return cases;
}

/** The workbook the engines compute: the template with the cases as data and a few blank formula rows below. */
export async function parityWorkbook(cases: ReturnType<typeof parityCases>, now: Date, lang: Lang = 'zh') {
  const rows: Partial<Record<SheetName, readonly object[]>> = {};
  for (const sheet of CASE_SHEETS) rows[sheet] = cases[sheet];
  return buildWorkbook({ settings: PARITY_SETTINGS, lang, rows, spareRows: 3, now });
}

const LABELS: Record<string, readonly EnumValue[]> = { 'customers.tier': TIER, 'qaAudits.bonusBand': BONUS_BAND, 'training.result': TRAINING_RESULT };

/** A serial as an ISO date, whole days only. */
const isoOfSerial = (serial: number): string => new Date(Math.round((serial - 25_569) * 86_400) * 1000).toISOString().slice(0, 10);

export interface Mismatch { sheet: string; row: number; column: string; rule: Shown; engine: Shown }

/** Every computed cell of the case rows as an engine shows it against what the rules say; the cells that differ. */
export function compareWithRules(cases: ReturnType<typeof parityCases>, now: string, read: CellReader, lang: Lang = 'zh'): { compared: number; mismatches: Mismatch[] } {
  const expected = expectedColumns(cases, PARITY_SETTINGS, now);
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (const [name, columns] of Object.entries(expected)) {
    const schema = sheetByName(name as SheetName);
    for (const [key, values] of Object.entries(columns)) {
      const index = schema.columns.findIndex((c) => c.key === key);
      // The add-on's hidden helper columns (回访完成日 …) serve its array formulas; the Excel workbook computes per row without them.
      if (index < 0) continue;
      const column = schema.columns[index]!;
      values.forEach((value, i) => {
        const labels = LABELS[`${name}.${key}`];
        const rule: Shown = value === undefined ? '' : labels ? enumLabel(labels, value as string, lang) : (value as Shown);
        const raw = read(schema[lang], i + 2, index + 1);
        const engine = column.type === 'date' && typeof raw === 'number' ? isoOfSerial(raw) : raw;
        compared++;
        if (engine !== rule) mismatches.push({ sheet: schema[lang], row: i + 2, column: `${column[lang]} (${key})`, rule, engine });
      });
    }
  }
  return { compared, mismatches };
}

/** A table of mismatches to read in a failed test. */
export function formatMismatches(engine: string, mismatches: readonly Mismatch[]): string {
  const lines = mismatches.map((m) => `${m.sheet}!row ${m.row} | ${m.column} | rule: ${JSON.stringify(m.rule)} | ${engine}: ${JSON.stringify(m.engine)}`);
  return `${mismatches.length} cell(s) where ${engine} and the shared rules disagree:\nsheet!row | column | rule | ${engine}\n${lines.join('\n')}`;
}

/** The Settings lists as the hidden Lists sheet shows them (its columns by header), against the lists the Settings reader gives. */
export function compareDropdowns(read: CellReader, settings: Settings = PARITY_SETTINGS): { compared: number; mismatches: Mismatch[] } {
  const mismatches: Mismatch[] = [];
  let compared = 0;
  const headers = Array.from({ length: 20 }, (_, i) => read(LISTS_SHEET.zh, 1, i + 1));
  for (const [key, items] of Object.entries(settings.lists)) {
    const name = SETTING_DESCRIPTORS.find((d) => d.key === `lists.${key}`)!.zh;
    const column = headers.indexOf(name) + 1;
    for (let i = 0; i < SETTINGS_LIST_ITEMS; i++) {
      const rule = items[i]?.zh ?? '';
      const engine = column > 0 ? read(LISTS_SHEET.zh, i + 2, column) : '(no column)';
      compared++;
      if (engine !== rule) mismatches.push({ sheet: LISTS_SHEET.zh, row: i + 2, column: name, rule, engine });
    }
  }
  // The rubric's critical criteria: 1 where the Settings cell marks one 一票否决.
  const flags = headers.indexOf('一票否决') + 1;
  QA_CRITERION.forEach(({ key }, i) => {
    const rule = settings.qa.rubric[key].critical ? 1 : 0;
    const engine = read(LISTS_SHEET.zh, i + 2, flags);
    compared++;
    if (engine !== rule) mismatches.push({ sheet: LISTS_SHEET.zh, row: i + 2, column: `一票否决 (${key})`, rule, engine });
  });
  return { compared, mismatches };
}
