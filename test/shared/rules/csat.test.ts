// CSAT over reached calls that got an answer.
import { describe, it, expect } from 'vitest';
import { countedAnswer, csat, csatOfCounts, type Csat } from '../../../shared/rules/csat';
import type { Call } from '../../../shared/schema/calls';

type Answer = Pick<Call, 'reached' | 'satisfaction'>;

describe('csat', () => {
  const cases: { description: string; input: Answer[]; expected: Csat }[] = [
    { description: 'no calls → share undefined', input: [], expected: { satisfied: 0, neutral: 0, dissatisfied: 0, answered: 0, share: undefined } },
    {
      description: 'satisfied ÷ all answers',
      input: [
        { reached: 'reached', satisfaction: 'satisfied' },
        { reached: 'reached', satisfaction: 'satisfied' },
        { reached: 'reached', satisfaction: 'neutral' },
        { reached: 'reached', satisfaction: 'dissatisfied' },
      ],
      expected: { satisfied: 2, neutral: 1, dissatisfied: 1, answered: 4, share: 0.5 },
    },
    {
      description: 'unreached calls and reached calls without an answer are left out',
      input: [
        { reached: 'no-answer', satisfaction: 'dissatisfied' },
        { reached: 'call-back', satisfaction: 'neutral' },
        { reached: 'reached' },
        { reached: 'reached', satisfaction: 'satisfied' },
      ],
      expected: { satisfied: 1, neutral: 0, dissatisfied: 0, answered: 1, share: 1 },
    },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(csat(input)).toEqual(expected);
  });
});

describe('countedAnswer: the answer a call counts with', () => {
  const cases: { description: string; input: Answer; expected: Answer['satisfaction'] }[] = [
    { description: 'a reached call counts its answer', input: { reached: 'reached', satisfaction: 'neutral' }, expected: 'neutral' },
    { description: 'a reached call without an answer counts none', input: { reached: 'reached' }, expected: undefined },
    { description: 'an unreached call counts none, even with an answer typed in', input: { reached: 'no-answer', satisfaction: 'satisfied' }, expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(countedAnswer(input)).toBe(expected);
  });
});

describe('csatOfCounts: CSAT from counted answers, as csat gives it from the calls', () => {
  const cases: { description: string; input: { satisfied: number; neutral: number; dissatisfied: number }; expected: Csat }[] = [
    { description: 'no answers → share undefined', input: { satisfied: 0, neutral: 0, dissatisfied: 0 }, expected: { satisfied: 0, neutral: 0, dissatisfied: 0, answered: 0, share: undefined } },
    { description: '3 satisfied of 3 + 1 + 2 answers → 0.5', input: { satisfied: 3, neutral: 1, dissatisfied: 2 }, expected: { satisfied: 3, neutral: 1, dissatisfied: 2, answered: 6, share: 0.5 } },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(csatOfCounts(input)).toEqual(expected);
  });
});
