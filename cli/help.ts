// The `kefu` help texts in Chinese and English: the general help, each command's help, and the short usage after a mistake.
import type { Bilingual, Lang } from '../shared/issue';
import { SHEETS } from '../shared/schema';
import { SPARE_ROWS } from './template/spare-rows';

export const COMMAND_NAMES = ['check', 'summary', 'sample', 'template', 'export', 'report', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];


/** One line of usage per form of the command, then what it does, its options and its exit codes. */
const USAGE: Record<CommandName, Bilingual> = {
  check: {
    en: 'kefu check <file|folder>... [--json] [--lang zh|en]',
    zh: 'kefu check <文件|文件夹>... [--json] [--lang zh|en]',
  },
  summary: {
    en: 'kefu summary <folder> [--month YYYY-MM] [--json] [--lang zh|en]',
    zh: 'kefu summary <文件夹> [--month YYYY-MM] [--json] [--lang zh|en]',
  },
  sample: {
    en: 'kefu sample <folder> [--seed N] [--customers N] [--business photo-studio|car-service|clinic|online-shop] [--force]\n'
      + 'kefu sample --xlsx <file.xlsx> [--seed N] [--customers N] [--business …] [--lang zh|en] [--force]',
    zh: 'kefu sample <文件夹> [--seed N] [--customers N] [--business photo-studio|car-service|clinic|online-shop] [--force]\n'
      + 'kefu sample --xlsx <文件.xlsx> [--seed N] [--customers N] [--business …] [--lang zh|en] [--force]',
  },
  template: {
    en: 'kefu template <file.xlsx> [--business photo-studio|car-service|clinic|online-shop] [--lang zh|en] [--force]',
    zh: 'kefu template <文件.xlsx> [--business photo-studio|car-service|clinic|online-shop] [--lang zh|en] [--force]',
  },
  export: {
    en: 'kefu export --spreadsheet <id|URL> --out <folder> [--oauth-client <client_secret.json>]\n'
      + 'kefu export --spreadsheet <id|URL> --store <label> [--spreadsheet … --store …]... --out <folder>',
    zh: 'kefu export --spreadsheet <表格ID|网址> --out <文件夹> [--oauth-client <client_secret.json>]\n'
      + 'kefu export --spreadsheet <表格ID|网址> --store <门店名> [--spreadsheet … --store …]... --out <文件夹>',
  },
  report: {
    en: 'kefu report (--spreadsheet <id|URL> [--store <label>]... [--data <folder>] | --from <folder>) --out <site-folder> [--base <path>] [--pdf] [--month YYYY-MM]',
    zh: 'kefu report (--spreadsheet <表格ID|网址> [--store <门店名>]... [--data <文件夹>] | --from <文件夹>) --out <网站文件夹> [--base <路径>] [--pdf] [--month YYYY-MM]',
  },
  help: { en: 'kefu help [command]', zh: 'kefu help [命令]' },
};

interface Details {
  intro: Bilingual;
  /** Each option as typed, with what it does. */
  options: readonly [Bilingual, Bilingual][];
  /** Exit codes, when the command has its own. */
  exit?: Bilingual;
}

const both = (text: string): Bilingual => ({ en: text, zh: text });
const LANG_OPTION: [Bilingual, Bilingual] = [both('--lang zh|en'), { en: 'language of the messages', zh: '提示信息的语言' }];
const OAUTH_OPTION: [Bilingual, Bilingual] = [{ en: '--oauth-client <file>', zh: '--oauth-client <文件>' }, { en: 'sign in with an OAuth desktop client', zh: '用 OAuth 桌面客户端登录' }];

