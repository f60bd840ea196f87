// A set of ids kept partly as numbers answers exactly as a Set of texts does: case, length and characters all count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdSet } from '../../../shared/check/id-set';

/** Whether each probe is among the ids, and the ids in the order added, from the set under test and from a Set of texts. */
function answers(ids: readonly string[], probes: readonly string[]): { has: boolean[]; values: string[] } {
  const set = createIdSet();
  for (const id of ids) set.add(id);
  return { has: probes.map((p) => set.has(p)), values: [...set.values()] };
}
function expected(ids: readonly string[], probes: readonly string[]): { has: boolean[]; values: string[] } {
  const set = new Set(ids);
  return { has: probes.map((p) => set.has(p)), values: [...set] };
}

describe('createIdSet', () => {
  it.each([
    // "a reference must match exactly" (references.ts): another case is another id.
    { description: 'letter case makes another id', input: { ids: ['C0125-4'], probes: ['C0125-4', 'c0125-4'] }, expected: [true, false] },
    { description: 'a leading zero makes another id', input: { ids: ['C01'], probes: ['C01', 'C001', 'C1'] }, expected: [true, false, false] },
    { description: 'ids of 5 and 10 characters, where the numbers split', input: { ids: ['ABCDE', 'ABCDEFGHIJ'], probes: ['ABCDE', 'ABCDEFGHIJ', 'ABCDEFGHI', 'ABCD'] }, expected: [true, true, false, false] },
    { description: 'a longer id and a non-ASCII id are kept as text', input: { ids: ['C9999-99999', '王01'], probes: ['C9999-99999', '王01', 'C9999-9999'] }, expected: [true, true, false] },
    { description: 'the empty text (a row without an id)', input: { ids: [''], probes: ['', ' '] }, expected: [true, false] },
    { description: 'spaces are part of an id', input: { ids: ['C1'], probes: [' C1', 'C1 '] }, expected: [false, false] },
  ])('$description', ({ input, expected: has }) => {
    expect(answers(input.ids, input.probes).has).toEqual(has);
    expect(expected(input.ids, input.probes).has).toEqual(has);
  });

  it('answers and lists its ids as a Set of texts does, across growing tables', () => {
    const id = fc.tuple(fc.constantFrom('', 'C', 'c', 'TS', 'ab-', '王', 'x.y/'), fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 1, max: 9 }))
      .map(([prefix, n, width]) => `${prefix}${String(n).padStart(width, '0')}`);
    fc.assert(fc.property(fc.array(id, { maxLength: 3_000 }), fc.array(id, { maxLength: 200 }), (ids, probes) => {
      expect(answers(ids, [...probes, ...ids])).toEqual(expected(ids, [...probes, ...ids]));
    }), { numRuns: 100 });
  });
});
