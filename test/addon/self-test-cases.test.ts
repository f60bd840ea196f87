// The self-test's boundary rows through HyperFormula: the live formulas must agree with the shared rules on every one (the parity check 公式自检 repeats in Sheets).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BONUS_BAND, enumLabel, PURPOSE, REACHED, TIER, TRAINING_RESULT, type EnumValue } from '../../shared/enums';
import { CALLS, COMPLAINTS, CUSTOMERS, QA_AUDITS, TRAINING, type SheetSchema } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { withHelpers } from '../../addon/src/formulas/helpers';
import { boundaryCases, expectedColumns } from '../../addon/src/self-test-cases';
import { toDataRow } from './formulas/generate';
import { buildWorkbook, isoOfSerial, type Workbook } from './formulas/workbook';

const NOW = '2026-11-15T10:30:00';
const settings = defaultSettings('car-service');
const cases = boundaryCases(NOW);
const expected = expectedColumns(cases, settings, NOW);
const ROWS = 80;

const labelsOf: Record<string, readonly EnumValue[]> = { tier: TIER, bonusBand: BONUS_BAND, result: TRAINING_RESULT };
const dateKeys = new Set(['nextServiceDate', 'followUpDue', 'followUpDoneAt']);

/** A HyperFormula result as the rule's value: serials → ISO dates, labels → keys, "" → undefined. */
function domain(key: string, value: unknown): unknown {
  if (value === '' || value === null) return undefined;
  if (dateKeys.has(key) && typeof value === 'number') return isoOfSerial(value);
  const labels = labelsOf[key];
  if (labels) return labels.find((v) => v.zh === value || v.en === value)?.key ?? value;
  return value;
}

describe('boundary cases of the self-test agree in HyperFormula', () => {
  let wb: Workbook;
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 15, 10, 30, 0));
    wb = buildWorkbook(settings, [
      { schema: CUSTOMERS, rows: cases.customers.map((c) => toDataRow(c, ['lastVisit'])) },
      { schema: CALLS, rows: cases.calls.map((c) => ({ ...toDataRow(c, ['at']), reached: enumLabel(REACHED, c.reached, 'zh'), purpose: enumLabel(PURPOSE, c.purpose, 'zh') })) },
      { schema: COMPLAINTS, rows: cases.complaints.map((c) => toDataRow(c, ['receivedAt', 'firstResponseAt', 'closedAt'])) },
      { schema: QA_AUDITS, rows: cases.qaAudits.map((a) => toDataRow(a, ['date'])) },
      { schema: TRAINING, rows: cases.training.map((t) => toDataRow(t, ['date', 'startDate'])) },
    ], { lang: 'zh', rows: ROWS });
  });
  afterAll(() => vi.useRealTimers());

  it('covers both sides of the boundaries', () => {
    expect(new Set(expected.customers!['followUpOverdue'])).toEqual(new Set([true, false]));
    expect(new Set(expected.complaints!['slaBreached'])).toEqual(new Set([true, false]));
    expect(expected.qaAudits!['monthlyPoints']).toEqual(expect.arrayContaining([0, settings.qa.pointsPerMonth, settings.qa.pointsPerMonth - 1]));
    expect(new Set(expected.training!['result'])).toEqual(new Set(['pass', 'fail']));
    expect(new Set(expected.customers!['tier']).size).toBe(4);
    // The sorted lookups' order: ids differing in case and a number id agree; a call after today shows but completes nothing.
    const at = (id: string): number => cases.customers.findIndex((c) => c.id === id);
    expect(expected.customers!['referrals']![at('C0040')]).toBe(2); // C004 names it as c0040, c0041 as C0040
    expect(expected.customers!['referrals']![at('c0041')]).toBe(0);
    expect(['1001', 'C0040', 'C004', 'c0041'].map((id) => expected.customers!['followUpDoneAt']![at(id)]))
      .toEqual(['2026-11-10', '2026-11-11', undefined, '2026-11-17']);
    expect(['1001', 'C0040', 'C004', 'c0041'].map((id) => expected.customers!['followUpOverdue']![at(id)])).toEqual([false, false, true, true]);
  });

  const sheets: [SheetSchema, number][] = [[CUSTOMERS, cases.customers.length], [COMPLAINTS, cases.complaints.length],
    [QA_AUDITS, cases.qaAudits.length], [TRAINING, cases.training.length]];
  for (const [schema, count] of sheets) {
    for (const column of withHelpers(schema).columns.filter((c) => c.computed)) {
      it(`${schema.name}.${column.key}`, () => {
        expect(wb.column(schema, column.key, count).map((v) => domain(column.key, v))).toEqual(expected[schema.name]![column.key]);
      });
    }
  }
});
