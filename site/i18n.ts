// Every label of the site in zh-CN and en, with the Intl formatting of numbers, shares and months for each language.
import { BONUS_BAND, enumLabel, type BonusBand, type EnumValue } from '../shared/enums';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The locale Intl formats with, and the one `<html lang>` declares. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export type PageKey = 'overview' | 'satisfaction' | 'follow-ups' | 'complaints' | 'quality' | 'training' | 'archive' | 'reports' | 'stores';
export const TOPICS = ['satisfaction', 'follow-ups', 'complaints', 'quality', 'training', 'archive'] as const;
export type Topic = (typeof TOPICS)[number];

export function formatNumber(n: number, lang: Lang, maxDigits = 1): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDigits }).format(n);
}

/** A share 0…1 as "86.5%". */
export function formatShare(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1, 1));
}

/** "2026年10月" / "October 2026". */
export function formatMonth(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(monthDate(month));
}

/** "2026年10月" / "Oct 2026", for chart axes. */
export function formatMonthShort(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(monthDate(month));
}

/** "10月" / "Oct", for "against last month" phrases. */
export function formatMonthName(month: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'short', timeZone: 'UTC' }).format(monthDate(month));
}

/** A label from a shared enum or a Settings list; an unknown key shows as itself. */
export function labelOf(list: readonly EnumValue[], key: string, lang: Lang): string {
  return enumLabel(list, key, lang);
}


const OUTCOMES = {
  zh: { 'in-training': '培训中', eliminated: '已淘汰', 'awaiting-confirmation': '待转正', confirmed: '已转正', extended: '延长试用', left: '已离职' },
  en: { 'in-training': 'in training', eliminated: 'eliminated', 'awaiting-confirmation': 'awaiting confirmation', confirmed: 'confirmed', extended: 'probation extended', left: 'left' },
} as const;

/** Issue codes of the shared checks, as the phrase "N rows with …" ends. */
const ISSUE_WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    'bad-date': '日期无效', 'bad-date-time': '日期时间无效', 'bad-phone': '电话号码无效', 'phone-damaged': '电话号码被表格软件改坏',
    'bad-integer': '整数无效', 'bad-money': '金额无效', 'bad-boolean': '是/否无效', 'bad-id': '编号无效', 'not-in-list': '不在可选列表中',
    'below-min': '数值低于下限', 'above-max': '数值高于上限', 'formula-text': '单元格是公式文本', required: '必填项为空',
    'ragged-row': '列数不对', 'bad-quotes': '引号不配对', 'duplicate-id': '编号重复', 'duplicate-phone': '电话重复', 'duplicate-value': '取值重复', 'bad-month': '月份格式不对',
    'unknown-reference': '引用的编号不存在', 'tier-mismatch': '客户等级与规则不符', 'referrals-mismatch': '介绍客户数不符',
    'points-mismatch': '积分与流水不符', 'points-negative': '积分余额为负', 'satisfaction-unreached': '未接通却有满意度',
    'time-order': '时间先后颠倒', 'stage-time-missing': '缺少阶段时间', 'qa-over-sampled': '不合格数多于抽检数',
    'qa-criterion-over': '单项不合格数多于不合格数', 'qa-figure-mismatch': '质检得分或奖金档与规则不符', 'retake-same-paper': '补考用了同一试卷', 'retake-wrong-day': '补考日期不对', 'archive-late': '建档超过期限', 'unknown-setting': '未知设置项', 'bad-setting': '设置值无效',
    'bad-utf8': '含有无法识别的字节（不是 UTF-8）', 'hidden-character': '名称含有不可见的方向或零宽字符', 'too-long': '文字过长',
  },
  en: {
    'bad-date': 'a date that is not valid', 'bad-date-time': 'a date and time that is not valid', 'bad-phone': 'a phone number that is not valid',
    'phone-damaged': 'a phone number damaged by the spreadsheet', 'bad-integer': 'a whole number that is not valid', 'bad-money': 'an amount that is not valid',
    'bad-boolean': 'a yes/no that is not valid', 'bad-id': 'an id that is not valid', 'not-in-list': 'a value not in its list',
    'below-min': 'a number below its minimum', 'above-max': 'a number above its maximum', 'formula-text': 'formula text in a cell',
    required: 'a required cell left empty', 'ragged-row': 'the wrong number of cells', 'bad-quotes': 'unbalanced quotes',
    'duplicate-id': 'a repeated id', 'duplicate-phone': 'a repeated phone number', 'duplicate-value': 'a repeated value', 'bad-month': 'a month not written YYYY-MM',
    'unknown-reference': 'a reference to an id that does not exist', 'tier-mismatch': 'a tier that does not follow the rules',
    'referrals-mismatch': 'a referral count that does not add up', 'points-mismatch': 'points that do not match the ledger',
    'points-negative': 'a negative points balance', 'satisfaction-unreached': 'a satisfaction answer on an unreached call',
    'time-order': 'times out of order', 'stage-time-missing': 'a stage time missing', 'qa-over-sampled': 'more unqualified than sampled',
    'qa-criterion-over': 'a criterion count above the unqualified count', 'qa-figure-mismatch': 'QA points or band disagreeing with the rules', 'retake-same-paper': 'a retake on the same paper', 'retake-wrong-day': 'a retake on the wrong day', 'archive-late': 'an archive made too late',
    'unknown-setting': 'an unknown setting', 'bad-setting': 'a setting value that is not valid',
    'bad-utf8': 'bytes that are not UTF-8', 'hidden-character': 'a name holding an invisible direction or zero-width character', 'too-long': 'text that is too long',
  },
};

