// The path a published site lives under (kefu report --base, KEFU_BASE in astro.config.mjs): "/" for a domain of its own, "/kefu/" for a
// GitHub Pages project site or a sub-folder. One rule for both.
import type { Bilingual } from '../shared/issue';

/** One path segment: letters (any script), digits, - _ . ~ but never . or .. alone. */
const SEGMENT = /^[\p{L}\p{N}_~.-]+$/u;

/** The base with a slash at each end, as astro.config.mjs makes it from KEFU_BASE; an address, .., spaces or ? are refused. */
export function readBasePath(text: string): { ok: true; base: string } | { ok: false; problem: Bilingual } {
  const segments = text.trim().split('/').filter(Boolean);
  const fine = text.trim() !== '' && segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..');
  if (!fine) {
    return { ok: false, problem: {
      en: `--base should be the path the site is served under, such as /kefu/ for https://<user>.github.io/kefu/, not "${text}"`,
      zh: `--base 应为网站所在的路径，例如 https://<用户名>.github.io/kefu/ 写作 /kefu/，而不是"${text}"`,
    } };
  }
  return { ok: true, base: segments.length === 0 ? '/' : `/${segments.join('/')}/` };
}
