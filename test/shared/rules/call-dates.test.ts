// A call's own dates against its day: the service before or on it, the agreed answer and next contact on or after it.
import { describe, expect, it } from 'vitest';
import { describeCallDateProblem, findCallDateProblems } from '../../../shared/rules/call-dates';

describe('findCallDateProblems', () => {
  // Issue 15: "a service date next year, a next-contact date in the past" must not be saved.
  const cases: { description: string; input: Parameters<typeof findCallDateProblems>[0]; expected: string[] }[] = [
    { description: 'service the same day, next contact the same day → fine', input: { at: '2026-05-12T10:30:00', serviceDate: '2026-05-12', nextContactDate: '2026-05-12' }, expected: [] },
    { description: 'service the day after → after the call', input: { at: '2026-05-12T23:59:00', serviceDate: '2026-05-13' }, expected: ['serviceDate service-date-after-call'] },
    { description: 'next contact the day before → before the call', input: { at: '2026-05-12T00:00:00', nextContactDate: '2026-05-11' }, expected: ['nextContactDate date-before-call'] },
    { description: 'promised answer the day before → before the call', input: { at: '2026-05-12T08:00:00', promisedAnswerDate: '2026-05-11' }, expected: ['promisedAnswerDate date-before-call'] },
    { description: 'all three wrong → three problems, in column order', input: { at: '2026-05-12T08:00:00', serviceDate: '2027-01-03', promisedAnswerDate: '2026-01-01', nextContactDate: '2026-05-01' },
      expected: ['serviceDate service-date-after-call', 'promisedAnswerDate date-before-call', 'nextContactDate date-before-call'] },
    { description: 'no call time (a half-typed row) → nothing to compare with', input: { serviceDate: '2027-01-03' }, expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findCallDateProblems(input).map((p) => `${p.key} ${p.code}`)).toEqual(expected);
  });

  it('says the dates in both languages', () => {
    const [p] = findCallDateProblems({ at: '2026-05-12T08:00:00', nextContactDate: '2026-05-01' });
    expect(describeCallDateProblem(p!, { zh: '下次联系日期', en: 'Next contact date' })).toEqual({
      zh: '下次联系日期 2026-05-01 早于回访日期 2026-05-12：请填写回访当天或以后的日期',
      en: 'Next contact date 2026-05-01 is before the call (2026-05-12): enter the day of the call or a later one',
    });
  });
});