const DETAILS: Record<CommandName, Details> = {
  check: {
    intro: {
      en: `Check CSV exports of a Kefu workbook, or the workbook itself saved as .xlsx (Excel, WPS:
problems placed as 客服.xlsx › 回访记录!C12). A folder is checked as one workbook, with the
references between sheets (a call's customer must exist) and duplicate ids and phones.
Prints one line per problem as file:line:column: message, then a summary. Warnings
(a call in quiet hours) follow the problems; they never change the exit code.`,
      zh: `检查 Kefu 工作簿导出的 CSV 文件，或直接检查 Excel、WPS 保存的 .xlsx 工作簿（问题位置写作
客服.xlsx › 回访记录!C12）。给出文件夹时，把它当作一个完整的工作簿来检查：
除了每个单元格，还核对表与表之间的引用（回访记录里的客户必须在客户档案中），
以及重复的编号和电话。每个问题占一行，格式为“文件:行:列: 说明”，最后是汇总。
提醒（例如在客户休息时间打的电话）列在问题之后，不影响退出码。`,
    },
    options: [[both('--json'), { en: 'the same report as JSON, for programs', zh: '以 JSON 输出同样的结果，便于程序读取' }], LANG_OPTION],
    exit: {
      en: `Exit 0: no problems · 1: problems found · 2: input unusable (missing, empty, not a CSV,
not recognisably a Kefu sheet, or a workbook Kefu cannot read: password, .xls, .et … — save as .xlsx).`,
      zh: `退出码：0 没有问题 · 1 发现问题 · 2 输入无法使用（文件不存在、是空的、不是 CSV，
认不出是 Kefu 的哪张表，或是 Kefu 读不了的工作簿：有密码、.xls、.et …，请另存为 .xlsx）。`,
    },
  },
  summary: {
    intro: {
      en: `A month's figures — satisfaction, follow-ups, complaints, QA points and bonus bands,
trainees, customer tiers — as a short text, or the exact numbers as JSON (nothing suppressed:
for the shop's own use). <folder> may be an .xlsx workbook too. Data with problems gets kefu check's report instead of figures.`,
      zh: `输出一个月的数字：满意度、回访、投诉、质检分与奖金档、新人考核、客户等级。
默认是几行简短文字；加 --json 则输出精确数字（月度数字，供店内自用，不做隐藏处理）。
<文件夹> 也可以是一个 .xlsx 工作簿。
数据有问题时不出数字，而是像 kefu check 一样列出问题。`,
    },
    options: [
      [both('--month YYYY-MM'), {
        en: 'the month (default: the newest ended month with data; KEFU_TODAY=YYYY-MM-DD sets today)',
        zh: '要汇总的月份（默认：已结束且有数据的最近一个月；KEFU_TODAY=YYYY-MM-DD 可指定今天）',
      }],
      [both('--json'), { en: 'exact numbers as JSON', zh: '以 JSON 输出精确数字' }],
      [both('--lang zh|en'), { en: 'language of the text', zh: '文字的语言' }],
    ],
    exit: {
      en: `Exit 0: printed · 1/2: the data has problems, as kefu check reports them · 2: --month
malformed, or a month without data (the months with data are listed).`,
      zh: `退出码：0 已输出 · 1/2 数据有问题（与 kefu check 相同）· 2 --month 格式不对，
或该月没有数据（会列出有数据的月份）。`,
    },
  },
  sample: {
    intro: {
      en: `Write a realistic, fictional dataset of a shop into <folder>: one CSV per sheet. The same
seed gives the same files. A folder holding files Kefu did not make (your real exports) is
refused unless --force.`,
      zh: `在 <文件夹> 中生成一家店的虚构示例数据：每张表一个 CSV。数据逼真但全部是虚构的；
种子相同，生成的文件也完全相同。文件夹里已有不是 Kefu 生成的文件（例如你真实的导出数据）时，
除非加 --force，否则不会写入。`,
    },
    options: [
      [both('--seed N'), { en: "a whole number above 0 (default: the bundled sample's)", zh: '随机种子，大于 0 的整数（默认与自带示例数据相同）' }],
      [both('--customers N'), { en: 'how many customers', zh: '客户人数' }],
      [both('--business …'), {
        en: 'photo-studio (default), car-service, clinic or online-shop',
        zh: '行业：photo-studio 影楼（默认）、car-service 汽车售后、clinic 诊所、online-shop 网店',
      }],
      [both('--force'), {
        en: 'write the seven sample files over any of the same name there; nothing else is deleted',
        zh: '按文件名覆盖其中同名的七个示例文件；其他文件一概不删',
      }],
      [{ en: '--xlsx <file.xlsx>', zh: '--xlsx <文件.xlsx>' }, {
        en: 'write the sample as one Excel / WPS workbook (as kefu template writes it) instead of CSV files',
        zh: '把示例数据写成一个 Excel / WPS 工作簿（与 kefu template 的格式相同），而不是 CSV 文件',
      }],
      LANG_OPTION,
    ],
  },
  template: {
    intro: {
      en: `Write an empty Kefu workbook for Excel 2016+, WPS Office or LibreOffice — no Google account
needed: every sheet (Settings first, with the business's defaults), dropdown lists, date formats
and the live formulas (tier, referrals, follow-up due and overdue, complaint SLA, QA points,
test results) in ${SPARE_ROWS} prepared rows per sheet. Keep it in Excel or WPS, then kefu check and
kefu report --from read it. An existing file is never overwritten without --force, and never
one Kefu did not make. See docs/excel-wps.md.`,
      zh: `生成一个空白的 Kefu 工作簿，可用 Excel 2016 及以上、WPS Office 或 LibreOffice 打开，
不需要 Google 账号：包含全部工作表（设置表在最前，按行业填好默认值）、下拉列表、日期格式，
以及实时公式（客户等级、介绍客户数、回访期限与逾期、投诉响应时限、质检积分、考核结果），
每张表预备 ${SPARE_ROWS} 行。用 Excel 或 WPS 记录，之后用 kefu check 和 kefu report --from 读取。
已有的文件不加 --force 绝不覆盖，不是 Kefu 生成的文件加了也不覆盖。详见 docs/zh/excel-wps.md。`,
    },
    options: [
      [both('--business …'), {
        en: 'photo-studio (default), car-service, clinic or online-shop: the Settings defaults',
        zh: '行业：photo-studio 影楼（默认）、car-service 汽车售后、clinic 诊所、online-shop 网店，决定设置表的默认值',
      }],
      [both('--lang zh|en'), {
        en: 'language of the workbook (default zh) and of the messages',
        zh: '工作簿的语言（默认中文）以及提示信息的语言',
      }],
      [both('--force'), {
        en: 'replace a workbook Kefu made at that path (never any other file)',
        zh: '替换该位置上由 Kefu 生成的工作簿（其他文件一概不替换）',
      }],
    ],
    exit: {
      en: 'Exit 0: written · 2: the file exists (or is not Kefu\'s), the name is not .xlsx, or --business is unknown.',
      zh: '退出码：0 已写入 · 2 文件已存在（或不是 Kefu 生成的）、文件名不是 .xlsx，或 --business 不认识。',
    },
  },
  export: {
    intro: {
      en: `Read a Kefu workbook from Google Sheets (read-only) into CSV files, checked as kefu check
checks them; --out is replaced only when every file passes, and only if it is new, empty or
a folder Kefu built (.kefu-manifest.json). One workbook per store: repeat
--spreadsheet/--store in pairs → <out>/<store>/*.csv + stores.json.

Credentials: --oauth-client <client_secret.json>, else GOOGLE_APPLICATION_CREDENTIALS (a service
account key; share the sheet with its e-mail), else gcloud's Application Default Credentials.
See docs/export-and-publish.md.`,
      zh: `从 Google 表格（只读）把 Kefu 工作簿导出为 CSV 文件，并像 kefu check 一样检查；
只有全部文件通过检查，才会替换 --out 文件夹，而且它必须是新的、空的，或是 Kefu 生成的文件夹
（带 .kefu-manifest.json）。连锁店每家门店一个工作簿时，成对重复
--spreadsheet 和 --store，得到 <out>/<门店>/*.csv 以及 stores.json。

凭据：优先用 --oauth-client <client_secret.json>；否则用 GOOGLE_APPLICATION_CREDENTIALS
指向的服务账号密钥（需把表格共享给该服务账号的邮箱）；再否则用 gcloud 的应用默认凭据。
详见 docs/export-and-publish.md。`,
    },
    options: [
      [{ en: '--spreadsheet <id|URL>', zh: '--spreadsheet <表格ID|网址>' }, { en: 'the workbook (repeat it for several stores)', zh: '要导出的工作簿（多家门店时重复）' }],
      [{ en: '--store <label>', zh: '--store <门店名>' }, { en: "the store's name, paired with the --spreadsheet before it", zh: '门店名称，与它前面的 --spreadsheet 配对' }],
      [{ en: '--out <folder>', zh: '--out <文件夹>' }, { en: 'where the CSV files go', zh: 'CSV 文件的输出位置' }],
      OAUTH_OPTION,
      LANG_OPTION,
    ],
    exit: {
      en: `Exit 0: exported · 1: the data has issues (nothing written) · 2: cannot export (credentials,
not found, no permission, sheet missing, network).`,
      zh: `退出码：0 已导出 · 1 数据有问题（什么也没写入）· 2 无法导出（凭据、表格不存在、
没有权限、缺少工作表、网络问题）。`,
    },
  },
  report: {
    intro: {
      en: `Export the workbook (or take a folder of CSVs with --from), check it, and build the report
site into <site-folder>, ready to publish on any static host. A failed check or build leaves
<site-folder> as it was; a folder Kefu did not build is never replaced.`,
      zh: `导出工作簿（或用 --from 指定已有的 CSV 文件夹），检查后生成报告网站，放进
<网站文件夹>，可直接发布到任何静态网站托管服务。检查或生成失败时，<网站文件夹>保持原样；
不是 Kefu 生成的文件夹绝不会被替换。`,
    },
    options: [
      [{ en: '--spreadsheet <id|URL>', zh: '--spreadsheet <表格ID|网址>' }, { en: 'export this workbook first (with --store for several stores)', zh: '先导出这个工作簿（多家门店时配合 --store）' }],
      [{ en: '--data <folder>', zh: '--data <文件夹>' }, { en: 'keep that export in this folder (default: a temporary one)', zh: '把导出的 CSV 保存在这里（默认放在临时文件夹，用完即删）' }],
      [{ en: '--from <folder>', zh: '--from <文件夹>' }, { en: 'build from CSV files already exported, or from an .xlsx workbook', zh: '直接用已经导出的 CSV 文件或 .xlsx 工作簿生成' }],
      [{ en: '--out <site-folder>', zh: '--out <网站文件夹>' }, { en: 'where the site goes', zh: '网站的输出位置' }],
      [{ en: '--base <path>', zh: '--base <路径>' }, { en: 'the path the site is served under, e.g. /kefu/ for a GitHub Pages project site (default /)', zh: '网站所在的路径，如 GitHub Pages 项目网站写 /kefu/（默认 /）' }],
      [{ en: '--pdf', zh: '--pdf' }, { en: 'also print the latest ended month to report-YYYY-MM.pdf in the site folder (needs Chromium or Chrome)', zh: '同时把最近一个已结束月份的报告打印为网站文件夹中的 report-YYYY-MM.pdf（需要 Chromium 或 Chrome）' }],
      [both('--month YYYY-MM'), {
        en: 'the month the overview opens on (default: the newest ended month with data; KEFU_TODAY=YYYY-MM-DD sets today)',
        zh: '概览页显示的月份（默认：已结束且有数据的最近一个月；KEFU_TODAY=YYYY-MM-DD 可指定今天）',
      }],
      OAUTH_OPTION,
      LANG_OPTION,
    ],
    exit: { en: 'Exit codes as for kefu export.', zh: '退出码与 kefu export 相同。' },
  },
  help: {
    intro: {
      en: 'The general help, or with a command its own help (the same as kefu <command> --help).',
      zh: '显示总的帮助；带上命令名时，显示该命令的说明（与 kefu <命令> --help 相同）。',
    },
    options: [LANG_OPTION],
  },
};

