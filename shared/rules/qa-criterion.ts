// What a QA criterion means in words: its label with the response-time limit, and the sheet column's help with its rubric weight.
import { QA_CRITERION, type QaCriterion } from '../enums';
import type { Settings } from '../settings';
import { CRITICAL_MARKS } from './qa-rubric';

/** The criterion's name; response time names its limit, 002 "响应顾客专业化,60秒响应" (qa.chatFirstReplySeconds). */
export function labelCriterion(criterion: QaCriterion, settings: Settings, lang: 'zh' | 'en'): string {
  const name = QA_CRITERION.find((c) => c.key === criterion)![lang];
  if (criterion !== 'response-time') return name;
  const seconds = settings.qa.chatFirstReplySeconds;
  return lang === 'zh' ? `${name}（首次回复超过 ${seconds} 秒）` : `${name} (first reply over ${seconds} s)`;
}

/** The help an audit sheet's criterion column shows: what it counts, its penalty and whether one failure costs the day. */
export function describeCriterion(criterion: QaCriterion, settings: Settings, lang: 'zh' | 'en'): string {
  const { penalty, critical } = settings.qa.rubric[criterion];
  const label = labelCriterion(criterion, settings, lang);
  if (lang === 'zh') {
    return `填写"${label}"不合格的会话数（整数），每条扣 ${penalty} 分。`
      + (critical ? `${CRITICAL_MARKS.zh}：有一条即当日失分。` : '');
  }
  return `Enter how many conversations failed "${label}" (a whole number); each costs ${penalty} penalty points.`
    + (critical ? ` ${CRITICAL_MARKS.en}: one failure loses the day's point.` : '');
}