const zh = {
  siteName: '客服月报',
  tagline: '客户服务月度总结',
  nav: { overview: '概览', satisfaction: '满意度', 'follow-ups': '回访', complaints: '投诉', quality: '质检', training: '新人培训', archive: '客户档案', reports: '月度报告', stores: '门店' } satisfies Record<PageKey, string>,
  navLabel: '主导航',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  skipToContent: '跳到正文',
  tooFew: '样本太少',
  tooFewNote: (min: number) => `少于 ${min} 个样本的比例、中位数和平均数不公开（件数、人数照常显示），显示为“样本太少”。`,
  noData: '本月没有数据。',
  noMonths: '数据中没有任何月份，无法生成报告。',
  dataTable: '数据表',
  month: '月份',
  agent: '客服',
  unassigned: '未分配',
  printReport: '打印本月报告',
  builtFrom: (rows: string, months: number) => `根据 ${rows} 行记录、${months} 个月的数据生成；只显示汇总数字。`,
  generatedOn: (date: string) => `生成于 ${date}`,
  notFound: '找不到这个页面', notFoundText: '地址可能写错了，或这个月份、批次已不在报告中。', toOverview: '回到概览',
  leftOut: (rows: number, parts: string[]) => `有 ${rows} 行数据有问题，已略去：${parts.join('；')}。`,
  leftOutPart: (words: string, rows: number) => `${words} ${rows} 行`,
  issueWords: (code: string) => ISSUE_WORDS.zh[code] ?? code,
  band: (band: BonusBand): string => enumLabel(BONUS_BAND, band, 'zh'),
  outcome: (o: keyof (typeof OUTCOMES)['zh']): string => OUTCOMES.zh[o],
  // headline
  overviewTitle: (month: string) => `${month}概览`,
  againstLastMonth: (month: string) => `与${month}相比`,
  noPrevious: '上月无数据',
  previousNone: '上月无样本', previousTooFew: '上月样本太少', noComparison: '无法比较', newCohort: '新批次',
  noCases: '无样本',
  up: '上升', down: '下降', same: '持平',
  pp: '个百分点',
  deltaPoints: (arrow: string, n: string) => `${arrow} ${n} 个百分点`,
  deltaCount: (arrow: string, n: string) => `${arrow} ${n}`,
  deltaSpoken: (word: string, month: string) => `比${month}${word}`,
  headline: {
    csat: '满意率', responses: (n: string) => `${n} 份回答`,
    coverage: '会员回访覆盖率', members: (n: string) => `${n} 位会员`,
    timely: (days: number) => `回访及时率（${days} 天内）`, measured: (n: string) => `${n} 次服务后回访`,
    received: '投诉受理', closed: '投诉结案', closedCount: (n: string) => `本月结案 ${n} 件`,
    sla: (hours: number) => `首次响应达标率（${hours} 小时内）`, slaOf: (n: string) => `${n} 件已判定`,
    fullBand: '全额奖金客服', agentsOf: (n: string) => `共 ${n} 位客服`,
    latestCohort: '最新批次已转正', cohortOf: (cohort: string, n: string) => `${cohort} 批，共 ${n} 位学员`, noCohort: '尚无培训批次',
    completeness: '档案完整率', target: (t: string) => `目标 ${t}`,
  },
  qaTableCaption: (month: string) => `${month}各客服质检积分`,
  points: '积分（分）', bandLabel: '奖金档', change: '变化',
  // units and axes
  unit: { percent: '%', count: '次', people: '人', hours: '小时', points: '分', complaints: '件', customers: '位' },
  axis: {
    csat: '满意率（%）', responses: '回答数（次）', answers: '回答数（次）', rating: '满意度',
    stage: '服务阶段', tier: '客户等级', share: '比例（%）', calls: '回访（次）',
    complaints: '投诉（件）', cumulative: '累计占比（%）', category: '投诉类别', funnelStage: '处理阶段',
    points: '积分（分）', criterion: '质检项目', conversations: '不合格会话（次）', test: '考核项目', score: '成绩（分）',
    passRate: '通过率（%）', field: '档案字段', completeness: '完整率（%）', customers: '客户（位）',
  },
  series: {
    csat: '满意率（%）', answered: '回答数（次）', count: '回答数（次）', coverage: '会员回访覆盖率（%）', timely: (days: number) => `回访及时率（${days} 天内，%）`,
    calls: '回访（次）', reached: '接通（次）', complaints: '投诉（件）', cumulative: '累计占比（%）',
    received: '受理（件）', closed: '结案（件）', slaMet: (hours: number) => `首次响应达标率（${hours} 小时内，%）`, reachedStage: '到达此阶段（件）',
    points: '积分（分）', unqualified: '不合格会话（次）', passMark: (n: number) => `及格线（${n} 分）`, score: (name: string) => `${name}（分）`,
    passRate: (cohort: string) => `${cohort} 批（%）`, passRateAll: '全部批次（%）', completeness: '完整率（%）', target: '目标（%）', customers: '客户（位）',
  },
  // sections
  satisfaction: {
    title: '满意度',
    intro: '满意率 = 满意 ÷（满意 + 一般 + 不满意），只计接通且有回答的回访。',
    trend: '各月满意率', responsesTrend: '各月回答数', responsesSummary: (month: string, n: string) => `${month}共 ${n} 份满意度回答。`, distribution: '满意度分布', byAgent: '各客服满意率', byStage: '各服务阶段满意率', byTier: '各客户等级满意率',
    trendSummary: (month: string, v: string, n: string) => `${month}满意率为 ${v}（${n} 份回答）。`,
    trendSummarySuppressed: (month: string) => `${month}回答太少，满意率不公开。`,
    distributionSummary: (s: string, ne: string, d: string) => `满意 ${s} 份，一般 ${ne} 份，不满意 ${d} 份。`,
    bestWorst: (best: string, bv: string, worst: string, wv: string) => `最高的是${best}（${bv}），最低的是${worst}（${wv}）。`,
    onlyOne: (name: string, v: string) => `只有${name}的回答足够多：${v}。`,
    noneShown: '各组回答都太少，均不公开。',
    tooFewGroups: (names: string[]) => `样本太少、不予公布：${names.join('、')}。`,
  },
  followUps: {
    title: '回访',
    intro: (days: number, target: string, secondFrom: number, secondTo: number, escalate: number) =>
      `会员回访覆盖率目标为 ${target}；服务后回访应在 ${days} 天内完成；二次回访在首次回访后第 ${secondFrom}–${secondTo} 天；承诺的答复 ${escalate} 天内未解决即上报主管。只有接通的回访才算完成。`,
    afterSalesIntro: (stages: string, from: number, to: number) => `${stages}后的售后首次回访在第 ${from}–${to} 天。`,
    trend: '各月会员回访覆盖率与回访及时率', byAgent: '各客服回访量', timelyByAgent: (days: number) => `各客服回访及时率（${days} 天内）`, timelyByAgentSummary: (all: string, days: number) => `全体客服 ${days} 天内回访及时率 ${all}；样本太少的客服不显示。`, missed: '本月未按时回访的客户（按专属客服）',
    trendSummary: (month: string, c: string, t: string, days: number) => `${month}会员覆盖率 ${c}，${days} 天内回访率 ${t}。`,
    byAgentSummary: (calls: string, reached: string) => `本月共回访 ${calls} 次，接通 ${reached} 次。`,
    missedSummary: (n: string, second: string) => `本月到期的回访中，有 ${n} 位客户未按时完成（其中二次回访 ${second} 位）。只显示人数。`,
    kept: (due: string, onTime: string) => `到期 ${due} 次，按时 ${onTime} 次`,
    afterSales: (from: number, to: number) => `售后首次回访（第 ${from}–${to} 天）`,
    secondMissed: '二次回访未按时', secondDue: '月底待二次回访', escalated: '上报主管的承诺答复',
    customers: (n: string) => `${n} 位`, items: (n: string) => `${n} 件`,
    missedSeries: '未按时回访（位）', missedAxis: '客户（位）',
  },
  complaints: {
    title: '投诉',
    intro: '投诉闭环：受理 → 判断 → 调查 → 方案 → 实施 → 总结，结案后须回访。',
    pareto: '投诉类别（帕累托图）', trend: '各月投诉受理与结案', slaTrend: '各月首次响应达标率', slaTrendSummary: (month: string, sla: string) => `${month}首次响应达标率 ${sla}。`,
    paretoTooFew: (n: string, min: number) => `本月只受理 ${n} 件投诉，少于 ${min} 件，看不出哪一类最多，因此不画帕累托图。`, funnel: '本月投诉处理阶段',
    paretoSummary: (top: string, n: string, share: string) => `最多的类别是${top}（${n} 件，占 ${share}）。`,
    paretoNone: '本月没有受理投诉。',
    trendSummary: (month: string, r: string, c: string, sla: string) => `${month}受理 ${r} 件，结案 ${c} 件，首次响应达标率 ${sla}。`,
    funnelSummary: (n: string, done: string) => `本月受理的 ${n} 件投诉中，${done} 件已到“总结”阶段。`,
    median: '结案中位时长', medianValue: (h: string) => `${h} 小时`, noneClosed: '本月没有结案的投诉',
    medianOf: (n: string) => `本月结案的 ${n} 件（不论何时受理）`, pending: (n: string, hours: number) => `另有 ${n} 件月底尚未到 ${hours} 小时时限`,
    followUp: '结案后已回访', valid: '有效投诉', open: '月底未结投诉',
    openByAge: (a: string, b: string, c: string, d: string) => `不到 1 天 ${a} 件，1–3 天 ${b} 件，3–7 天 ${c} 件，超过 7 天 ${d} 件`,
  },
  quality: {
    title: '质检',
    intro: (per: number, limit: number, points: number) => `每位客服每个工作日抽检 ${per} 个会话；当天不合格达 ${limit} 个即失去当天 1 分；每月满分 ${points} 分。`,
    points: '各客服本月积分与奖金档', criteria: '不合格项目分布', grid: '每日得分',
    pointsSummary: (full: string, total: string, low: string) => `${total} 位客服中 ${full} 位拿到全额奖金${low}。`,
    lowest: (name: string, p: string, band: string) => `；最低为${name}，${p} 分（${band}）`,
    criteriaSummary: (top: string, n: string) => `最常见的不合格项目是${top}（${n} 次）。`,
    criteriaNone: '本月没有不合格会话。',
    gridCaption: (month: string) => `${month}每日质检得分`,
    gridLegend: '✓ 得分　✗ 失分（当天不合格过多或有一票否决项）　· 未抽检',
    kept: '得分', lost: '失分', notAudited: '未抽检', day: '日期',
    lostDays: '失分天数', shortDays: '抽检不足天数',
    penaltyPoints: '扣分（按质检项目）', criticalDays: '一票否决失分天数', critical: '一票否决',
    criticalIntro: (names: string[]) => `一票否决项目：${names.join('、')}，当天有一条不合格即失去当天 1 分。`,
  },
  training: {
    title: '新人培训',
    intro: (mark: number, retake: number) => `及格分 ${mark} 分；转正考试不及格者 ${retake} 天后用另一份试卷补考。`,
    scores: (cohort: string) => `${cohort} 批学员各项成绩`, passRate: '各考核项目通过率（按批次）',
    scoresSummary: (n: string, passed: string, total: string) => `${n} 位学员共考 ${total} 次，${passed} 次及格。`,
    retakes: (n: string) => `补考 ${n} 次。`,
    passRateSummary: (test: string, v: string) => `通过率最低的是${test}（${v}）。`,
    none: '近 12 个月没有培训批次。',
    outcomes: '学员状态', trainee: '学员', mentor: '导师', status: '状态',
    cohort: (cohort: string, start: string, end: string, n: string) => `${cohort} 批：${start} 入职，培训计划至 ${end}，${n} 位学员`,
    statusCount: (status: string, n: string) => `${status} ${n} 位`,
    confirmsOn: (date: string) => `${date} 转正`, confirmedOn: (date: string) => `${date} 转正`,
    retakeDue: (date: string) => `补考日 ${date}`, nextTest: (test: string, date: string) => `下一项：${test}（${date}）`,
    awaitingDecision: '补考未通过，待决定延长试用或淘汰', since: (date: string) => `${date} 起`,
    detail: '说明', passCounts: (cohort: string) => `${cohort} 批各考核项目首次通过人数`, test: '考核项目', passed: '通过 / 参考', rate: '通过率',
    allCohorts: '全部批次',
    cohortsTitle: '培训批次', cohortsIntro: (month: string) => `每个批次一页：学员 × 考核项目的成绩、是否及格、补考、下一项考核日期、导师和状态，以及每项的通过率。状态截至 ${month}月底。`,
    cohortTitle: (cohort: string) => `${cohort} 批新人培训`, cohortLink: (cohort: string) => `${cohort} 批 →`,
    cohortIntro: (start: string, end: string, n: string, mark: number) => `${start} 入职，培训计划至 ${end}，${n} 位学员；及格分 ${mark} 分。`,
    gridCaption: (cohort: string) => `${cohort} 批：每位学员各项考核成绩`,
    statusAsAt: (month: string) => `状态截至 ${month}月底。`,
    cohortColumn: '批次', pass: '及格', fail: '不及格', nextDue: '下一项考核', started: '入职', planEnd: '计划结束', trainees: '学员人数',
    passRow: (min: number) => `首次通过 / 参考（通过率，满 ${min} 人才显示）`,
    pseudonymNote: '学员以“学员 1、2 …”显示，导师以客服代号显示；内部网站可用 KEFU_NAME_TRAINEES=1 显示姓名。',
  },
  archive: {
    title: '客户档案',
    intro: (target: string, keys: string) => `档案完整率 = ${keys}均已填写的客户占全部客户的比例，目标 ${target}。只显示人数和比例。`,
    completeness: '各字段完整率与目标', tierMix: '客户等级分布',
    completenessSummary: (overall: string, target: string, keys: string, below: string) => `${keys}均已填写的客户占 ${overall}，目标 ${target}；${below} 个关键字段本身低于目标。`,
    keyField: (label: string) => `${label}（关键）`,
    keyList: (labels: string[]) => labels.join('、'),
    tierSummary: (n: string, members: string) => `档案共有 ${n} 位客户，其中会员 ${members} 位。`,
    customers: '客户总数', members: '会员',
    staffVisitsBehind: '上门拜访落后进度的客户',
    staffVisitsNote: (made: string, byTier: string) => `本年已上门拜访 ${made} 次；落后：${byTier}`,
    tierCount: (tier: string, n: string) => `${tier} ${n} 位`,
    lapsed: '流失客户', lapsedNote: (members: string, cycles: string) => `其中会员 ${members} 位；超过服务周期 ${cycles} 倍未到店也未消费`,
  },
  reports: {
    title: '月度报告',
    intro: '每月一页，可打印为 A4：满意度、回访、投诉、质检、新人培训和客户档案，并与上月对比。',
    reportTitle: (month: string) => `${month}月度报告`,
    previous: '上个月', next: '下个月', index: '全部月份',
    monthNav: '月份导航',
    otherMonths: '其他月份',
    headline: '本月要点',
    inWords: '本月概况',
    supervisorNote: '主管备注：',
    needsAttention: '需要跟进',
    attentionNone: '本月没有需要跟进的事项。',
    lowCsat: (below: string) => `满意率低于 ${below} 的客服`,
    lowCsatItem: (agent: string, share: string, n: string) => `${agent}：满意率 ${share}（${n} 份回答）`,
    belowStandard: '质检积分低于标准档的客服',
    belowStandardItem: (agent: string, points: string, band: string) => `${agent}：${points} 分（${band}）`,
    openComplaints: (days: number) => `未结投诉（超过 ${days} 天的标为逾期）`,
    openComplaintItem: (id: string, days: string) => `${id}：已 ${days} 天`,
    overdue: '逾期',
    secondMissed: '错过二次回访的客户（按负责客服）',
    secondMissedItem: (agent: string, n: string) => `${agent}：${n} 位`,
    testsDue: '待考核的学员',
    testsDueItem: (trainee: string, cohort: string, test: string, due: string) => `${trainee}（${cohort} 批）：${test}，${due}`,
    archiveBelow: (share: string, target: string) => `档案完整率 ${share}，低于目标 ${target}`,
  },
  stores: {
    title: '各门店',
    intro: (month: string, n: number) => `${month}，${n} 家门店各自的要点，以及合计。其他各页的数字都是各门店合计。`,
    caption: (month: string) => `${month}各门店要点`,
    byStore: '各门店',
    byStoreCaption: (month: string) => `${month}各门店要点（简表）`,
    store: '门店', combined: '合计',
    csat: '满意率', responses: '回答数', fullBand: '全额奖金客服',
    settingsDiffer: '各门店的设置不完全相同；合计数字按第一家门店的设置计算，各门店的数字按其各自的设置计算。',
    agentsNote: '同名客服在合计中算作同一人。',
    all: '查看各门店',
  },
  topicLatest: (month: string) => `显示最新月份：${month}。`,
  trends: '最近 12 个月',
};

