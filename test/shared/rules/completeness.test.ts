// Archive completeness: the share of customers whose key fields are all filled (the headline), and each field's own share.
import { describe, it, expect } from 'vitest';
import { archiveCompleteness, COMPLETENESS_FIELDS, isArchiveComplete } from '../../../shared/rules/completeness';
import { defaultSettings } from '../../../shared/settings';

describe('COMPLETENESS_FIELDS', () => {
  it('is every customer column a person fills in: not id, not the computed referrals and tier', () => {
    expect(COMPLETENESS_FIELDS).toEqual([
      'name', 'phone', 'organisation', 'address', 'source', 'referrerId', 'memberCardNo', 'cardIssued', 'cardRecalled',
      'stage', 'stageOwner', 'firstVisit', 'lastVisit', 'serviceItems', 'serviceCycleDays', 'spendThisYear',
      'visitsThisYear', 'points', 'birthday', 'assignedAgent', 'consent', 'createdAt',
    ]);
  });
});

describe('archive.keyFields default', () => {
  // 000: "记录好客户的单位名称及装机地" — organisation and address; domain.md adds phone.
  it('is organisation, address and phone', () => {
    expect(defaultSettings().archive.keyFields).toEqual(['organisation', 'address', 'phone']);
  });
});

describe('isArchiveComplete', () => {
  const keys = ['organisation', 'address', 'phone'];
  const cases = [
    { description: 'all three filled → complete', input: { organisation: 'Org', address: 'Rd 1', phone: '138' }, expected: true },
    { description: 'address blank (spaces) → not complete', input: { organisation: 'Org', address: '  ', phone: '138' }, expected: false },
    { description: 'organisation missing → not complete', input: { address: 'Rd 1', phone: '138' }, expected: false },
    { description: 'fields outside the key list do not matter', input: { organisation: 'Org', address: 'Rd 1', phone: '138', cardRecalled: undefined }, expected: true },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isArchiveComplete(input, keys)).toBe(expected);
  });
});

describe('archiveCompleteness', () => {
  const cases = [
    {
      description: 'no customers → shares undefined',
      input: { rows: [] as Record<string, unknown>[], keys: ['name'], fields: ['name'] },
      expected: { fields: [{ key: 'name', filled: 0, total: 0, share: undefined, isKey: true }], overall: { filled: 0, total: 0, share: undefined }, keyFields: ['name'] },
    },
    {
      description: 'undefined, null, empty and blank are empty; 0 and false are filled; the headline needs both keys',
      input: {
        rows: [{ a: 'x', b: 0 }, { a: '', b: false }, { a: null, b: undefined }, { a: '  ' }],
        keys: ['a', 'b'], fields: ['a', 'b'],
      },
      expected: {
        fields: [{ key: 'a', filled: 1, total: 4, share: 0.25, isKey: true }, { key: 'b', filled: 2, total: 4, share: 0.5, isKey: true }],
        overall: { filled: 1, total: 4, share: 0.25 },
        keyFields: ['a', 'b'],
      },
    },
    {
      // 000: "993个客户单位名称记录全面,占所有客户比例的68%" — 17 of 25 is 68%.
      description: '68% with organisation filled, the one key field',
      input: { rows: Array.from({ length: 25 }, (_, i) => (i < 17 ? { organisation: 'Org' } : {})), keys: ['organisation'], fields: ['organisation'] },
      expected: { fields: [{ key: 'organisation', filled: 17, total: 25, share: 0.68, isKey: true }], overall: { filled: 17, total: 25, share: 0.68 }, keyFields: ['organisation'] },
    },
    {
      // Hand computed: 4 customers; organisation 3 filled, address 3 filled, but only 2 have both → 50%, not the 75% average.
      description: 'the headline counts customers with every key filled, not an average of fields; other fields follow the keys',
      input: {
        rows: [
          { organisation: 'O', address: 'A', cardRecalled: '2026-01-01' },
          { organisation: 'O', address: 'A' },
          { organisation: 'O' },
          { address: 'A' },
        ],
        keys: ['organisation', 'address'], fields: ['cardRecalled', 'organisation', 'address'],
      },
      expected: {
        fields: [
          { key: 'organisation', filled: 3, total: 4, share: 0.75, isKey: true },
          { key: 'address', filled: 3, total: 4, share: 0.75, isKey: true },
          { key: 'cardRecalled', filled: 1, total: 4, share: 0.25, isKey: false },
        ],
        overall: { filled: 2, total: 4, share: 0.5 },
        keyFields: ['organisation', 'address'],
      },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(archiveCompleteness(input.rows, input.keys, input.fields)).toEqual(expected);
  });

  it('uses COMPLETENESS_FIELDS for the per-field figures by default, key fields first', () => {
    const result = archiveCompleteness([{ id: 'C1', name: 'Zhang', phone: '13800000000', tier: 'vip', referrals: 3 }], ['organisation', 'phone']);
    expect(result.fields.map((f) => f.key)).toEqual(['organisation', 'phone', ...COMPLETENESS_FIELDS.filter((f) => f !== 'organisation' && f !== 'phone')]);
    expect(result.overall).toEqual({ filled: 0, total: 1, share: 0 });
  });
});
