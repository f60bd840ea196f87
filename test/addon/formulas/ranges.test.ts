// Ranges a live formula reads: whole columns, another sheet's sized by that sheet (no row number written in), helpers after the schema's columns.
import { describe, expect, it } from 'vitest';
import { rangeContext } from '../../../addon/src/formulas/ranges';
import { CALLS, CUSTOMERS } from '../../../shared/schema';

describe('rangeContext', () => {
  const cases = [
    { description: 'a column of the sheet itself', input: () => rangeContext(CUSTOMERS, 'zh').col('referrerId'), expected: 'G:G' },
    { description: "another sheet's column, by its zh title, as tall as that sheet", input: () => rangeContext(CUSTOMERS, 'zh').other('calls', 'at'), expected: "'回访记录'!C:C" },
    { description: 'by its en title', input: () => rangeContext(CUSTOMERS, 'en').other('calls', 'customerId'), expected: "'Follow-up calls'!B:B" },
    // The helpers come right after the schema's own columns: 28 customer columns, so AC; 15 call columns, so P.
    { description: 'a helper column of the sheet itself', input: () => rangeContext(CUSTOMERS, 'zh').col('followUpDoneAt'), expected: 'AC:AC' },
    { description: "a helper column of another sheet", input: () => rangeContext(CUSTOMERS, 'zh').other('calls', 'completionIndex'), expected: "'回访记录'!P:P" },
  ];
  it.each(cases)('$description', ({ input, expected }) => expect(input()).toBe(expected));

  it('counts the schema columns the letters assume', () => {
    expect([CUSTOMERS.columns.length, CALLS.columns.length]).toEqual([28, 15]);
  });
});
