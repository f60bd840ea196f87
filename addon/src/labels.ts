// Every word the add-on itself shows (menus, titles, alerts), in zh-CN and en.
import type { Lang } from './rpc-contract';

const LABELS = {
  zh: {
    menuSetup: '设置工作簿',
    menuLogCall: '登记回访',
    menuComplaint: '登记投诉',
    menuFollowUps: '今日回访',
    menuValidate: '全部校验',
    menuRecalculate: '重新计算',
    menuExport: '导出 CSV',
    menuSettings: '设置',
    menuLanguage: '语言',
    titleSetup: '设置工作簿',
    titleLogCall: '登记回访',
    titleComplaint: '登记投诉',
    titleFollowUps: '今日回访',
    titleValidation: '校验结果',
    titleExport: '导出 CSV',
    setupIntro: '选择行业类型。已有的数据不会改动：缺少的工作表和列会补上，已有的列保持原位。',
    setupRun: '开始设置',
    setupDone: '设置完成。',
    setupNothing: '工作簿已是最新，无需改动。',
    setupCreated: '新建工作表',
    setupAppended: '补充的列',
    setupKept: '这些公式列里有手工填写的值，已保留；运行“重新计算”可改为公式',
    noSettingsSheet: '还没有“设置”表。请先运行“设置工作簿”。',
    recalcDone: '重新计算完成。',
    recalcNothing: '公式列都已是最新，没有改动。',
    recalcWritten: '已更新的公式列',
    recalcMissing: '缺少公式列，请先运行“设置工作簿”',
    exportIntro: '点击下载每张表的 CSV（UTF-8，表头为中文），可直接用 kefu check 检查。',
    exportRows: '行',
    busy: '另一位同事正在写入，请几秒后再试。',
    languageSet: '语言已切换为中文。',
    close: '关闭',
    overflow: (n: number) => `另有 ${n} 个问题未列出；请先修正上面的问题。`,
    reasonPostService: '服务后回访',
    reasonNextContact: '约定的下次联系',
    reasonPromisedAnswer: '承诺的答复',
  },
  en: {
    menuSetup: 'Set up workbook',
    menuLogCall: 'Log a call',
    menuComplaint: 'Register a complaint',
    menuFollowUps: "Today's follow-ups",
    menuValidate: 'Validate all',
    menuRecalculate: 'Recalculate',
    menuExport: 'Export CSV',
    menuSettings: 'Settings',
    menuLanguage: 'Language',
    titleSetup: 'Set up workbook',
    titleLogCall: 'Log a call',
    titleComplaint: 'Register a complaint',
    titleFollowUps: "Today's follow-ups",
    titleValidation: 'Validation',
    titleExport: 'Export CSV',
    setupIntro: 'Choose the kind of business. Existing data is left as it is: missing sheets and columns are added, existing columns stay where they are.',
    setupRun: 'Set up',
    setupDone: 'Set-up finished.',
    setupNothing: 'The workbook is already up to date; nothing was changed.',
    setupCreated: 'Sheets created',
    setupAppended: 'Columns added',
    setupKept: 'These formula columns hold typed values, which were kept; run Recalculate to turn them into formulas',
    noSettingsSheet: 'There is no Settings sheet yet. Run "Set up workbook" first.',
    recalcDone: 'Recalculated.',
    recalcNothing: 'Every formula column is up to date; nothing was changed.',
    recalcWritten: 'Formula columns updated',
    recalcMissing: 'Formula columns missing; run "Set up workbook" first',
    exportIntro: 'Download each sheet as CSV (UTF-8, English headers), ready for kefu check.',
    exportRows: 'rows',
    busy: 'A colleague is saving at this moment; try again in a few seconds.',
    languageSet: 'The language is now English.',
    close: 'Close',
    overflow: (n: number) => `${n} more problems are not listed; fix the ones above first.`,
    reasonPostService: 'post-service follow-up',
    reasonNextContact: 'agreed next contact',
    reasonPromisedAnswer: 'promised answer',
  },
} as const;

export type Labels = (typeof LABELS)['zh'] | (typeof LABELS)['en'];

export function labels(lang: Lang): Labels {
  return LABELS[lang];
}

/** Text for an HTML page: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
