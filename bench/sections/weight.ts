// 3. Page weight: what each built page makes the browser fetch — JS, CSS and the chart data inside the HTML — raw and gzip.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { fmtKB, mark, ROOT, table } from '../util';

interface Size { raw: number; gz: number }
export interface PageWeight {
  page: string;
  html: Size;
  js: Size;
  jsFiles: string[];
  css: Size;
  data: Size;
}

const gz = (text: string | Buffer): number => gzipSync(text).length;
const size = (text: string | Buffer): Size => ({ raw: Buffer.byteLength(text), gz: gz(text) });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gz: a.gz + b.gz });
const ZERO: Size = { raw: 0, gz: 0 };

/** A built JS file and every module it imports statically (what loads before it runs), once each. */
function jsClosure(root: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.m?js)["']/g)) {
    const target = m[1]!.startsWith('/') ? join(root, m[1]!) : resolve(dirname(file), m[1]!);
    jsClosure(root, target, seen);
  }
}

export function pageWeights(root: string): PageWeight[] {
  const pages = readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.html')).sort();
  return pages.map((page) => {
    const html = readFileSync(join(root, page), 'utf8');
    const jsFiles = new Set<string>();
    let js = ZERO;
    let css = ZERO;
    let dataText = '';
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1]!;
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
      if (/type="application\/(?:ld\+)?json"/.test(attrs)) dataText += m[2];
      else if (src) {
        if (!/^https?:/.test(src)) jsClosure(root, join(root, src), jsFiles);
      } else js = add(js, size(m[2]!));
    }
    for (const file of jsFiles) js = add(js, size(readFileSync(file)));
    for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
      const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
      if (href && !/^https?:/.test(href) && existsSync(join(root, href))) css = add(css, size(readFileSync(join(root, href))));
    }
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css = add(css, size(m[1]!));
    return {
      page: `/${page.replace(/index\.html$/, '')}`,
      html: size(html),
      js,
      jsFiles: [...jsFiles].map((f) => relative(root, f)),
      css,
      data: dataText ? size(dataText) : ZERO,
    };
  });
}

/** `import 'chart.js/auto'` bundled and minified by esbuild, as a page using Chart.js's everything-registered entry would ship. */
export async function chartJsAuto(): Promise<Size> {
  const result = await build({
    stdin: { contents: "import 'chart.js/auto';", resolveDir: ROOT, loader: 'js' },
    bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', logLevel: 'silent',
  });
  return size(Buffer.from(result.outputFiles[0]!.contents));
}

/** The page kind: /en/reports/2026-10/ and /reports/2026-09/ are both /reports/[month]/. */
const template = (page: string): string => page.replace(/^\/en\//, '/').replace(/\d{4}-\d{2}/, '[month]');

const kb = (s: Size): string => `${fmtKB(s.raw)} / ${fmtKB(s.gz)}`;

export function weightSection(weights: readonly PageWeight[], auto: Size, goalKB = 80): { table: string; worstJsGz: number; pages: number } {
  const groups = new Map<string, PageWeight[]>();
  for (const w of weights) groups.set(template(w.page), [...(groups.get(template(w.page)) ?? []), w]);
  const total = (w: PageWeight) => w.html.gz + w.js.gz + w.css.gz;
  const rows = [...groups].map(([name, list]) => {
    const heaviest = [...list].sort((a, b) => total(b) - total(a))[0]!;
    return [
      `\`${name}\` (${list.length}; heaviest \`${heaviest.page}\`)`,
      kb(heaviest.html), kb(heaviest.data), kb(heaviest.js), kb(heaviest.css),
      `${fmtKB(total(heaviest))}`,
      `${mark(heaviest.js.gz <= goalKB * 1024)}`,
    ];
  });
  const worstJsGz = Math.max(0, ...weights.map((w) => w.js.gz));
  rows.push([
    'Chart.js `auto` alone (esbuild, minified), for comparison', '–', '–', kb(auto), '–', fmtKB(auto.gz), mark(auto.gz <= goalKB * 1024),
  ]);
  return {
    table: table(
      ['page (count; the heaviest shown)', 'HTML raw / gzip', '… of which chart data (JSON in the HTML)', 'JS raw / gzip', 'CSS raw / gzip',
        'total gzip (HTML + JS + CSS)', `JS ≤ ${goalKB} KB gzip`],
      rows, ['l'],
    ),
    worstJsGz,
    pages: weights.length,
  };
}
