// A call's own dates against the day it was made: the service it follows up has happened, the dates it agrees are still ahead.
import { dateOf } from '../dates';
import type { Bilingual } from '../issue';
import type { Call } from '../schema/calls';

export type CallDateKey = 'serviceDate' | 'promisedAnswerDate' | 'nextContactDate';

export interface CallDateProblem {
  key: CallDateKey;
  code: 'service-date-after-call' | 'date-before-call';
  /** The date found and the call's day, yyyy-mm-dd. */
  date: string;
  callDay: string;
}

/** 001 "回访…针对一个服务环节": a follow-up is about a service already given; an agreed answer or next contact lies on or after the call's day. */
export function findCallDateProblems(call: Partial<Pick<Call, 'at' | CallDateKey>>): CallDateProblem[] {
  if (!call.at) return [];
  const callDay = dateOf(call.at);
  const problems: CallDateProblem[] = [];
  if (call.serviceDate && dateOf(call.serviceDate) > callDay) {
    problems.push({ key: 'serviceDate', code: 'service-date-after-call', date: dateOf(call.serviceDate), callDay });
  }
  for (const key of ['promisedAnswerDate', 'nextContactDate'] as const) {
    const date = call[key];
    if (date && dateOf(date) < callDay) problems.push({ key, code: 'date-before-call', date: dateOf(date), callDay });
  }
  return problems;
}

/** The problem in words; `name` is the column as the reader knows it (a header, or a form's label). */
export function describeCallDateProblem(p: CallDateProblem, name: Bilingual): Bilingual {
  if (p.code === 'service-date-after-call') {
    return { en: `${name.en} ${p.date} is after the call (${p.callDay}): a follow-up is about a service already given; enter the date the service took place`,
      zh: `${name.zh} ${p.date} 晚于回访日期 ${p.callDay}：回访针对已完成的服务，请填写实际服务的日期` };
  }
  return { en: `${name.en} ${p.date} is before the call (${p.callDay}): enter the day of the call or a later one`,
    zh: `${name.zh} ${p.date} 早于回访日期 ${p.callDay}：请填写回访当天或以后的日期` };
}
