// What each live formula costs: the n² calls left (docs/addon.md's table), none volatile; the rest sorted lookups or row by row.
import { describe, expect, it } from 'vitest';
import { liveFormulas } from '../../../addon/src/formulas';
import { quadraticCalls } from '../../../addon/src/formulas/cost';
import { SHEETS } from '../../../shared/schema';

describe('quadraticCalls', () => {
  const cases = [
    { description: 'an id against every referrer', input: '=ARRAYFORMULA(COUNTIF(G:G,A:A))', expected: ['COUNTIF'] },
    { description: 'a two-key sum per row', input: '=ARRAYFORMULA(SUMIF(C:C&"@"&B:B,C:C&"@"&B:B,F:F))', expected: ['SUMIF'] },
    { description: 'an exact MATCH per row', input: '=ARRAYFORMULA(MATCH(A:A,A:A,0))', expected: ['MATCH'] },
    { description: 'a binary-search MATCH per row', input: '=ARRAYFORMULA(MATCH(A:A,SORT(B:B),1))', expected: [] },
    { description: 'a count over a short sequence', input: '=ARRAYFORMULA(COUNTIF(SEQUENCE(MAX(1,KEFU_X)),">"&A:A))', expected: [] },
    { description: 'a count with a constant criterion', input: '=COUNTIF(A:A,"x")', expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => expect(quadraticCalls(input)).toEqual(expected));
});

describe('live formulas', () => {
  // One SUMIF is left: a day's unqualified count per agent and date has no sorted form without SCAN/LAMBDA (docs/addon.md).
  const expected: Record<string, string[]> = { 'qaAudits.dayPoint': ['SUMIF'] };
  const all = SHEETS.flatMap((schema) => liveFormulas(schema).map((f) => ({ name: `${schema.name}.${f.key}`, formula: f.formula })));
  it.each(all)('$name', ({ name, formula }) => expect(quadraticCalls(formula)).toEqual(expected[name] ?? []));
});
