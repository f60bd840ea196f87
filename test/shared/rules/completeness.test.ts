// Archive completeness per field and overall.
import { describe, it, expect } from 'vitest';
import { archiveCompleteness, COMPLETENESS_FIELDS } from '../../../shared/rules/completeness';

describe('COMPLETENESS_FIELDS', () => {
  it('is every customer column a person fills in: not id, not the computed referrals and tier', () => {
    expect(COMPLETENESS_FIELDS).toEqual([
      'name', 'phone', 'organisation', 'address', 'source', 'referrerId', 'memberCardNo', 'cardIssued', 'cardRecalled',
      'stage', 'stageOwner', 'firstVisit', 'lastVisit', 'serviceItems', 'serviceCycleDays', 'spendThisYear',
      'visitsThisYear', 'points', 'birthday', 'assignedAgent', 'consent',
    ]);
  });
});

describe('archiveCompleteness', () => {
  const cases = [
    {
      description: 'no customers → shares undefined',
      input: { rows: [] as Record<string, unknown>[], fields: ['name'] },
      expected: { fields: [{ key: 'name', filled: 0, total: 0, share: undefined }], overall: { filled: 0, total: 0, share: undefined } },
    },
    {
      description: 'undefined, null, empty and blank are empty; 0 and false are filled',
      input: {
        rows: [{ a: 'x', b: 0 }, { a: '', b: false }, { a: null, b: undefined }, { a: '  ' }],
        fields: ['a', 'b'],
      },
      expected: {
        fields: [{ key: 'a', filled: 1, total: 4, share: 0.25 }, { key: 'b', filled: 2, total: 4, share: 0.5 }],
        overall: { filled: 3, total: 8, share: 3 / 8 },
      },
    },
    {
      description: '68% organisation filled',
      input: { rows: Array.from({ length: 25 }, (_, i) => (i < 17 ? { organisation: 'Org' } : {})), fields: ['organisation'] },
      expected: { fields: [{ key: 'organisation', filled: 17, total: 25, share: 0.68 }], overall: { filled: 17, total: 25, share: 0.68 } },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(archiveCompleteness(input.rows, input.fields)).toEqual(expected);
  });

  it('uses COMPLETENESS_FIELDS by default', () => {
    const result = archiveCompleteness([{ id: 'C1', name: 'Zhang', phone: '13800000000', tier: 'vip', referrals: 3 }]);
    expect(result.fields.map((f) => f.key)).toEqual(COMPLETENESS_FIELDS);
    expect(result.overall).toEqual({ filled: 2, total: COMPLETENESS_FIELDS.length, share: 2 / COMPLETENESS_FIELDS.length });
  });
});
