// The phone validation formula's patterns accept exactly what the shared phone parser accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseValue } from '../../shared/csv/parse-value';
import { CUSTOMERS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { phoneFormula, phoneRuleAccepts } from '../../addon/src/phone-rule';

const phone = CUSTOMERS.columns.find((c) => c.key === 'phone')!;
const settings = defaultSettings();
const parserAccepts = (text: string): boolean => parseValue(text, phone, settings).ok;

const CASES = [
  '13812345678', '138 1234 5678', '138-1234-5678', '+86 138 1234 5678', '008613812345678', '8613812345678', '12812345678',
  '1381234567', '010-12345678', '010-1234567', '0755-12345678', '0755-1234567-89', '010-12345678转123', '010-12345678-转123',
  '(0755)1234567', '（0755）1234567', '01012345678', '075512345678', '0101234567x12', '0101234567ext.9', '0101234567#9',
  '010-12345678-12转3', '+44 20 7946 0958', '0044 20 7946 0958', '+0123456', '+12345', '1.38E+10', '138.1234.5678',
  '１３８１２３４５６７８', '０１０－１２３４５６７８', '010.12345678', 'abc', '1234567', '0-10-1234-5678', '-0101234567', '0101234567-',
];

describe('phone rule', () => {
  it.each(CASES)('%s: the sheet formula and the CSV parser agree', (text) => {
    expect(phoneRuleAccepts(text)).toBe(parserAccepts(text));
  });

  it('agrees with the parser on random phone-like text', () => {
    const chars = fc.constantFrom(...'0123456789０１２３４５６７８９ -－+＋()（）.x#转分机e'.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 18 }).map((a) => a.join('')), (text) => {
      expect(phoneRuleAccepts(text)).toBe(parserAccepts(text));
    }), { numRuns: 5000, seed: 42 });
  });

  it('is a custom formula relative to the first cell of the column', () => {
    const formula = phoneFormula('C2');
    expect(formula.startsWith('=OR(REGEXMATCH(TO_TEXT(C2),"^[\\s')).toBe(true);
    expect(formula).not.toContain('(?');
  });
});
