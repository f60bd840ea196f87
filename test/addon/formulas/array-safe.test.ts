// Every live formula calls only functions Google Sheets evaluates element-wise inside ARRAYFORMULA, with no volatile one inside a whole-sheet count.
import { describe, expect, it } from 'vitest';
import { ARRAY_SAFE, arrayProblems, functionCalls, NOT_ARRAY_SAFE } from '../../../addon/src/formulas/array-safe';
import { liveFormulas } from '../../../addon/src/formulas';
import { SHEETS } from '../../../shared/schema';

const all = (['zh', 'en'] as const).flatMap((lang) => SHEETS.flatMap((schema) => liveFormulas(schema, { lang }).map((f) => ({ ...f, sheet: schema.name, lang }))));

describe('functionCalls', () => {
  it('finds nested calls and their arguments, skipping string literals and array literals', () => {
    const calls = functionCalls('={"a,b(";ARRAYFORMULA(IF(A2:A="",,COUNTIF(G2:G,"x("&A2:A)))}');
    expect(calls.map((c) => [c.name, c.args, c.within])).toEqual([
      ['ARRAYFORMULA', ['IF(A2:A="",,COUNTIF(G2:G,"x("&A2:A))'], []],
      ['IF', ['A2:A=""', '', 'COUNTIF(G2:G,"x("&A2:A)'], ['ARRAYFORMULA']],
      ['COUNTIF', ['G2:G', '"x("&A2:A'], ['ARRAYFORMULA', 'IF']],
    ]);
  });
});

describe('array-safe functions', () => {
  const cases = [
    { description: 'SUMIFS inside ARRAYFORMULA', input: '=ARRAYFORMULA(SUMIFS(C2:C,A2:A,A2:A,B2:B,B2:B))', expected: ['SUMIFS is not known to work element-wise inside ARRAYFORMULA'] },
    { description: 'MAX over a range', input: '=ARRAYFORMULA(MAX(1,A2:A))', expected: ['MAX is given a range: 1,A2:A'] },
    { description: 'TODAY inside a whole-sheet COUNTIFS', input: '=ARRAYFORMULA(COUNTIFS(B2:B,A2:A,C2:C,"<"&TODAY()))', expected: ['COUNTIFS over a range in a formula with TODAY(): the whole cell reruns it on every edit'] },
    // The cell is volatile as a whole: a count beside TODAY() reruns as often as one with TODAY() inside it.
    { description: 'TODAY outside the count, in the same cell', input: '=ARRAYFORMULA((COUNTIFS(B2:B,A2:A)=0)*(D2:D<TODAY()))', expected: ['COUNTIFS over a range in a formula with TODAY(): the whole cell reruns it on every edit'] },
    { description: 'NOW beside a sorted lookup over another sheet', input: "=ARRAYFORMULA(IF(A:A=\"\",,MATCH(A:A,SORT('x'!B:B),1)*(C:C<NOW())))", expected: ['MATCH over a range in a formula with NOW(): the whole cell reruns it on every edit', 'SORT over a range in a formula with NOW(): the whole cell reruns it on every edit'] },
    { description: 'TODAY beside FILTER over another column', input: '=ARRAYFORMULA(IF(A:A="",,(COUNTIF(IFERROR(FILTER(B:B,C:C>TODAY()),""),A:A)=0)))', expected: ['COUNTIF over a range in a formula with TODAY(): the whole cell reruns it on every edit', 'FILTER over a range in a formula with TODAY(): the whole cell reruns it on every edit'] },
    { description: 'TODAY compared element-wise with a helper column', input: '=ARRAYFORMULA(IF(A:A="",,(D:D<TODAY())*(1-(E:E<>"")*(E:E<=TODAY()))))', expected: [] },
    { description: 'a sorted lookup with nothing volatile', input: '=ARRAYFORMULA(IF(A:A="",,MATCH(UPPER(TRIM(A:A))&"",SORT(B:B),1)))', expected: [] },
    { description: 'a literal sequence is fine to parse (the shape test rejects it)', input: '=ARRAYFORMULA(SEQUENCE(ROWS(A2:A)))', expected: [] },
  ];
  it.each(cases)('flags $description', ({ input, expected }) => expect(arrayProblems(input)).toEqual(expected));

  it('has a source for every entry and lists none of the functions Sheets does not expand', () => {
    for (const [name, entry] of Object.entries(ARRAY_SAFE)) expect(entry.source.length, name).toBeGreaterThan(10);
    for (const name of NOT_ARRAY_SAFE) expect(ARRAY_SAFE[name]).toBeUndefined();
  });

  it.each(all.map((f) => ({ name: `${f.sheet}.${f.key} (${f.lang})`, formula: f.formula })))('$name uses only array-safe functions', ({ formula }) => {
    expect(arrayProblems(formula)).toEqual([]);
    expect(functionCalls(formula)[0]!.name).toBe('ARRAYFORMULA');
  });
});
