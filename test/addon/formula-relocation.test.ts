// Live formulas written for the schema's column order land on the real columns and sheet names of an upgraded workbook.
import { describe, expect, it } from 'vitest';
import { CALLS, CUSTOMERS } from '../../shared/schema';
import { relocateFormula, type SheetPlace } from '../../addon/src/formula-relocation';
import { planLiveWrite, sameFormula, spanOf, staleFormulas } from '../../addon/src/live-columns';

const inOrder = (schema: typeof CUSTOMERS, name: string): SheetPlace => ({
  schema, name, columnOf: Object.fromEntries(schema.columns.map((c, i) => [c.key, i + 1])),
});

describe('relocateFormula', () => {
  const customers = inOrder(CUSTOMERS, '客户档案');
  const calls = inOrder(CALLS, '回访记录');

  it('leaves a formula alone when the sheet is in schema order', () => {
    const f = `=ARRAYFORMULA(IF(A2:A5001="","",COUNTIFS('回访记录'!B2:B5001,A2:A5001)))`;
    expect(relocateFormula(f, customers, [calls])).toBe(f);
  });

  it('moves same-sheet and other-sheet columns, renames the other sheet, and never touches strings or names', () => {
    const moved: SheetPlace = { ...customers, columnOf: { ...customers.columnOf, id: 3, referrerId: 1 } };
    const english: SheetPlace = { ...calls, name: "Bob's calls", columnOf: { ...calls.columnOf, customerId: 28 } };
    const f = `=ARRAYFORMULA(IF(A2:A5001="A2:A9","",COUNTIF(G2:G5001,A2:A5001)+COUNTIFS('回访记录'!B2:B5001,$A$2:A5001)+KEFU_TIER_VIP_SPEND+SUM(B2)))`;
    expect(relocateFormula(f, moved, [english])).toBe(
      `=ARRAYFORMULA(IF(C2:C5001="A2:A9","",COUNTIF(A2:A5001,C2:C5001)+COUNTIFS('Bob''s calls'!AB2:AB5001,$C$2:C5001)+KEFU_TIER_VIP_SPEND+SUM(B2)))`);
  });
});

describe('live column writes', () => {
  const wanted = [{ key: 'a', column: 2, formula: '=ARRAYFORMULA(X)' }, { key: 'b', column: 4, formula: '=ARRAYFORMULA(Y)' }];

  it('treats formulas differing only in spacing or case as the same', () => {
    expect(sameFormula('=arrayformula( x )', '=ARRAYFORMULA(X)')).toBe(true);
    expect(sameFormula('=IF(A2="a","")', '=IF(A2="A","")')).toBe(false);
    expect(staleFormulas(wanted, ['', '=ARRAYFORMULA(X)', '', ''])).toEqual([wanted[1]]);
  });

  it('writes the formula in row 2, clears its column below, and rewrites the columns between as they were', () => {
    const stale = staleFormulas(wanted, ['', '', '', '']);
    const span = spanOf(stale)!;
    const values = [['', 'x', '', 7], ['', '-3 left', new Date(0), ''], ['', '', '', '']];
    const formulas = [['', '', '', ''], ['', '', '=SUM(1)', ''], ['', '', '', '']];
    // values/formulas cover the span (columns 2–4) only.
    const { write, kept } = planLiveWrite(wanted, stale, span, values.map((r) => r.slice(1)), formulas.map((r) => r.slice(1)), 'recalculate');
    expect(kept).toEqual([]);
    expect(write).toEqual({ column: 2, keys: ['a', 'b'], block: [
      ['=ARRAYFORMULA(X)', '', '=ARRAYFORMULA(Y)'],
      ['', '=SUM(1)', ''],
      ['', '', ''],
    ] });
    const setup = planLiveWrite(wanted, stale, span, values.map((r) => r.slice(1)), formulas.map((r) => r.slice(1)), 'setup');
    expect(setup.kept).toEqual(['a', 'b']);
    expect(setup.write).toBeUndefined();
  });

  it('guards text that would turn into a formula when written back', () => {
    const stale = [wanted[0]!, wanted[1]!];
    const { write } = planLiveWrite(wanted, stale, { first: 2, last: 4 }, [['', '=not a formula', ''], ['', '-x', '']],
      [['', '', ''], ['', '', '']], 'recalculate');
    expect(write!.block[0]![1]).toBe("'=not a formula");
    expect(write!.block[1]![1]).toBe("'-x");
  });
});
