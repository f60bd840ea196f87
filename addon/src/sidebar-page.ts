// A sidebar page as the server sends it: in the workbook's language from its first byte, so nothing flashes in the other one.
import type { Lang } from './rpc-contract';

/** Sets <html lang> and embeds KEFU_LANG, which common.js reads before it labels the page (no wait for the server). */
export function localizePage(html: string, lang: Lang): string {
  const tag = lang === 'en' ? 'en' : 'zh-CN';
  return html
    .replace(/<html\b([^>]*?)\slang="[^"]*"/, `<html$1 lang="${tag}"`)
    .replace(/<head>/, `<head>\n<script>var KEFU_LANG = ${JSON.stringify(lang)};</script>`);
}
