// First lines of values kept as numbers (runs of counted-up ids, scattered phones) or texts: the same answers as a Map of texts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFirstLines } from '../../../shared/check/id-keys';

const folded = (text: string): string => text.trim().toLowerCase();

/** What duplicates.ts did before: a Map from the comparable text to its first line. */
function naive(values: readonly string[]): (number | undefined)[] {
  const first = new Map<string, number>();
  return values.map((value, i) => {
    const key = folded(value);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i + 2);
    return seen;
  });
}

const compact = (values: readonly string[]): (number | undefined)[] => {
  const lines = createFirstLines(folded);
  return values.map((value, i) => lines.firstOrSet(value, i + 2));
};

describe('createFirstLines', () => {
  it.each([
    { description: 'an id in either case is the same id (ids are unique ignoring case)', input: ['HF0001', 'hf0001'], expected: [undefined, 2] },
    { description: 'leading zeros make another id', input: ['HF001', 'HF0001', 'HF1'], expected: [undefined, undefined, undefined] },
    { description: 'a space around an id does not make another one', input: ['C0042', ' c0042 '], expected: [undefined, 2] },
    { description: 'ids counted down fall in one run', input: ['K5', 'K4', 'K3', 'K5'], expected: [undefined, undefined, undefined, 2] },
    { description: 'a far number, then the run grows over it', input: ['K1', 'K5000', 'K2', 'K4999', 'K5000'], expected: [undefined, undefined, undefined, undefined, 3] },
    { description: 'texts that are not letters and digits', input: ['王-01', 'ABCD1', '王-01', 'abcd1'], expected: [undefined, undefined, 2, 3] },
    { description: 'phones by their digits (15 at most as numbers)', input: ['13812345678', '13812345678', '1234567890123456', '1234567890123456'], expected: [undefined, 2, undefined, 4] },
    { description: 'the same digits under other letters are other ids', input: ['A1', 'B1', 'AB1', 'A1'], expected: [undefined, undefined, undefined, 2] },
    { description: 'ids with a dash (a customer’s second contact) in either case, and one digit more', input: ['C0125-4', ' c0125-4', 'C0125-40', 'C0125-4'], expected: [undefined, 2, undefined, 2] },
  ])('$description', ({ input, expected }) => {
    expect(compact(input)).toEqual(expected);
    expect(naive(input)).toEqual(expected);
  });

  it('answers as a Map of texts does, for any mix of runs, scattered numbers, case and spaces', () => {
    const id = fc.tuple(fc.constantFrom('', 'C', 'hf', 'HF', 'abc', 'ABCD', '王'), fc.integer({ min: 0, max: 20_000 }),
      fc.constantFrom('', ' '), fc.integer({ min: 1, max: 6 }))
      .map(([prefix, n, space, width]) => `${space}${prefix}${String(n).padStart(width, '0')}`);
    fc.assert(fc.property(fc.array(id, { maxLength: 300 }), (values) => {
      expect(compact(values)).toEqual(naive(values));
    }), { numRuns: 300 });
  });
});
