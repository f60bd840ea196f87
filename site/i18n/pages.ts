// The site's pages and their paths in each language: zh at the root, en under /en/.
import type { Lang } from './lang';

export type PageKey = 'overview' | 'satisfaction' | 'follow-ups' | 'complaints' | 'quality' | 'training' | 'archive' | 'reports' | 'stores';
export const TOPICS = ['satisfaction', 'follow-ups', 'complaints', 'quality', 'training', 'archive'] as const;
export type Topic = (typeof TOPICS)[number];

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
