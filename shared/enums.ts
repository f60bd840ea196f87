// The fixed vocabularies of the domain, each value with its zh-CN and en label.

export interface EnumValue<K extends string = string> {
  key: K;
  zh: string;
  en: string;
  /** Other spellings people type, matched like the labels. */
  aliases?: readonly string[];
}

function values<const K extends string>(list: readonly EnumValue<K>[]): readonly EnumValue<K>[] {
  return list;
}

export const SATISFACTION = values([
  { key: 'satisfied', zh: '满意', en: 'satisfied' },
  { key: 'neutral', zh: '一般', en: 'neutral' },
  { key: 'dissatisfied', zh: '不满意', en: 'dissatisfied' },
]);
export type Satisfaction = (typeof SATISFACTION)[number]['key'];

export const REACHED = values([
  { key: 'reached', zh: '已接通', en: 'reached', aliases: ['接通'] },
  { key: 'no-answer', zh: '无人接听', en: 'no answer' },
  { key: 'call-back', zh: '稍后回电', en: 'call back later' },
  { key: 'wrong-number', zh: '号码错误', en: 'wrong number', aliases: ['空号'] },
]);
export type Reached = (typeof REACHED)[number]['key'];

export const CHANNEL = values([
  { key: 'phone', zh: '电话', en: 'phone' },
  { key: 'sms', zh: '短信', en: 'SMS' },
  { key: 'email', zh: '邮件', en: 'e-mail', aliases: ['email', '电子邮件'] },
  { key: 'wechat', zh: '微信', en: 'WeChat' },
  { key: 'letter', zh: '信函', en: 'letter' },
  { key: 'visit', zh: '到店', en: 'visit', aliases: ['当面'] },
  // 004 经营人员…上门拜访: the shop goes to the customer, unlike 到店 (the customer comes in).
  { key: 'staff-visit', zh: '上门', en: 'staff visit', aliases: ['上门拜访'] },
]);
export type Channel = (typeof CHANNEL)[number]['key'];

export const PURPOSE = values([
  { key: 'post-service', zh: '服务后回访', en: 'post-service' },
  { key: 'second-follow-up', zh: '二次回访', en: 'second follow-up' },
  { key: 'greeting', zh: '节日/纪念日问候', en: 'holiday/anniversary', aliases: ['节日问候', '生日问候'] },
  { key: 'renewal', zh: '续费/升级提醒', en: 'renewal/upgrade reminder', aliases: ['续费提醒'] },
  { key: 'event-notice', zh: '活动通知', en: 'event notice' },
  { key: 'complaint-follow-up', zh: '投诉回访', en: 'complaint follow-up' },
  { key: 'inbound', zh: '来电咨询', en: 'inbound enquiry', aliases: ['咨询'] },
]);
export type Purpose = (typeof PURPOSE)[number]['key'];

export const TIER = values([
  { key: 'vip', zh: 'VIP', en: 'VIP' },
  { key: 'core', zh: '核心', en: 'core' },
  { key: 'potential', zh: '潜力', en: 'potential' },
  { key: 'ordinary', zh: '普通', en: 'ordinary' },
]);
export type Tier = (typeof TIER)[number]['key'];

/** The closed loop of a complaint, in order (有投诉即时受理、迅速有结果、处理后有回访). */
export const COMPLAINT_STAGE = values([
  { key: 'accept', zh: '受理', en: 'accept' },
  { key: 'judge', zh: '判断', en: 'judge' },
  { key: 'investigate', zh: '调查', en: 'investigate' },
  { key: 'propose', zh: '方案', en: 'propose' },
  { key: 'implement', zh: '实施', en: 'implement' },
  { key: 'review', zh: '总结', en: 'review' },
]);
export type ComplaintStage = (typeof COMPLAINT_STAGE)[number]['key'];

export const TRAINING_TEST = values([
  { key: 'typing', zh: '打字测试', en: 'typing test' },
  { key: 'phone-manner', zh: '电话沟通测试', en: 'phone-manner test' },
  { key: 'basic', zh: '基础考试', en: 'basic exam' },
  { key: 'comprehensive-1', zh: '综合考试一', en: 'comprehensive exam 1' },
  { key: 'comprehensive-2', zh: '综合考试二', en: 'comprehensive exam 2' },
  { key: 'probation', zh: '转正考试', en: 'probation exam' },
  { key: 'probation-retake', zh: '转正补考', en: 'probation retake' },
]);
export type TrainingTest = (typeof TRAINING_TEST)[number]['key'];

