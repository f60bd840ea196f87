// One line per live column on what its formula computes, for docs/formulas.md and the self-test's table.
import type { Lang } from './ranges';

export const WHAT_IT_COMPUTES: Record<string, Record<Lang, string>> = {
  'customers.referrals': { zh: '把此客户填为介绍人的客户数。', en: 'How many customers name this one as their referrer.' },
  'customers.tier': { zh: '按设置中的消费、到店、介绍门槛（任一达到）定客户等级。', en: 'The tier whose spend, visit or referral threshold (any one) the customer reaches.' },
  'customers.nextServiceDate': { zh: '最近到店 + 服务周期（本行未填则用设置）。', en: 'Last visit + the service cycle (the row\'s own, else the Settings one).' },
  'customers.followUpDue': { zh: '回访窗口最后一天：售后首访（000）或服务后回访（001）。', en: 'The last day of the follow-up window: after-sales first call (000) or post-service call (001).' },
  'customers.followUpDoneAt': { zh: '（隐藏辅助列）窗口首日起第一次接通的回访（不论是否晚于今天）的日期；没有则空白。', en: '(Hidden helper) The day of the first reached follow-up call from the window\'s first day on (even after today); blank if none.' },
  'calls.completionIndex': { zh: '（隐藏辅助列）完成回访的通话排好序的索引：-(客户排名 × 100000 + 日期序号)，供二分查找。', en: '(Hidden helper) The completing calls as a sorted index, -(customer rank × 100000 + day number), for a binary search.' },
  'customers.followUpOverdue': { zh: '窗口已过且从窗口首日到今天没有接通的回访；拒绝联系者从不逾期。', en: 'The window has passed with no reached follow-up call from its first day to today; never for a refusal.' },
  'complaints.ageHours': { zh: '从受理到结案（未结案则到现在）的整小时数。', en: 'Whole hours from receipt to closing, or to now while open.' },
  'complaints.slaBreached': { zh: '首次响应超过设置的时限（恰好等于时限不算超时）。', en: 'First response later than the Settings limit (exactly the limit is met).' },
  'qaAudits.dayPoint': { zh: '该客服当天是否保住 1 分（当日不合格数或关键项）。', en: 'Whether the agent kept the day\'s point (unqualified count, critical criteria).' },
  'qaAudits.monthlyPoints': { zh: '当月积分：每月分数减去失分天数，最低 0。', en: 'Points this month: the monthly points minus lost days, never below 0.' },
  'qaAudits.bonusBand': { zh: '按当月积分定奖金档（002）。', en: 'The bonus band of the month\'s points (002).' },
  'training.result': { zh: '成绩达到及格分为合格。', en: 'Pass when the score reaches the pass mark.' },
};
