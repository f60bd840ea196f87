// The phone validation formula's patterns accept exactly what the shared phone parser accepts, run by the real RE2 (as Sheets' REGEXMATCH) and by JavaScript.
import fc from 'fast-check';
import { RE2 } from 're2-wasm';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../shared/sheet/parse-value';
import { CUSTOMERS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { PHONE_RULE, phoneFormula, phoneRuleAccepts, type CompileRegex } from '../../addon/src/phone-rule';

const phone = CUSTOMERS.columns.find((c) => c.key === 'phone')!;
const settings = defaultSettings();
const parserAccepts = (text: string): boolean => parseValue(text, phone, settings).ok;
/** Google Sheets' engine: RE2, Unicode-aware as REGEXMATCH is; compiled once per pattern (re2-wasm never frees its memory). */
const compiled = new Map<string, ReturnType<CompileRegex>>();
const re2: CompileRegex = (pattern, global) => {
  const flags = global ? 'gu' : 'u';
  let regex = compiled.get(flags + pattern);
  if (!regex) compiled.set(flags + pattern, regex = new RE2(pattern, flags) as unknown as ReturnType<CompileRegex>);
  return regex;
};
const sheetAccepts = (text: string): boolean => phoneRuleAccepts(text, re2);

const CASES = [
  '13812345678', '138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '008613812345678', '8613812345678', '12812345678',
  '1381234567', '010-12345678', '010-1234567', '0755-12345678', '0755-1234567-89', '010-12345678转123', '010-12345678-转123',
  '(0755)1234567', '（0755）1234567', '01012345678', '075512345678', '0101234567x12', '0101234567ext.9', '0101234567#9',
  '010-12345678-12转3', '+44 20 7946 0958', '0044 20 7946 0958', '+0123456', '+12345', '1.38E+10', '138.1234.5678',
  '１３８１２３４５６７８', '０１０－１２３４５６７８', '010.12345678', 'abc', '1234567', '0-10-1234-5678', '-0101234567', '0101234567-',
];

// Spaces JavaScript trims but RE2's \s does not match: each inside, around and alone.
const SPACES = [
  { description: 'thin space U+2009', ch: '\u2009' }, { description: 'vertical tab \\v', ch: '\v' }, { description: 'BOM U+FEFF', ch: '\ufeff' },
  { description: 'em space U+2003', ch: '\u2003' }, { description: 'no-break space U+00A0', ch: '\u00a0' }, { description: 'ideographic space U+3000', ch: '\u3000' },
  { description: 'narrow no-break space U+202F', ch: '\u202f' }, { description: 'tab', ch: '\t' }, { description: 'line separator U+2028', ch: '\u2028' },
];
const SPACED = SPACES.flatMap(({ description, ch }) => [
  { description: `${description} inside a mobile`, input: `138${ch}1234${ch}5678`, expected: true },
  { description: `${description} around a landline`, input: `${ch}010-12345678${ch}`, expected: true },
  { description: `${description} alone (a blank cell)`, input: ch, expected: true },
  { description: `${description} inside a word`, input: `abc${ch}`, expected: false },
]);

describe('phone rule', () => {
  it.each(CASES)('%s: RE2, JavaScript and the CSV parser agree', (text) => {
    expect(sheetAccepts(text)).toBe(parserAccepts(text));
    expect(phoneRuleAccepts(text)).toBe(parserAccepts(text));
  });

  it.each(SPACED)('$description: RE2 (the sheet) says $expected, as kefu check does', ({ input, expected }) => {
    expect(sheetAccepts(input)).toBe(expected);
    expect(parserAccepts(input)).toBe(expected);
  });

  it('agrees with the parser on random phone-like text, spaces of every kind included (RE2)', () => {
    const chars = fc.constantFrom(...'0123456789０１２３４５６７８９ -－+＋()（）.x#转分机e'.split(''), ...SPACES.map((s) => s.ch));
    fc.assert(fc.property(fc.array(chars, { maxLength: 18 }).map((a) => a.join('')), (text) => {
      expect(sheetAccepts(text)).toBe(parserAccepts(text));
    }), { numRuns: 3000, seed: 42 });
  });

  it('spells out its character classes: no \\s, which RE2 reads as ASCII only', () => {
    for (const pattern of Object.values(PHONE_RULE)) expect(pattern).not.toContain('\\s');
    expect(phoneFormula('C2')).not.toContain('\\s');
  });

  it('is a custom formula relative to the first cell of the column, every pattern compiling in RE2', () => {
    const formula = phoneFormula('C2');
    expect(formula.startsWith('=OR(REGEXMATCH(TO_TEXT(C2),"^[\\t\\n\\v')).toBe(true);
    expect(formula).not.toContain('(?');
    for (const pattern of [...formula.matchAll(/REGEX(?:MATCH|REPLACE)\([^"]*"([^"]*)"/g)].map((m) => m[1]!)) expect(() => re2(pattern, false)).not.toThrow();
  });
});
