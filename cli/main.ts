// The `kefu` command: parse arguments and hand each subcommand to its module.
import { parseArgs } from 'node:util';
import pkg from '../package.json' with { type: 'json' };
import type { Lang } from '../shared/issue';
import { EXIT, type Output } from './exit';
import { readCommandLine, type CommandLine } from './command-line';
import { formatCommandHelp, formatGeneralHelp, formatUsageHint, type CommandName } from './help';
import { readLang } from './locale';

const consoleOutput: Output = { out: (t) => console.log(t), err: (t) => console.error(t) };

/** Every option of every command, as parseArgs reads them; cli/command-line.ts says which command takes which. */
const OPTIONS = {
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  seed: { type: 'string' },
  customers: { type: 'string' },
  month: { type: 'string' },
  business: { type: 'string' },
  spreadsheet: { type: 'string', multiple: true },
  store: { type: 'string', multiple: true },
  out: { type: 'string' },
  from: { type: 'string' },
  data: { type: 'string' },
  'oauth-client': { type: 'string' },
  force: { type: 'boolean', default: false },
  xlsx: { type: 'string' },
  base: { type: 'string' },
  pdf: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

/** Kefu's version, as package.json gives it (inlined into the bundle, which is rebuilt when package.json changes). */
function version(): string {
  return pkg.version;
}

/** A usage mistake: what is wrong, then the usage to follow; exit 2. */
function usageMistake(io: Output, command: CommandName | undefined, lang: Lang, text: { en: string; zh: string }): number {
  const prefix = command && command !== 'help' ? `kefu ${command}` : 'kefu';
  io.err(`${prefix}${lang === 'zh' ? '：' : ': '}${text[lang]}\n\n${formatUsageHint(command, lang)}`);
  return EXIT.unusable;
}

/** A bug in Kefu itself (bad input never gets here): said in the command's language, without a stack. */
export function formatInternalError(error: unknown, argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const message = error instanceof Error ? error.message : String(error);
  return readCommandLine(argv, OPTIONS, env).lang === 'zh'
    ? `kefu：内部错误：${message}\n这是 Kefu 自身的问题，请连同你运行的命令一起报告。`
    : `kefu: internal error: ${message}\nPlease report this with the command you ran.`;
}

/** A workbook's language: Chinese, like the rulebooks and the sample, unless --lang en asks for English (the locale only sets the messages'). */
function workbookLang(option: string | undefined): Lang {
  return (option !== undefined ? readLang(option) : undefined) ?? 'zh';
}

/** Runs `kefu` with argv (without node and the script); `env` gives the locale (LC_ALL, LC_MESSAGES, LANG) and KEFU_TODAY. */
export async function main(argv: readonly string[], io: Output = consoleOutput, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const line: CommandLine = readCommandLine(argv, OPTIONS, env);
  switch (line.kind) {
    case 'mistake': return usageMistake(io, line.command, line.lang, line.text);
    case 'version':
      io.out(`kefu ${version()}`);
      return EXIT.clean;
    case 'help':
      io.out(line.topic ? formatCommandHelp(line.topic, line.lang) : formatGeneralHelp(line.lang));
      return EXIT.clean;
    case 'run': break;
  }
  const { command, lang } = line;
  let parsed;
  try {
    parsed = parseArgs({ args: line.args, allowPositionals: true, options: OPTIONS });
  } catch {
    // readCommandLine refuses what parseArgs throws on; should they ever disagree, Node's wording still stays out.
    return usageMistake(io, command, lang, { en: 'cannot read these arguments', zh: '无法识别这些参数' });
  }
  const { values, positionals } = parsed;
  switch (command) {
    case 'check': {
      if (positionals.length === 0) {
        return usageMistake(io, command, lang, { en: 'name a CSV file or a folder of them', zh: '请指定一个 CSV 文件，或装有 CSV 文件的文件夹' });
      }
      // Every command is loaded on demand, so `kefu help` parses none of them (and no papaparse).
      const { runCheck } = await import('./check');
      return runCheck(positionals, { json: values.json, lang }, io);
    }
    case 'summary': {
      if (positionals.length === 0) {
        return usageMistake(io, command, lang, { en: 'name a folder of CSV exports', zh: '请指定存放导出 CSV 文件的文件夹' });
      }
      const { runSummary } = await import('./summary');
      const today = env['KEFU_TODAY']?.trim() || new Date().toISOString().slice(0, 10);
      return runSummary(positionals, { json: values.json, lang, month: values.month, today }, io);
    }
    case 'sample': {
      const { runSample } = await import('./sample/run-sample');
      return runSample(positionals[0], { seed: values.seed, customers: values.customers, business: values.business, force: values.force, lang,
        xlsx: values.xlsx, workbookLang: workbookLang(values.lang) }, io);
    }
    case 'template': {
      // Loaded on demand, like export: exceljs is for the workbook only.
      const { runTemplate } = await import('./template/run-template');
      return runTemplate(positionals[0], { business: values.business, force: values.force, lang, workbookLang: workbookLang(values.lang) }, io, new Date());
    }
    case 'export': {
      // Loaded on demand: the Sheets client costs ~0.6 s that `kefu check` should not pay.
      const { runExport } = await import('./export/run-export');
      return runExport({ spreadsheet: values.spreadsheet, store: values.store, out: values.out, oauthClient: values['oauth-client'], lang }, io);
    }
    case 'report': {
      const { runReport } = await import('./report/run-report');
      return runReport({
        spreadsheet: values.spreadsheet, store: values.store, from: values.from, data: values.data,
        out: values.out, oauthClient: values['oauth-client'], base: values.base, pdf: values.pdf, lang, month: values.month,
        // Today from the edge (KEFU_TODAY for tests), as kefu summary takes it: it picks the default month and marks a partial one.
        today: env['KEFU_TODAY']?.trim() || new Date().toISOString().slice(0, 10),
      }, io);
    }
  }
}
