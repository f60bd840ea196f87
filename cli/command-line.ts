// The `kefu` command line read as people expect: the command, --help/--version, the language, and every usage mistake as data in both languages.
import type { Bilingual, Lang } from '../shared/issue';
import { suggestWord } from './did-you-mean';
import { COMMAND_NAMES, type CommandName } from './help';
import { langFromLocale, LANGS, readLang } from './locale';

export interface OptionSpec { type: 'string' | 'boolean'; short?: string; multiple?: boolean }

/** The options every command takes. */
const COMMON = ['lang', 'help', 'version'];

/** Which options each command takes; an option of another command is a mistake, not silently ignored. */
export const COMMAND_OPTIONS: Record<CommandName, readonly string[]> = {
  check: ['json'],
  summary: ['month', 'json'],
  sample: ['seed', 'customers', 'business', 'force', 'xlsx'],
  template: ['business', 'force'],
  export: ['spreadsheet', 'store', 'out', 'oauth-client'],
  report: ['spreadsheet', 'store', 'from', 'data', 'out', 'oauth-client', 'base', 'pdf', 'month'],
  help: [],
};

/** How many names (files, folders) a command takes after it; absent: any number. */
const MAX_POSITIONALS: Partial<Record<CommandName, number>> = { sample: 1, template: 1, export: 0, report: 0 };

export type CommandLine =
  | { kind: 'run'; command: Exclude<CommandName, 'help'>; lang: Lang; /** argv without the command's name, for parseArgs. */ args: string[] }
  | { kind: 'help'; topic: CommandName | undefined; lang: Lang }
  | { kind: 'version'; lang: Lang }
  | { kind: 'mistake'; command: CommandName | undefined; lang: Lang; text: Bilingual };

interface Token {
  kind: 'option'; name: string; raw: string; value?: string; inline: boolean; valueMissing: boolean; unknown: boolean;
  /** The argument after an option whose value is missing because it starts with -. */
  dashed?: string;
}

/** Splits argv as node:util parseArgs does (--name, --name=value, -x, `--` ends options), keeping what parseArgs would throw on. */
function tokenize(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): { options: Token[]; positionals: string[]; firstAt: number } {
  const tokens: Token[] = [];
  const positionals: string[] = [];
  let firstAt = -1;
  const byShort = new Map(Object.entries(options).filter(([, s]) => s.short).map(([n, s]) => [s.short!, n]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      if (firstAt === -1 && i + 1 < argv.length) firstAt = i + 1;
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (firstAt === -1) firstAt = i;
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const raw = long && eq > 0 ? arg.slice(0, eq) : arg;
    const name = long ? raw.slice(2) : byShort.get(raw.slice(1)) ?? raw.slice(1);
    const spec = long ? options[name] : byShort.has(raw.slice(1)) ? options[name] : undefined;
    const token: Token = { kind: 'option', name, raw, inline: long && eq > 0, valueMissing: false, unknown: spec === undefined };
    if (token.inline) token.value = arg.slice(eq + 1);
    else if (spec?.type === 'string') {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        token.valueMissing = true;
        if (next !== undefined) token.dashed = next;
      } else token.value = argv[++i];
    }
    tokens.push(token);
  }
  return { options: tokens, positionals, firstAt };
}

const quote = (text: string): string => `\`${text}\``;

function unknownCommand(word: string): Bilingual {
  const guess = suggestWord(word, COMMAND_NAMES);
  return guess
    ? { en: `unknown command ${quote(word)}; did you mean ${quote(guess)}?`, zh: `没有 ${quote(word)} 这个命令；你是不是想输入 ${quote(guess)}？` }
    : { en: `unknown command ${quote(word)}`, zh: `没有 ${quote(word)} 这个命令` };
}

