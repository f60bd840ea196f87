// The shared checks' issue codes as the phrase "N rows with …" ends, for the left-out note.
import type { Lang } from './lang';

/** Issue codes of the shared checks, as the phrase "N rows with …" ends. */
export const ISSUE_WORDS: Record<Lang, Record<string, string>> = {
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
