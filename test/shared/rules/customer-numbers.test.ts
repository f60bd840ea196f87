// The archive's customer ids numbered once: repeated ids share their first row's number, blank ids get none.
import { describe, expect, it } from 'vitest';
import { lastRowByNumber, numberCustomers } from '../../../shared/rules/customer-numbers';

describe('numberCustomers', () => {
  const cases = [
    { description: 'ids numbered in archive order', input: ['C1', 'C2', 'C3'], expected: { keys: 3, keyAt: [0, 1, 2], keyOf: [['C1', 0], ['C2', 1], ['C3', 2]] } },
    { description: 'a repeated id shares its first row\'s number', input: ['C2', 'C1', 'C2'], expected: { keys: 2, keyAt: [0, 1, 0], keyOf: [['C2', 0], ['C1', 1]] } },
    { description: 'a blank id gets no number (−1)', input: ['C1', '', 'C2'], expected: { keys: 2, keyAt: [0, -1, 1], keyOf: [['C1', 0], ['C2', 1]] } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    const n = numberCustomers(input.map((id) => ({ id })));
    expect({ keys: n.keys, keyAt: [...n.keyAt], keyOf: [...n.keyOf] }).toEqual(expected);
  });
});

describe('lastRowByNumber', () => {
  it('gives each number the value of its id\'s last row; a blank id\'s row goes nowhere', () => {
    // Rows C2, C1, '', C2: C2 is number 0 (its last row is the 4th, "d"), C1 number 1 ("b"); "c" has no number.
    const numbers = numberCustomers(['C2', 'C1', '', 'C2'].map((id) => ({ id })));
    expect(lastRowByNumber(numbers, ['a', 'b', 'c', 'd'])).toEqual(['d', 'b']);
  });
});
