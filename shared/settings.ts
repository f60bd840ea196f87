// Every default number and list of the domain, as the Settings sheet (设置) holds them; code reads them from here.
import type { BusinessType, EnumValue, Tier, TrainingTest } from './enums';
import { CUSTOMERS } from './schema/customers';
import { formatQaRubric, type QaRubric } from './rules/qa-rubric';

export interface TierThreshold {
  /** Reached when any one of these is met. */
  spend: number;
  visits: number;
  referrals: number;
}

export interface Settings {
  businessType: BusinessType;
  tier: { vip: TierThreshold; core: TierThreshold; potential: TierThreshold };
  /** Fewest staff visits to the customer (上门拜访) a year each tier should get; 0 = no fixed minimum. */
  staffVisitsPerYear: Record<Tier, number>;
  followUp: {
    postServiceDays: number;
    firstAfterSalesMinDays: number;
    firstAfterSalesMaxDays: number;
    secondAfterFirstMinDays: number;
    secondAfterFirstMaxDays: number;
    memberCoverageTarget: number;
    escalateAfterDays: number;
    /** 001 "避免在客户休息时打扰客户": outbound calls avoid these times of day. */
    quietHours: TimeRange[];
    /** Stages whose service gets the after-sales first call (3–7 days) instead of the post-service call. */
    afterSalesStages: EnumValue[];
    /** Stages whose reached first call opens a second follow-up window. */
    secondAfterStages: EnumValue[];
    /** The sidebar folds overdue calls missed more than this many days ago (past the longest window, 000's second call). */
    foldOverdueAfterDays: number;
  };
  complaint: { firstResponseHours: number };
  qa: {
    samplesPerDay: number;
    unqualifiedLimit: number;
    pointsPerMonth: number;
    fullBonusPoints: number;
    minus50Below: number;
    minus100Below: number;
    /** 002 "12分以下本月奖金没有": 以下 includes 12, so this many points or fewer means no bonus. */
    noBonusAtOrBelow: number;
    chatFirstReplySeconds: number;
    rubric: QaRubric;
  };
  /** Day of the plan each test falls on; the retake's day follows from the probation exam's. */
  training: {
    passMark: number; retakeAfterDays: number; planDays: number; testDay: Record<Exclude<TrainingTest, 'probation-retake'>, number>;
    /** 000 "通過者可次日轉正": days from a passed probation exam to confirmation. */
    confirmAfterDays: number;
    /** 000 "合格者試用期1個月后轉正": calendar months of probation after a passed retake. */
    probationMonths: number;
  };
  archive: {
    buildWithinDays: number;
    completenessTarget: number;
    /** Customer columns (keys) that must all be filled for a customer to count as complete. */
    keyFields: string[];
    /** Lapsed (流失) once the last visit is older than the service cycle times this. */
    lapsedAfterCycles: number;
  };
  points: { perYuan: number; perReferral: number };
  report: {
    minGroupSize: number;
    /** An agent whose published satisfaction is below this share is listed under 需要跟进 / Needs attention. */
    attentionCsatBelow: number;
    /** An open complaint older than this many days is marked overdue under Needs attention. */
    overdueComplaintDays: number;
    /** Shown on every page and the printed footer; empty leaves it out. */
    shopName: string;
  };
  lists: {
    sources: EnumValue[];
    stages: EnumValue[];
    complaintCategories: EnumValue[];
    departments: EnumValue[];
  };
  serviceCycleDays: number;
}

/** A time of day from `from` (inclusive) to `to` (exclusive), "HH:MM"; `to` before `from` runs past midnight. */
export interface TimeRange {
  from: string;
  to: string;
}

/** stage-list: a list that may be empty, written 无 / none. */
export type SettingKind = 'integer' | 'number' | 'percent' | 'list' | 'stage-list' | 'business-type' | 'time-ranges' | 'customer-columns' | 'qa-rubric' | 'text';

