// The dictionary of a language.
import type { Lang } from './lang';
import { en } from './words-en';
import { zh, type Words } from './words-zh';

export type { Words };

const WORDS: Record<Lang, Words> = { zh, en };

export function words(lang: Lang): Words {
  return WORDS[lang];
}