/** Columns a terminal gives the text: Chinese characters and full-width signs take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(c) ? 2 : 1;
  return width;
}

/** Two columns, the second starting at one place on screen whatever the script of the first. */
function formatColumns(rows: readonly [string, string][], indent = '  ', gap = 3): string {
  const width = Math.max(...rows.map(([left]) => displayWidth(left))) + gap;
  return rows.map(([left, right]) => `${indent}${left}${' '.repeat(width - displayWidth(left))}${right}`).join('\n');
}

function formatDetails(details: Details, lang: Lang): string {
  const heading = lang === 'zh' ? '选项：' : 'Options:';
  const options = formatColumns(details.options.map(([flag, text]) => [flag[lang], text[lang]]));
  return `${details.intro[lang]}\n\n${heading}\n${options}${details.exit ? `\n\n${details.exit[lang]}` : ''}`;
}

const SUMMARY_LINE: Record<CommandName, Bilingual> = {
  check: { en: 'check CSV exports or an .xlsx; one line per problem', zh: '检查导出的 CSV 或 .xlsx，每个问题一行' },
  summary: { en: "a month's figures as a short text, or exact numbers as JSON", zh: '一个月的数字：简短文字，或精确数字（JSON）' },
  sample: { en: 'write a realistic, fictional dataset', zh: '生成一套逼真的虚构示例数据' },
  template: { en: 'write the workbook for Excel / WPS (no Google account)', zh: '生成 Excel / WPS 工作簿（不需要 Google 账号）' },
  export: { en: 'Google Sheets → checked CSV files', zh: '从 Google 表格导出 CSV，并检查' },
  report: { en: 'export, check and build the report site to publish', zh: '导出、检查，并生成可发布的报告网站' },
  help: { en: "this help, or one command's", zh: '显示本帮助，或某个命令的说明' },
};