export interface SettingDescriptor {
  /** Dotted path into Settings; also the Settings sheet's key and, upper-cased, the named range. */
  key: string;
  zh: string;
  en: string;
  kind: SettingKind;
  /** Former keys still read as this setting, so an older Settings sheet keeps working. */
  aliases?: readonly string[];
}

/** A list item written "zh / en" (either half may be alone); its key is the en label, else the zh. */
export function listItem(text: string): EnumValue {
  const [first = '', second] = text.split('/').map((part) => part.trim());
  const zh = first;
  const en = second ?? first;
  return { key: (second ?? first).toLowerCase().replace(/\s+/g, '-'), zh, en };
}

function list(...items: string[]): EnumValue[] {
  return items.map(listItem);
}

export interface BusinessPreset {
  stages: EnumValue[];
  complaintCategories: EnumValue[];
  serviceCycleDays: number;
  /** Stages whose service is followed up as after-sales (000: 接车出厂…后三天至一周内); empty for none. */
  afterSalesStages: EnumValue[];
  /** Stages whose reached first call opens the second follow-up (000: 第一次跟蹤服務的一周後的7天以內). */
  secondAfterStages: EnumValue[];
}

export const BUSINESS_PRESETS: Record<BusinessType, BusinessPreset> = {
  'photo-studio': {
    stages: list('订单 / order', '礼服挑选 / dress selection', '拍摄 / shoot', '选片 / photo selection', '取件 / pickup'),
    complaintCategories: list('拍摄质量 / photo quality', '服务态度 / service attitude', '交付延期 / late delivery',
      '价格收费 / pricing', '礼服化妆 / dress and make-up', '其他 / other'),
    serviceCycleDays: 365,
    afterSalesStages: [],
    secondAfterStages: list('取件 / pickup'),
  },
  'car-service': {
    stages: list('预约 / booked', '进厂 / in workshop', '交车 / handed over'),
    complaintCategories: list('维修质量 / repair quality', '服务态度 / service attitude', '等待时间 / waiting time',
      '价格收费 / pricing', '配件 / parts', '其他 / other'),
    serviceCycleDays: 180,
    afterSalesStages: list('交车 / handed over'),
    secondAfterStages: list('交车 / handed over'),
  },
  clinic: {
    stages: list('预约 / booked', '就诊 / consultation', '治疗 / treatment', '复诊 / review'),
    complaintCategories: list('治疗效果 / treatment outcome', '服务态度 / service attitude', '等待时间 / waiting time',
      '价格收费 / pricing', '环境卫生 / hygiene', '其他 / other'),
    serviceCycleDays: 180,
    afterSalesStages: [],
    secondAfterStages: list('治疗 / treatment'),
  },
  'online-shop': {
    stages: list('下单 / ordered', '发货 / shipped', '签收 / delivered', '售后 / after-sales'),
    complaintCategories: list('商品质量 / product quality', '物流 / delivery', '服务态度 / service attitude',
      '退换货 / returns', '价格收费 / pricing', '其他 / other'),
    serviceCycleDays: 90,
    afterSalesStages: [],
    secondAfterStages: list('签收 / delivered'),
  },
};

