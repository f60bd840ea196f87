// 满意度 — CSAT: satisfied ÷ all answers, over reached calls where the customer gave one.
import type { Call } from '../schema/calls';
import { share } from './stats';

export interface Csat {
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  answered: number;
  share: number | undefined;
}

export function csat(calls: readonly Pick<Call, 'reached' | 'satisfaction'>[]): Csat {
  const counts = { satisfied: 0, neutral: 0, dissatisfied: 0 };
  for (const call of calls) {
    if (call.reached === 'reached' && call.satisfaction) counts[call.satisfaction] += 1;
  }
  const answered = counts.satisfied + counts.neutral + counts.dissatisfied;
  return { ...counts, answered, share: share(counts.satisfied, answered) };
}
