// CSAT over reached calls that got an answer.
import { describe, it, expect } from 'vitest';
import { csat, type Csat } from '../../../shared/rules/csat';
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