export function defaultSettings(businessType: BusinessType = 'photo-studio'): Settings {
  const preset = BUSINESS_PRESETS[businessType];
  return {
    businessType,
    tier: {
      vip: { spend: 20000, visits: 8, referrals: 5 },
      core: { spend: 12000, visits: 6, referrals: 3 },
      potential: { spend: 8000, visits: 5, referrals: 1 },
    },
    // 004: VIP and core "每年不少于4次", ordinary "不得低于2次", potential "根据项目具体跟进情况" (case by case).
    staffVisitsPerYear: { vip: 4, core: 4, potential: 0, ordinary: 2 },
    followUp: {
      postServiceDays: 3,
      firstAfterSalesMinDays: 3,
      firstAfterSalesMaxDays: 7,
      secondAfterFirstMinDays: 7,
      secondAfterFirstMaxDays: 14,
      memberCoverageTarget: 1,
      escalateAfterDays: 2,
      quietHours: [{ from: '12:00', to: '14:00' }, { from: '20:00', to: '08:00' }],
      afterSalesStages: preset.afterSalesStages,
      secondAfterStages: preset.secondAfterStages,
      foldOverdueAfterDays: 14,
    },
    complaint: { firstResponseHours: 24 },
    qa: {
      samplesPerDay: 20,
      unqualifiedLimit: 4,
      pointsPerMonth: 26,
      fullBonusPoints: 26,
      minus50Below: 20,
      minus100Below: 15,
      noBonusAtOrBelow: 12,
      chatFirstReplySeconds: 60,
      // Weights: the low end of 000's 扣分 ranges where a criterion matches (see docs/rules.md); none critical, as 002.
      rubric: {
        greeting: { penalty: 5, critical: false },
        closing: { penalty: 5, critical: false },
        attitude: { penalty: 10, critical: false },
        wording: { penalty: 5, critical: false },
        knowledge: { penalty: 10, critical: false },
        'response-time': { penalty: 5, critical: false },
        handling: { penalty: 5, critical: false },
      },
    },
    training: {
      passMark: 80,
      retakeAfterDays: 2,
      planDays: 23,
      testDay: {
        typing: 1, 'phone-manner': 1, basic: 3, 'comprehensive-1': 8, 'comprehensive-2': 18, probation: 22,
      },
      confirmAfterDays: 1,
      probationMonths: 1,
    },
    archive: { buildWithinDays: 2, completenessTarget: 0.85, keyFields: ['organisation', 'address', 'phone'], lapsedAfterCycles: 1.5 },
    points: { perYuan: 1, perReferral: 100 },
    report: { minGroupSize: 5, attentionCsatBelow: 0.8, overdueComplaintDays: 7, shopName: '' },
    lists: {
      sources: list('到店 / walk-in', '转介绍 / referral', '网络 / online', '电话 / phone', '活动 / event', '其他 / other'),
      stages: preset.stages,
      complaintCategories: preset.complaintCategories,
      departments: list('客服部 / customer service', '摄影部 / photography', '后期部 / post-production', '门店 / front desk'),
    },
    serviceCycleDays: preset.serviceCycleDays,
  };
}

const d = (key: string, zh: string, en: string, kind: SettingKind, aliases?: readonly string[]): SettingDescriptor =>
  (aliases ? { key, zh, en, kind, aliases } : { key, zh, en, kind });

