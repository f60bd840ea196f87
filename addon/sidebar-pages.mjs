// The sidebar pages as they ship: addon/src/sidebar/<name>.html with the shared parts inlined at their markers.
// HtmlService.createHtmlOutputFromFile serves one file and nothing beside it, so a page cannot load common.css or
// common.js; a marker comment `<!-- kefu:common.css -->` (or any .css/.js file in the folder) becomes that file in a
// <style> or <script> element. Used by addon/build.mjs and by the tests, so what is tested is what is built.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SIDEBAR_DIR = join(dirname(fileURLToPath(import.meta.url)), 'src', 'sidebar');

const MARKER = /<!--\s*kefu:([^\s>]*)\s*-->/g;
/** A page that is another page opened on one of its views: `<!-- kefu:follow-ups.html#form -->` (and its purpose comment). */
const VIEW_OF = /^\s*<!--[^]*?-->\s*<!--\s*kefu:([a-z][a-z-]*)\.html#([a-z][a-z-]*)\s*-->\s*$/;
const TAGS = { css: 'style', js: 'script' };

/** The names of the sidebar pages (their .html files without the ending), sorted. */
export function sidebarPageNames() {
  return readdirSync(SIDEBAR_DIR).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -'.html'.length)).sort();
}

/** One page, self-contained: `name` is e.g. 'log-call' (or 'log-call.html'). Throws on an unknown page or marker. */
export function renderSidebarPage(name) {
  const page = name.endsWith('.html') ? name.slice(0, -'.html'.length) : name;
  if (!sidebarPageNames().includes(page)) throw new Error(`no sidebar page ${JSON.stringify(name)} in ${SIDEBAR_DIR}`);
  const html = readFileSync(join(SIDEBAR_DIR, `${page}.html`), 'utf8');
  const view = VIEW_OF.exec(html);
  if (view) {
    if (view[1] === page) throw new Error(`${page}.html: a page cannot be a view of itself`);
    return renderSidebarPage(view[1]).replace(/<html\b/, `<html data-view="${view[2]}"`);
  }
  return html.replace(MARKER, (_, file) => {
    const kind = /^[a-z][a-z-]*\.(css|js)$/.exec(file)?.[1];
    if (!kind) throw new Error(`${page}.html: the marker kefu:${file} names no .css or .js file`);
    const tag = TAGS[kind];
    const text = readFileSync(join(SIDEBAR_DIR, file), 'utf8');
    if (new RegExp(`</${tag}`, 'i').test(text)) throw new Error(`${file} contains </${tag}, which would end the inlined <${tag}>`);
    return `<${tag}>\n${text.endsWith('\n') ? text : `${text}\n`}</${tag}>`;
  });
}
