// Live formulas written for the schema's column order land on the real columns and sheet names of an upgraded workbook.
import { describe, expect, it } from 'vitest';
import { CALLS, CUSTOMERS } from '../../shared/schema';
import { relocateFormula, type SheetPlace } from '../../addon/src/formula-relocation';
import { headerTexts, planLiveWrite, sameFormula, spanOf, staleFormulas } from '../../addon/src/live-columns';

const inOrder = (schema: typeof CUSTOMERS, name: string): SheetPlace => ({
  schema, name, columnOf: Object.fromEntries(schema.columns.map((c, i) => [c.key, i + 1])),
});

describe('relocateFormula', () => {
  const customers = inOrder(CUSTOMERS, '客户档案');
  const calls = inOrder(CALLS, '回访记录');

  it('leaves a formula alone when the sheet is in schema order', () => {
    const f = `={"介绍客户数";ARRAYFORMULA(IF(A2:A="",,COUNTIFS('回访记录'!B2:B,A2:A)))}`;
    expect(relocateFormula(f, customers, [calls])).toBe(f);
  });

  it('moves same-sheet and other-sheet columns, renames the other sheet, and never touches strings or names', () => {
    const moved: SheetPlace = { ...customers, columnOf: { ...customers.columnOf, id: 3, referrerId: 1 } };
    const english: SheetPlace = { ...calls, name: "Bob's calls", columnOf: { ...calls.columnOf, customerId: 28 } };
    const f = `=ARRAYFORMULA(IF(A2:A5001="A2:A9","",COUNTIF(G2:G5001,A2:A5001)+COUNTIFS('回访记录'!B2:B5001,$A$2:A5001)+KEFU_TIER_VIP_SPEND+SUM(B2)))`;
    expect(relocateFormula(f, moved, [english])).toBe(
      `=ARRAYFORMULA(IF(C2:C5001="A2:A9","",COUNTIF(A2:A5001,C2:C5001)+COUNTIFS('Bob''s calls'!AB2:AB5001,$C$2:C5001)+KEFU_TIER_VIP_SPEND+SUM(B2)))`);
  });

  it('moves open ranges (A2:A) and leaves the header literal alone', () => {
    const moved: SheetPlace = { ...customers, columnOf: { ...customers.columnOf, id: 3, referrerId: 1 } };
    expect(relocateFormula(`={"A2:A";ARRAYFORMULA(IF(A2:A="",,COUNTIF(G2:G,A2:A)))}`, moved, [calls]))
      .toBe(`={"A2:A";ARRAYFORMULA(IF(C2:C="",,COUNTIF(A2:A,C2:C)))}`);
  });

  it('moves whole columns (A:A) in this sheet and the other, and leaves the header literal alone', () => {
    const moved: SheetPlace = { ...customers, columnOf: { ...customers.columnOf, id: 3, referrerId: 1 } };
    const english: SheetPlace = { ...calls, name: "Bob's calls", columnOf: { ...calls.columnOf, customerId: 28 } };
    expect(relocateFormula(`=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"A:A",IF(A:A="",,COUNTIF(G:G,A:A)+COUNTIF('回访记录'!B:B,A:A))))`, moved, [english]))
      .toBe(`=ARRAYFORMULA(IF(SEQUENCE(ROWS(C:C))=1,"A:A",IF(C:C="",,COUNTIF(A:A,C:C)+COUNTIF('Bob''s calls'!AB:AB,C:C))))`);
  });
});