export type Words = typeof zh;

/** "1 response" / "2 responses", from a number already formatted. */
const count = (n: string, one: string, many = `${one}s`): string => `${n} ${n === '1' ? one : many}`;

const en: Words = {
  siteName: 'Customer service report',
  tagline: 'Monthly customer service summary',
  nav: { overview: 'Overview', satisfaction: 'Satisfaction', 'follow-ups': 'Follow-ups', complaints: 'Complaints', quality: 'Quality', training: 'Training', archive: 'Archive', reports: 'Monthly reports', stores: 'Stores' },
  navLabel: 'Main navigation',
  otherLanguage: '中文',
  otherLanguageLabel: '用中文阅读本页',
  skipToContent: 'Skip to content',
  tooFew: 'too few to report',
  tooFewNote: (min) => `Shares, medians and averages from fewer than ${min} cases are not published (counts always are) and show as "too few to report".`,
  noData: 'No data this month.',
  noMonths: 'The data holds no month, so there is nothing to report.',
  dataTable: 'Data table',
  month: 'Month',
  agent: 'Agent',
  unassigned: 'unassigned',
  printReport: 'Print this month’s report',
  builtFrom: (rows, months) => `Built from ${rows} rows covering ${months} months; only totals are shown.`,
  generatedOn: (date) => `Generated on ${date}`,
  notFound: 'Page not found', notFoundText: 'The address may be mistyped, or that month or cohort is no longer in the report.', toOverview: 'Back to the overview',
  leftOut: (rows, parts) => `${rows} ${rows === 1 ? 'row' : 'rows'} left out because of problems in the data: ${parts.join('; ')}.`,
  leftOutPart: (words, rows) => `${rows} with ${words}`,
  issueWords: (code) => ISSUE_WORDS.en[code] ?? code.replace(/-/g, ' '),
  band: (band) => enumLabel(BONUS_BAND, band, 'en'),
  outcome: (o) => OUTCOMES.en[o],
  overviewTitle: (month) => `Overview: ${month}`,
  againstLastMonth: (month) => `against ${month}`,
  noPrevious: 'no data for last month',
  previousNone: 'none last month', previousTooFew: 'too few last month', noComparison: 'nothing to compare', newCohort: 'a new cohort',
  noCases: 'none',
  up: 'up', down: 'down', same: 'no change',
  pp: 'points',
  deltaPoints: (arrow, n) => `${arrow} ${n} pp`,
  deltaCount: (arrow, n) => `${arrow} ${n}`,
  deltaSpoken: (word, month) => `${word} on ${month}`,
  headline: {
    csat: 'Satisfaction (CSAT)', responses: (n) => count(n, 'response'),
    coverage: 'Member follow-up coverage', members: (n) => `of ${n} members`,
    timely: (days) => `Follow-ups on time (within ${days} days)`, measured: (n) => count(n, 'post-service call'),
    received: 'Complaints received', closed: 'Complaints closed', closedCount: (n) => `${n} closed this month`,
    sla: (hours) => `First response on time (within ${hours} h)`, slaOf: (n) => `of ${n} decided`,
    fullBand: 'Agents on full bonus', agentsOf: (n) => `of ${count(n, 'agent')}`,
    latestCohort: 'Newest cohort confirmed', cohortOf: (cohort, n) => `cohort ${cohort}, ${count(n, 'trainee')}`, noCohort: 'no cohort yet',
    completeness: 'Archive completeness', target: (t) => `target ${t}`,
  },
  qaTableCaption: (month) => `QA points by agent, ${month}`,
  points: 'Points', bandLabel: 'Bonus band', change: 'Change',
  unit: { percent: '%', count: 'count', people: 'people', hours: 'hours', points: 'points', complaints: 'complaints', customers: 'customers' },
  axis: {
    csat: 'CSAT (%)', responses: 'Responses (count)', answers: 'Answers (count)', rating: 'Rating',
    stage: 'Service stage', tier: 'Customer tier', share: 'Share (%)', calls: 'Calls (count)',
    complaints: 'Complaints (count)', cumulative: 'Cumulative share (%)', category: 'Complaint category', funnelStage: 'Handling stage',
    points: 'Points (points)', criterion: 'QA criterion', conversations: 'Unqualified conversations (count)', test: 'Test', score: 'Score (points)',
    passRate: 'Pass rate (%)', field: 'Archive field', completeness: 'Completeness (%)', customers: 'Customers (count)',
  },
  series: {
    csat: 'CSAT (%)', answered: 'Responses (count)', count: 'Answers (count)', coverage: 'Member follow-up coverage (%)', timely: (days) => `Follow-ups on time (within ${days} days, %)`,
    calls: 'Calls (count)', reached: 'Reached (count)', complaints: 'Complaints (count)', cumulative: 'Cumulative share (%)',
    received: 'Received (count)', closed: 'Closed (count)', slaMet: (hours) => `First response on time (within ${hours} h, %)`, reachedStage: 'Reached this stage (count)',
    points: 'Points (points)', unqualified: 'Unqualified (count)', passMark: (n) => `Pass mark (${n} points)`, score: (name) => `${name} (points)`,
    passRate: (cohort) => `Cohort ${cohort} (%)`, passRateAll: 'All cohorts (%)', completeness: 'Completeness (%)', target: 'Target (%)', customers: 'Customers (count)',
  },
  satisfaction: {
    title: 'Satisfaction',
    intro: 'CSAT = satisfied ÷ (satisfied + neutral + dissatisfied), over reached calls with an answer.',
    trend: 'CSAT by month', responsesTrend: 'Responses by month', responsesSummary: (month, n) => `${month}: ${n} satisfaction answers.`, distribution: 'How satisfied customers were', byAgent: 'CSAT by agent', byStage: 'CSAT by service stage', byTier: 'CSAT by customer tier',
    trendSummary: (month, v, n) => `CSAT in ${month} was ${v} (${count(n, 'response')}).`,
    trendSummarySuppressed: (month) => `Too few responses in ${month} to publish CSAT.`,
    distributionSummary: (s, ne, d) => `${s} satisfied, ${ne} neutral and ${d} dissatisfied.`,
    bestWorst: (best, bv, worst, wv) => `Highest: ${best} (${bv}); lowest: ${worst} (${wv}).`,
    onlyOne: (name, v) => `Only ${name} had enough responses: ${v}.`,
    noneShown: 'Every group had too few responses to publish.',
    tooFewGroups: (names) => `Too few to report: ${names.join(', ')}.`,
  },
  followUps: {
    title: 'Follow-ups',
    intro: (days, target, secondFrom, secondTo, escalate) =>
      `Target: ${target} of members followed up; a post-service call within ${days} days; a second follow-up ${secondFrom}–${secondTo} days after the first; a promised answer unsettled after ${escalate} days goes to the supervisor. Only a reached contact completes a follow-up.`,
    afterSalesIntro: (stages, from, to) => `After ${stages}, the first after-sales call falls on day ${from}–${to}.`,
    trend: 'Member follow-up coverage and follow-ups on time by month', byAgent: 'Calls by agent', timelyByAgent: (days) => `Follow-ups on time by agent (within ${days} days)`, timelyByAgentSummary: (all, days) => `All agents: ${all} followed up within ${days} days; agents with too few are not shown.`, missed: 'Customers who missed a follow-up this month, by assigned agent',
    trendSummary: (month, c, t, days) => `In ${month}, ${c} of members were followed up and ${t} of post-service calls came within ${days} days.`,
    byAgentSummary: (calls, reached) => `${count(calls, 'call')} this month, ${reached} of them reached.`,
    missedSummary: (n, second) => `Of the follow-ups due this month, ${count(n, 'customer was', 'customers were')} not followed up in time (${second} of them a second follow-up). Counts only.`,
    kept: (due, onTime) => `${due} due, ${onTime} on time`,
    afterSales: (from, to) => `First after-sales call (day ${from}–${to})`,
    secondMissed: 'Second follow-ups missed', secondDue: 'Second follow-ups due at month end', escalated: 'Promised answers escalated',
    customers: (n) => count(n, 'customer'), items: (n) => n,
    missedSeries: 'Missed a follow-up (count)', missedAxis: 'Customers (count)',
  },
  complaints: {
    title: 'Complaints',
    intro: 'The closed loop: accept → judge → investigate → propose → implement → review, with a follow-up call after closing.',
    pareto: 'Complaints by category (Pareto)', trend: 'Complaints received and closed by month', slaTrend: 'First response on time by month', slaTrendSummary: (month, sla) => `${month}: first response on time ${sla}.`,
    paretoTooFew: (n, min) => `Only ${n} complaints this month, fewer than ${min}: too few to say which category is most common, so no Pareto is drawn.`, funnel: 'This month’s complaints by handling stage',
    paretoSummary: (top, n, share) => `The largest category is ${top} (${count(n, 'complaint')}, ${share}).`,
    paretoNone: 'No complaints were received this month.',
    trendSummary: (month, r, c, sla) => `In ${month}: ${r} received, ${c} closed, first response on time ${sla}.`,
    funnelSummary: (n, done) => `Of the ${count(n, 'complaint')} received this month, ${done} reached review.`,
    median: 'Median time to close', medianValue: (h) => `${h} hours`, noneClosed: 'no complaint was closed this month',
    medianOf: (n) => `over the ${count(n, 'complaint')} closed this month, whenever received`, pending: (n, hours) => `${n} more still within ${hours} h at month end`,
    followUp: 'Closed with a follow-up call', valid: 'Valid complaints', open: 'Open at month end',
    openByAge: (a, b, c, d) => `under 1 day ${a}, 1–3 days ${b}, 3–7 days ${c}, over 7 days ${d}`,
  },
  quality: {
    title: 'Quality',
    intro: (per, limit, points) => `${per} conversations per agent per working day are audited; ${limit} or more unqualified lose that day’s point; a month has ${points} points.`,
    points: 'Points this month and bonus band by agent', criteria: 'Failed criteria', grid: 'Day by day',
    pointsSummary: (full, total, low) => `${full} of ${total} agents earned the full bonus${low}.`,
    lowest: (name, p, band) => `; lowest: ${name} with ${p} points (${band})`,
    criteriaSummary: (top, n) => `The criterion failed most was ${top} (${count(n, 'conversation')}).`,
    criteriaNone: 'No conversation was unqualified this month.',
    gridCaption: (month) => `Daily QA points, ${month}`,
    gridLegend: '✓ point kept   ✗ point lost (too many unqualified, or a critical criterion failed)   · not audited',
    kept: 'point kept', lost: 'point lost', notAudited: 'not audited', day: 'Day',
    lostDays: 'Days lost', shortDays: 'Short-sample days',
    penaltyPoints: 'Penalty points (by criterion)', criticalDays: 'Days lost to a critical criterion', critical: 'critical',
    criticalIntro: (names) => `Critical criteria: ${names.join(', ')}; one unqualified conversation on them loses the day’s point.`,
  },
  training: {
    title: 'Training',
    intro: (mark, retake) => `Pass mark ${mark}; a failed probation exam is retaken ${retake} days later on another paper.`,
    scores: (cohort) => `Cohort ${cohort}: each trainee’s scores`, passRate: 'Pass rate by test and cohort',
    scoresSummary: (n, passed, total) => `${count(n, 'trainee')} sat ${count(total, 'test')} and passed ${passed}.`,
    retakes: (n) => `${count(n, 'retake')}.`,
    passRateSummary: (test, v) => `The lowest pass rate was the ${test} (${v}).`,
    none: 'No cohort in the past 12 months.',
    outcomes: 'Trainee status', trainee: 'Trainee', mentor: 'Mentor', status: 'Status',
    cohort: (cohort, start, end, n) => `Cohort ${cohort}: started ${start}, plan until ${end}, ${count(n, 'trainee')}`,
    statusCount: (status, n) => `${status} ${n}`,
    confirmsOn: (date) => `to be confirmed ${date}`, confirmedOn: (date) => `confirmed ${date}`,
    retakeDue: (date) => `retake due ${date}`, nextTest: (test, date) => `next: ${test} (${date})`,
    awaitingDecision: 'retake failed; extension or elimination not yet decided', since: (date) => `since ${date}`,
    detail: 'Detail', passCounts: (cohort) => `Cohort ${cohort}: first attempts passed by test`, test: 'Test', passed: 'Passed / sat', rate: 'Pass rate',
    allCohorts: 'All cohorts',
    cohortsTitle: 'Training cohorts', cohortsIntro: (month) => `A page per cohort: each trainee's score on each test, pass or fail, retakes, the next test due, mentor and status, and each test's pass rate. Statuses as at the end of ${month}.`,
    cohortTitle: (cohort) => `Training cohort ${cohort}`, cohortLink: (cohort) => `Cohort ${cohort} →`,
    cohortIntro: (start, end, n, mark) => `Started ${start}, plan until ${end}, ${n} trainees; the pass mark is ${mark}.`,
    gridCaption: (cohort) => `Cohort ${cohort}: each trainee's score on each test`,
    statusAsAt: (month) => `Statuses as at the end of ${month}.`,
    cohortColumn: 'Cohort', pass: 'pass', fail: 'fail', nextDue: 'Next test due', started: 'Started', planEnd: 'Plan ends', trainees: 'Trainees',
    passRow: (min) => `First attempts passed / sat (rate, from ${min} trainees)`,
    pseudonymNote: 'Trainees are shown as 学员 1, 2 … and mentors by their agent pseudonym; an internal site can show names with KEFU_NAME_TRAINEES=1.',
  },
  archive: {
    title: 'Archive',
    intro: (target, keys) => `Archive completeness is the share of customers with ${keys} all filled in; the target is ${target}. Counts and shares only.`,
    completeness: 'Completeness by field against the target', tierMix: 'Customers by tier',
    completenessSummary: (overall, target, keys, below) => `${overall} of customers have ${keys} all filled in, against a ${target} target; ${below} key fields are below it on their own.`,
    keyField: (label) => `${label} (key)`,
    keyList: (labels) => labels.join(', '),
    tierSummary: (n, members) => `${count(n, 'customer')} in the archive, ${members} of them members.`,
    customers: 'Customers', members: 'Members',
    staffVisitsBehind: 'Customers behind on staff visits',
    staffVisitsNote: (made, byTier) => `${count(made, 'staff visit')} this year; behind: ${byTier}`,
    tierCount: (tier, n) => `${tier} ${n}`,
    lapsed: 'Lapsed customers', lapsedNote: (members, cycles) => `${members} of them members; no visit or purchase for over ${cycles} service cycles`,
  },
  reports: {
    title: 'Monthly reports',
    intro: 'One page a month, printable on A4: satisfaction, follow-ups, complaints, quality, training and the archive, each against the month before.',
    reportTitle: (month) => `Monthly report: ${month}`,
    previous: 'Previous month', next: 'Next month', index: 'All months',
    monthNav: 'Month navigation',
    otherMonths: 'Other months',
    headline: 'This month at a glance',
    inWords: 'The month in words',
    supervisorNote: 'Supervisor’s note (in their words):',
    needsAttention: 'Needs attention',
    attentionNone: 'Nothing needs attention this month.',
    lowCsat: (below) => `Agents with satisfaction below ${below}`,
    lowCsatItem: (agent, share, n) => `${agent}: satisfaction ${share} (${n} answers)`,
    belowStandard: 'Agents whose QA points fall below the standard band',
    belowStandardItem: (agent, points, band) => `${agent}: ${points} points (${band})`,
    openComplaints: (days) => `Open complaints (over ${days} days marked overdue)`,
    openComplaintItem: (id, days) => `${id}: ${days} days open`,
    overdue: 'overdue',
    secondMissed: 'Customers whose second follow-up was missed, by agent',
    secondMissedItem: (agent, n) => `${agent}: ${n}`,
    testsDue: 'Trainees with a test coming',
    testsDueItem: (trainee, cohort, test, due) => `${trainee} (cohort ${cohort}): ${test}, ${due}`,
    archiveBelow: (share, target) => `Archive completeness ${share}, below the target of ${target}`,
  },
  stores: {
    title: 'Stores',
    intro: (month, n) => `${month}: the headline figures of each of the ${n} stores, and of all stores combined. Every other page shows the stores combined.`,
    caption: (month) => `Headline figures by store, ${month}`,
    byStore: 'By store',
    byStoreCaption: (month) => `By store, ${month} (short table)`,
    store: 'Store', combined: 'Combined',
    csat: 'CSAT', responses: 'Responses', fullBand: 'Agents on full bonus',
    settingsDiffer: 'The stores’ settings are not all the same: the combined figures use the first store’s settings, each store’s figures its own.',
    agentsNote: 'Agents with the same name in two stores count as one agent in the combined figures.',
    all: 'All stores',
  },
  topicLatest: (month) => `Showing the latest month: ${month}.`,
  trends: 'The last 12 months',
};

const WORDS: Record<Lang, Words> = { zh, en };

export function words(lang: Lang): Words {
  return WORDS[lang];
}

/** The site-relative path of a page in a language: zh at the root, en under /en/. */
export function pagePath(lang: Lang, path: string, base = '/'): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${lang === 'en' ? 'en/' : ''}${path.replace(/^\//, '')}`;
}

/** The path under the language root of each page, for links and the language switch. */
export function pageSlug(page: PageKey): string {
  return page === 'overview' ? '' : `${page}/`;
}

/** getStaticPaths for a page that exists once per language: zh at `/…`, en at `/en/…`. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return [{ params: { lang: undefined }, props: { lang: 'zh' } }, { params: { lang: 'en' }, props: { lang: 'en' } }];
}