export const TRAINING_DECISION = values([
  { key: 'confirm', zh: '转正', en: 'confirm' },
  { key: 'extend', zh: '延长试用', en: 'extend probation', aliases: ['extend'] },
  { key: 'leave', zh: '离职', en: 'leave' },
]);
export type TrainingDecision = (typeof TRAINING_DECISION)[number]['key'];

export const TRAINING_RESULT = values([
  { key: 'pass', zh: '合格', en: 'pass' },
  { key: 'fail', zh: '不合格', en: 'fail' },
]);
export type TrainingResultKey = (typeof TRAINING_RESULT)[number]['key'];

export const POINTS_KIND = values([
  { key: 'spend', zh: '消费积分', en: 'spend' },
  { key: 'referral', zh: '推荐积分', en: 'referral' },
  { key: 'redeem', zh: '兑换', en: 'redeem' },
  { key: 'adjust', zh: '调整', en: 'adjust' },
]);
export type PointsKind = (typeof POINTS_KIND)[number]['key'];

/** What each QA criterion is called; an audit row counts the conversations failing each. */
export const QA_CRITERION = values([
  { key: 'greeting', zh: '问候语', en: 'greeting' },
  { key: 'closing', zh: '结束语', en: 'closing' },
  { key: 'attitude', zh: '服务态度', en: 'attitude' },
  { key: 'wording', zh: '服务用语', en: 'service wording' },
  { key: 'knowledge', zh: '业务知识', en: 'product knowledge' },
  { key: 'response-time', zh: '响应时间', en: 'response time' },
  { key: 'handling', zh: '处理及时清晰', en: 'clear and timely handling' },
]);
export type QaCriterion = (typeof QA_CRITERION)[number]['key'];

/** A trainee's status at a date (rules/training-outcome), in the order pages list them; one set of labels for the site and the summary. */
export const TRAINING_STATUS = values([
  { key: 'in-training', zh: '培训中', en: 'in training' },
  { key: 'awaiting-confirmation', zh: '待转正', en: 'awaiting confirmation' },
  { key: 'confirmed', zh: '已转正', en: 'confirmed' },
  { key: 'extended', zh: '延长试用', en: 'probation extended' },
  { key: 'eliminated', zh: '已淘汰', en: 'eliminated' },
  { key: 'left', zh: '已离职', en: 'left' },
]);

/** A month's QA bonus band (002), one set of labels for the site, the sample README and the summary. */
export const BONUS_BAND = values([
  { key: 'full', zh: '全额奖金', en: 'full bonus' },
  { key: 'standard', zh: '标准奖金', en: 'standard bonus' },
  { key: 'minus-50', zh: '扣 50 元', en: 'minus 50' },
  { key: 'minus-100', zh: '扣 100 元', en: 'minus 100' },
  { key: 'none', zh: '无奖金', en: 'no bonus' },
]);
export type BonusBand = (typeof BONUS_BAND)[number]['key'];

export const BUSINESS_TYPE = values([
  { key: 'photo-studio', zh: '影楼', en: 'photo studio' },
  { key: 'car-service', zh: '汽车售后', en: 'car service' },
  { key: 'clinic', zh: '诊所', en: 'clinic' },
  { key: 'online-shop', zh: '网店', en: 'online shop' },
]);
export type BusinessType = (typeof BUSINESS_TYPE)[number]['key'];

function normalise(text: string): string {
  return text.trim().toLowerCase();
}

/** Finds the value whose key, zh or en label or alias matches, trimmed and case-insensitive. */
export function matchEnum<K extends string>(list: readonly EnumValue<K>[], text: string): K | undefined {
  const wanted = normalise(text);
  for (const value of list) {
    if (normalise(value.key) === wanted || normalise(value.zh) === wanted || normalise(value.en) === wanted) return value.key;
    if (value.aliases?.some((alias) => normalise(alias) === wanted)) return value.key;
  }
  return undefined;
}

export function enumLabel<K extends string>(list: readonly EnumValue<K>[], key: K, lang: 'zh' | 'en'): string {
  const value = list.find((v) => v.key === key);
  return value ? value[lang] : key;
}
