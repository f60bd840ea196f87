// The language of messages: --lang when given, else the user's locale (LC_ALL, then LC_MESSAGES, then LANG, as POSIX programs read them).
import type { Lang } from '../shared/issue';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The first of LC_ALL, LC_MESSAGES, LANG that is set decides: zh… (zh_CN.UTF-8, zh_TW …) → zh; anything else, or none, → en. */
export function langFromLocale(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v.trim() !== '');
  return locale !== undefined && /^zh/i.test(locale.trim()) ? 'zh' : 'en';
}

/** --lang's value as a language (zh or en, any case); undefined for anything else. */
export function readLang(text: string): Lang | undefined {
  const wanted = text.trim().toLowerCase();
  return LANGS.find((l) => l === wanted);
}