/** Every row of the Settings sheet, in the order the sheet shows them. */
export const SETTING_DESCRIPTORS: readonly SettingDescriptor[] = [
  d('businessType', '行业类型', 'Business type', 'business-type'),
  d('serviceCycleDays', '默认服务周期(天)', 'Default service cycle (days)', 'integer'),
  d('tier.vip.spend', 'VIP：本年消费≥', 'VIP: spend this year ≥', 'number'),
  d('tier.vip.visits', 'VIP：本年到店≥', 'VIP: visits this year ≥', 'integer'),
  d('tier.vip.referrals', 'VIP：介绍客户≥', 'VIP: referrals ≥', 'integer'),
  d('tier.core.spend', '核心：本年消费≥', 'Core: spend this year ≥', 'number'),
  d('tier.core.visits', '核心：本年到店≥', 'Core: visits this year ≥', 'integer'),
  d('tier.core.referrals', '核心：介绍客户≥', 'Core: referrals ≥', 'integer'),
  d('tier.potential.spend', '潜力：本年消费≥', 'Potential: spend this year ≥', 'number'),
  d('tier.potential.visits', '潜力：本年到店≥', 'Potential: visits this year ≥', 'integer'),
  d('tier.potential.referrals', '潜力：介绍客户≥', 'Potential: referrals ≥', 'integer'),
  d('staffVisitsPerYear.vip', 'VIP 每年最少上门拜访次数', 'VIP: minimum staff visits a year', 'integer'),
  d('staffVisitsPerYear.core', '核心 每年最少上门拜访次数', 'Core: minimum staff visits a year', 'integer'),
  d('staffVisitsPerYear.potential', '潜力 每年最少上门拜访次数(0=不设下限)', 'Potential: minimum staff visits a year (0 = none)', 'integer'),
  d('staffVisitsPerYear.ordinary', '普通 每年最少上门拜访次数', 'Ordinary: minimum staff visits a year', 'integer'),
  d('followUp.postServiceDays', '服务后回访期限(天)', 'Post-service follow-up within (days)', 'integer'),
  d('followUp.firstAfterSalesMinDays', '售后首次回访最早(天)', 'First after-sales call: earliest (days)', 'integer'),
  d('followUp.firstAfterSalesMaxDays', '售后首次回访最晚(天)', 'First after-sales call: latest (days)', 'integer'),
  d('followUp.secondAfterFirstMinDays', '二次回访最早(首次后天数)', 'Second call: earliest after the first (days)', 'integer'),
  d('followUp.secondAfterFirstMaxDays', '二次回访最晚(首次后天数)', 'Second call: latest after the first (days)', 'integer'),
  d('followUp.memberCoverageTarget', '会员回访覆盖率目标', 'Member follow-up coverage target', 'percent'),
  d('followUp.escalateAfterDays', '未解决问题上报主管(天)', 'Unresolved question to supervisor after (days)', 'integer'),
  d('followUp.quietHours', '客户休息时间(不外呼)', 'Quiet hours (no outbound calls)', 'time-ranges'),
  d('followUp.afterSalesStages', '按售后首次回访的服务阶段', 'Stages with an after-sales first call', 'stage-list'),
  d('followUp.secondAfterStages', '首次回访后需二次回访的服务阶段', 'Stages whose first call opens a second follow-up', 'stage-list'),
  d('followUp.foldOverdueAfterDays', '逾期超过此天数的回访折叠(天)', 'Fold overdue calls missed more than (days)', 'integer'),
  d('complaint.firstResponseHours', '投诉首次响应时限(小时)', 'Complaint first response within (hours)', 'integer'),
  d('qa.samplesPerDay', '每日抽检数', 'Conversations sampled a day', 'integer'),
  d('qa.unqualifiedLimit', '当日不合格达此数扣分', 'Unqualified a day that loses the point', 'integer'),
  d('qa.pointsPerMonth', '每月积分', 'Points a month', 'integer'),
  d('qa.fullBonusPoints', '全额奖金积分', 'Points for the full bonus', 'integer'),
  d('qa.minus50Below', '低于此分扣50元', 'Below this: bonus minus 50', 'integer'),
  d('qa.minus100Below', '低于此分扣100元', 'Below this: bonus minus 100', 'integer'),
  d('qa.noBonusAtOrBelow', '此分及以下无奖金', 'At or below this: no bonus', 'integer', ['qa.noBonusBelow']),
  d('qa.chatFirstReplySeconds', '在线首次回复时限(秒)', 'Chat first reply within (seconds)', 'integer'),
  d('qa.rubric', '质检项目扣分(一票否决)', 'QA criteria: penalty points (critical)', 'qa-rubric'),
  d('training.passMark', '及格分', 'Pass mark', 'integer'),
  d('training.retakeAfterDays', '补考间隔(天)', 'Retake after (days)', 'integer'),
  d('training.planDays', '培训周期(天)', 'Training plan (days)', 'integer'),
  d('training.testDay.typing', '打字测试(第几天)', 'Typing test (day)', 'integer'),
  d('training.testDay.phone-manner', '电话沟通测试(第几天)', 'Phone-manner test (day)', 'integer'),
  d('training.testDay.basic', '基础考试(第几天)', 'Basic exam (day)', 'integer'),
  d('training.testDay.comprehensive-1', '综合考试一(第几天)', 'Comprehensive exam 1 (day)', 'integer'),
  d('training.testDay.comprehensive-2', '综合考试二(第几天)', 'Comprehensive exam 2 (day)', 'integer'),
  d('training.testDay.probation', '转正考试(第几天)', 'Probation exam (day)', 'integer'),
  d('training.confirmAfterDays', '转正考试通过后几天转正', 'Confirmed days after passing the probation exam', 'integer'),
  d('training.probationMonths', '补考通过后试用期(月)', 'Probation after a passed retake (months)', 'integer'),
  d('archive.buildWithinDays', '建档期限(天)', 'Archive built within (days)', 'integer'),
  d('archive.completenessTarget', '档案完整率目标', 'Archive completeness target', 'percent'),
  d('archive.keyFields', '档案关键字段(均填写才算完整)', 'Archive key fields (all filled = complete)', 'customer-columns'),
  d('archive.lapsedAfterCycles', '超过服务周期几倍未到店算流失', 'Lapsed after this many service cycles without a visit', 'number'),
  d('points.perYuan', '每元消费积分', 'Points per yuan spent', 'number'),
  d('points.perReferral', '每介绍一位客户积分', 'Points per referred customer', 'integer'),
  d('report.minGroupSize', '报告最少样本数', 'Fewest responses a report shows', 'integer'),
  d('report.attentionCsatBelow', '满意率低于此值需跟进', 'Needs attention: satisfaction below', 'percent'),
  d('report.overdueComplaintDays', '未结投诉超过几天标为逾期', 'Needs attention: open complaint overdue after (days)', 'integer'),
  d('report.shopName', '店铺名称', 'Shop name on the report', 'text'),
  d('lists.sources', '客户来源', 'Customer sources', 'list'),
  d('lists.stages', '服务阶段', 'Service stages', 'list'),
  d('lists.complaintCategories', '投诉类别', 'Complaint categories', 'list'),
  d('lists.departments', '责任部门', 'Departments', 'list'),
];

