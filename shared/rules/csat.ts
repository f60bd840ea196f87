// 满意度 — CSAT: satisfied ÷ all answers, over reached calls where the customer gave one.
import type { Satisfaction } from '../enums';
import type { Call } from '../schema/calls';
import { share } from './stats';

/** How many answers of each kind. */
export type AnswerCounts = Record<Satisfaction, number>;

export interface Csat extends AnswerCounts {
  answered: number;
  share: number | undefined;
}

/** No answers yet: the counts a tally starts from. */
export function noAnswers(): AnswerCounts {
  return { satisfied: 0, neutral: 0, dissatisfied: 0 };
}

/** The answer a call counts with: a reached call's; an unreached call's typed-in answer counts for nothing. */
export function countedAnswer(call: Partial<Pick<Call, 'reached' | 'satisfaction'>>): Satisfaction | undefined {
  return call.reached === 'reached' ? call.satisfaction : undefined;
}

/** CSAT from answers already counted (a report counts every group in one pass). */
export function csatOfCounts(counts: AnswerCounts): Csat {
  const { satisfied, neutral, dissatisfied } = counts;
  const answered = satisfied + neutral + dissatisfied;
  return { satisfied, neutral, dissatisfied, answered, share: share(satisfied, answered) };
}

export function csat(calls: readonly Pick<Call, 'reached' | 'satisfaction'>[]): Csat {
  const counts = noAnswers();
  for (const call of calls) {
    const answer = countedAnswer(call);
    if (answer) counts[answer] += 1;
  }
  return csatOfCounts(counts);
}