const ARGUMENTS: Record<CommandName, Bilingual> = {
  check: { en: '<file|folder>...', zh: '<文件|文件夹>...' },
  summary: { en: '<folder>', zh: '<文件夹>' },
  sample: { en: '<folder>', zh: '<文件夹>' },
  template: { en: '<file.xlsx>', zh: '<文件.xlsx>' },
  export: { en: '--spreadsheet … --out <folder>', zh: '--spreadsheet … --out <文件夹>' },
  report: { en: '--from <folder> --out <folder>', zh: '--from <文件夹> --out <文件夹>' },
  help: { en: '[command]', zh: '[命令]' },
};

function fileTable(lang: Lang): string {
  const rows = SHEETS.map((s) => `  ${s.file.padEnd(16)} ${s.zh}.csv  (${s.en})`).join('\n');
  return lang === 'zh'
    ? `文件名与工作表的对应（中英文文件名都可以，也可以带“Workbook - ”前缀；\n文件名对不上时，按表头识别是哪张表）：\n${rows}\n\n`
      + '表头用中文或英文都可以；文本编码可以是 UTF-8（带或不带 BOM）、UTF-16，\n或 Excel、WPS 保存中文 CSV 时用的 GB18030/GBK。'
    : `File names map to sheets (either name works, also with a "Workbook - " prefix);\na file with another name is recognised by its header row:\n${rows}\n\n`
      + 'Headers may be in Chinese or English; text may be UTF-8 (with or without BOM), UTF-16,\nor GB18030/GBK as Excel and WPS save it.';
}