function optionMistake(token: Token, command: CommandName | undefined, options: Readonly<Record<string, OptionSpec>>): Bilingual | undefined {
  const spec = options[token.name];
  if (token.unknown) {
    const allowed = command ? [...COMMAND_OPTIONS[command], ...COMMON] : COMMON;
    const typed = token.raw.replace(/^-+/, '');
    const guess = suggestWord(typed, allowed) ?? suggestWord(typed, Object.keys(options));
    const hint = guess ? { en: `; did you mean ${quote(`--${guess}`)}?`, zh: `；你是不是想输入 ${quote(`--${guess}`)}？` } : { en: '', zh: '' };
    return { en: `unknown option ${quote(token.raw)}${hint.en}`, zh: `没有 ${quote(token.raw)} 这个选项${hint.zh}` };
  }
  if (command && command !== 'help' && !COMMON.includes(token.name) && !COMMAND_OPTIONS[command].includes(token.name)) {
    const owners = COMMAND_NAMES.filter((c) => COMMAND_OPTIONS[c].includes(token.name)).map((c) => `kefu ${c}`);
    return {
      en: `${quote(token.raw)} is not an option of kefu ${command}${owners.length > 0 ? ` (it goes with ${owners.join(', ')})` : ''}`,
      zh: `kefu ${command} 没有 ${quote(token.raw)} 这个选项${owners.length > 0 ? `（它是 ${owners.join('、')} 的选项）` : ''}`,
    };
  }
  if (spec?.type === 'boolean' && token.inline) {
    return { en: `${quote(token.raw)} takes no value; write just ${token.raw}`, zh: `${quote(token.raw)} 不需要值，直接写 ${token.raw} 即可` };
  }
  if (token.valueMissing) {
    const dashed = token.dashed === undefined ? undefined : quote(`${token.raw}=${token.dashed}`);
    return {
      en: `${quote(token.raw)} needs a value after it${dashed ? ` (for a value starting with -, write ${dashed})` : ''}`,
      zh: `${quote(token.raw)} 后面需要跟一个值${dashed ? `（值以 - 开头时，请写成 ${dashed}）` : ''}`,
    };
  }
  return undefined;
}

/**
 * Reads argv (without node and the script) against the options parseArgs will be given. The language comes first, so
 * every later message is in it: --lang when valid, else the locale in `env`.
 */
export function readCommandLine(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>, env: Readonly<Record<string, string | undefined>>): CommandLine {
  const { options: tokens, positionals, firstAt } = tokenize(argv, options);
  const langToken = tokens.filter((t) => t.name === 'lang' && !t.unknown).at(-1);
  const localeLang = langFromLocale(env);
  const [first, ...rest] = positionals;
  const known = COMMAND_NAMES.find((c) => c === first);
  if (langToken && !langToken.valueMissing) {
    const chosen = readLang(langToken.value ?? '');
    if (!chosen) {
      const choices = LANGS.join(', ');
      return { kind: 'mistake', command: known, lang: localeLang, text: {
        en: `--lang must be one of ${choices} (zh: 中文, en: English), not "${langToken.value}"`,
        zh: `--lang 只能是 ${choices} 之一（zh：中文，en：English），而不是“${langToken.value}”`,
      } };
    }
  }
  const lang = (langToken?.value !== undefined ? readLang(langToken.value) : undefined) ?? localeLang;
  if (first !== undefined && !known) return { kind: 'mistake', command: undefined, lang, text: unknownCommand(first) };
  for (const token of tokens) {
    const text = optionMistake(token, known, options);
    if (text) return { kind: 'mistake', command: known, lang, text };
  }
  if (tokens.some((t) => t.name === 'version')) return { kind: 'version', lang };
  const wantsHelp = tokens.some((t) => t.name === 'help');
  if (known === undefined) {
    return { kind: 'help', topic: undefined, lang };
  }
  if (known === 'help') {
    const [topic, ...extra] = rest;
    if (topic === undefined) return { kind: 'help', topic: undefined, lang };
    const topicKnown = COMMAND_NAMES.find((c) => c === topic);
    if (!topicKnown) return { kind: 'mistake', command: 'help', lang, text: unknownCommand(topic) };
    if (extra.length > 0) return { kind: 'mistake', command: 'help', lang, text: { en: 'kefu help takes one command name', zh: 'kefu help 后面只能跟一个命令名' } };
    return { kind: 'help', topic: topicKnown, lang };
  }
  if (wantsHelp) return { kind: 'help', topic: known, lang };
  const extra = rest.slice(MAX_POSITIONALS[known] ?? rest.length)[0];
  if (extra !== undefined) {
    const flags = known === 'report' ? ['--out or --from', '--out 或 --from'] : ['--out', '--out'];
    const folder = known === 'sample' || known === 'template' ? undefined : { en: ` (a folder goes after ${flags[0]})`, zh: `（文件夹要写在 ${flags[1]} 后面）` };
    return { kind: 'mistake', command: known, lang, text: {
      en: `unexpected argument ${quote(extra)}${folder?.en ?? ''}`, zh: `多余的参数 ${quote(extra)}${folder?.zh ?? ''}`,
    } };
  }
  return { kind: 'run', command: known, lang, args: [...argv.slice(0, firstAt), ...argv.slice(firstAt + 1)] };
}
