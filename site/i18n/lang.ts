// The site's two languages: the one Lang of the project (shared/issue), the locale Intl formats with and the one <html lang> declares.
import type { Lang } from '../../shared/issue';

export type { Lang };

export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