/** `kefu help`, `kefu --help`: every command in a line, the options every command takes, and the file names. */
export function formatGeneralHelp(lang: Lang): string {
  const commands = formatColumns(COMMAND_NAMES.map((c) => [`${c} ${ARGUMENTS[c][lang]}`, SUMMARY_LINE[c][lang]]));
  if (lang === 'zh') {
    return `kefu —— 客服工作记在 Google 表格里：检查导出的数据、汇总月度数字、生成报告网站

用法：kefu <命令> [选项]

命令：
${commands}

每个命令都可以用的选项：
  --lang zh|en     提示信息的语言（默认随系统语言环境 LC_ALL、LC_MESSAGES、LANG：
                   以 zh 开头为中文，其余为英文）
  -h, --help       显示该命令的说明
  -v, --version    显示 Kefu 的版本

想详细了解某个命令，请运行 kefu <命令> --help，或 kefu help <命令>。

${fileTable(lang)}
`;
  }
  return `kefu — customer service kept in Google Sheets: check the exports, sum up a month, build the report site

Usage: kefu <command> [options]

Commands:
${commands}

Options every command takes:
  --lang zh|en     language of the messages (default: from the locale, LC_ALL, LC_MESSAGES
                   or LANG: zh… → Chinese, anything else → English)
  -h, --help       the command's help
  -v, --version    Kefu's version

kefu <command> --help (or kefu help <command>) tells more about one command.

${fileTable(lang)}
`;
}

/** `kefu <command> --help` and `kefu help <command>`: that command's usage, what it does, its options and exit codes. */
export function formatCommandHelp(command: CommandName, lang: Lang): string {
  const heading = lang === 'zh' ? '用法：' : 'Usage:';
  const usage = USAGE[command][lang].split('\n').map((l) => `  ${l}`).join('\n');
  const files = command === 'check' ? `\n\n${fileTable(lang)}` : '';
  return `${heading}\n${usage}\n\n${formatDetails(DETAILS[command], lang)}${files}\n`;
}

/** After a usage mistake: the command's usage lines (or the list of commands) and where the full help is. */
export function formatUsageHint(command: CommandName | undefined, lang: Lang): string {
  if (command === undefined) {
    const list = COMMAND_NAMES.join(', ');
    return lang === 'zh' ? `可用的命令：${list}。运行 kefu help 查看说明。` : `Commands: ${list}. Run kefu help for more.`;
  }
  const usage = USAGE[command][lang].split('\n').map((l) => `  ${l}`).join('\n');
  return lang === 'zh'
    ? `用法：\n${usage}\n运行 kefu ${command} --help 查看完整说明。`
    : `Usage:\n${usage}\nRun kefu ${command} --help for more.`;
}