describe('live column writes', () => {
  const wanted = [{ key: 'a', column: 2, formula: '={"A";ARRAYFORMULA(X)}' }, { key: 'b', column: 4, formula: '={"B";ARRAYFORMULA(Y)}' }];
  const header = { values: ['id', 'A', '=x', 'B'], formulas: ['', '', '', ''] };

  it('treats formulas differing only in spacing or case as the same, and compares the header cells', () => {
    expect(sameFormula('=arrayformula( x )', '=ARRAYFORMULA(X)')).toBe(true);
    expect(sameFormula('=IF(A2="a","")', '=IF(A2="A","")')).toBe(false);
    expect(staleFormulas(wanted, { values: ['id', 'A', '', 'B'], formulas: ['', '={"A";ARRAYFORMULA(X)}', '', ''] })).toEqual([wanted[1]]);
    // The right formula showing an error (typed values block it) or nothing is looked at again.
    expect(staleFormulas(wanted, { values: ['id', '#REF!', '', ''], formulas: ['', '={"A";ARRAYFORMULA(X)}', '', '={"B";ARRAYFORMULA(Y)}'] })).toEqual(wanted);
  });

  const both = ['={"A";ARRAYFORMULA(X)}', "'=x", '={"B";ARRAYFORMULA(Y)}'];
  const cases = [
    {
      description: 'a fresh sheet: both header cells get their formula, the cell between is written back guarded, nothing to clear',
      input: { below: { values: [['', '', ''], ['', 'x', '']], formulas: [['', '', ''], ['', '', '']] }, mode: 'setup' as const, formulas: ['', '', '', ''] },
      expected: { write: { column: 2, block: [both], clear: [], keys: ['a', 'b'] }, kept: [] },
    },
    {
      description: 'typed values under both: set-up keeps them (and the header as it is)',
      input: { below: { values: [[1, '', 2]], formulas: [['', '', '']] }, mode: 'setup' as const, formulas: ['', '', '', ''] },
      expected: { kept: ['a', 'b'] },
    },
    {
      description: 'typed values under both: Recalculate writes the formulas and empties both columns below',
      input: { below: { values: [[1, '', 2]], formulas: [['', '', '']] }, mode: 'recalculate' as const, formulas: ['', '', '', ''] },
      expected: { write: { column: 2, block: [both], clear: [2, 4], keys: ['a', 'b'] }, kept: [] },
    },
    {
      description: "the old version's row-2 formula (and its output below) is removed by set-up, the header formula written",
      input: { below: { values: [[7, '', ''], [8, '', '']], formulas: [['=ARRAYFORMULA(IF(A2:A5001="","",X))', '', ''], ['', '', '']] }, mode: 'setup' as const, formulas: ['', '', '', ''] },
      expected: { write: { column: 2, block: [both], clear: [2], keys: ['a', 'b'] }, kept: [] },
    },
    {
      description: 'a stale header formula (its output below is no typed value): rewritten by set-up, a formula between kept',
      input: { below: { values: [[7, '', ''], [8, '', '']], formulas: [['', '', ''], ['', '', '']] }, mode: 'setup' as const, formulas: ['', '={"A";ARRAYFORMULA(OLD)}', '=SUM(1)', ''] },
      expected: { write: { column: 2, block: [['={"A";ARRAYFORMULA(X)}', '=SUM(1)', '={"B";ARRAYFORMULA(Y)}']], clear: [2], keys: ['a', 'b'] }, kept: [] },
    },
    {
      description: 'the right formulas, blocked by typed values (#REF!): set-up keeps the typed values, Recalculate clears them',
      input: { below: { values: [[1, '', '']], formulas: [['', '', '']] }, mode: 'setup' as const, values: ['id', '#REF!', '=x', 'B'], formulas: ['', wanted[0]!.formula, '', wanted[1]!.formula] },
      expected: { kept: ['a'] },
    },
    {
      description: 'the same, by Recalculate: only the blocked column is written and cleared',
      input: { below: { values: [[1, '', '']], formulas: [['', '', '']] }, mode: 'recalculate' as const, values: ['id', '#REF!', '=x', 'B'], formulas: ['', wanted[0]!.formula, '', wanted[1]!.formula] },
      expected: { write: { column: 2, block: [['={"A";ARRAYFORMULA(X)}']], clear: [2], keys: ['a'] }, kept: [] },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const row1 = { values: input.values ?? header.values, formulas: input.formulas };
    const stale = staleFormulas(wanted, row1);
    expect(planLiveWrite(stale, row1, spanOf(stale)!, input.below, input.mode)).toEqual(expected);
  });

  it("reads a live formula's header where the cell shows nothing or an error", () => {
    expect(headerTexts({ values: ['编号', '', '#REF!', 'Tier'], formulas: ['', '={"介绍客户数";ARRAYFORMULA(1)}', '={"Tier ""x""";1}', '={"客户等级";1}'] }))
      .toEqual(['编号', '介绍客户数', 'Tier "x"', 'Tier']);
  });
});