/** The value at a dotted key, e.g. getSetting(s, 'qa.samplesPerDay') → 20. */
export function getSetting(settings: Settings, key: string): unknown {
  let node: unknown = settings;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node;
}

/** A copy of settings with one dotted key replaced. */
export function withSetting(settings: Settings, key: string, value: unknown): Settings {
  return withSettings(settings, [{ key, value }]);
}

/** A copy of settings with each dotted key replaced in turn: one copy however many (a Settings sheet sets dozens). */
export function withSettings(settings: Settings, values: readonly { key: string; value: unknown }[]): Settings {
  // The copy is walked by its dotted path as plain JSON, and is still Settings (values of the same shape replaced).
  const copy: Settings & Record<string, unknown> = JSON.parse(JSON.stringify(settings));
  for (const { key, value } of values) {
    const parts = key.split('.');
    let node: Record<string, unknown> = copy;
    for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return copy;
}

/** How a stage list with no stage is written; read-settings reads it (or 无, none, -) back as empty. */
export const NO_ITEMS = '无 / none';

/** List items are separated by newlines, semicolons or 、 in a Settings cell. */
export const LIST_SEPARATOR = /\s*(?:\r?\n|;|；|、)\s*/;

export function formatSettingValue(descriptor: SettingDescriptor, value: unknown, lang: 'zh' | 'en' = 'zh'): string {
  switch (descriptor.kind) {
    case 'stage-list':
      if ((value as EnumValue[]).length === 0) return NO_ITEMS;
      return formatSettingValue({ ...descriptor, kind: 'list' }, value);
    case 'qa-rubric':
      return formatQaRubric(value as QaRubric, lang);
    case 'list':
      return (value as EnumValue[]).map((item) => (item.zh === item.en ? item.zh : `${item.zh} / ${item.en}`)).join('; ');
    case 'percent':
      return `${Math.round((value as number) * 1000) / 10}%`;
    case 'time-ranges':
      return (value as TimeRange[]).map((range) => `${range.from}-${range.to}`).join('; ');
    case 'customer-columns':
      return (value as string[]).map((key) => {
        const column = CUSTOMERS.columns.find((c) => c.key === key);
        return column ? `${column.zh} / ${column.en}` : key;
      }).join('; ');
    default:
      return String(value);
  }
}

