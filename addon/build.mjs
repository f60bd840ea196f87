// Bundles addon/src into one Apps Script file (addon/dist/Code.js) plus the manifest and the sidebar pages
// (each one self-contained: the shared common.css/common.js are inlined by sidebar-pages.mjs).
// Usage: node addon/build.mjs [outDir]   (outDir defaults to addon/dist)
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { renderSidebarPage, sidebarPageNames } from './sidebar-pages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, 'src', 'main.ts');

/** Every name main.ts exports, read from an ESM build's metafile so the list is never kept by hand. */
async function exportNames() {
  const result = await esbuild.build({
    entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['main', 'module'], external: ['stream'], write: false, metafile: true,
    outfile: 'names.js', logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports).sort();
}

export async function buildAddon(outDir = join(here, 'dist')) {
  const out = resolve(outDir);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const names = await exportNames();
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'Kefu',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['main', 'module'],
    // papaparse requires Node's stream only for its Node streaming mode, which the add-on never uses.
    external: ['stream'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    outfile: join(out, 'Code.js'),
    logLevel: 'warning',
  });
  const bundle = result.outputFiles[0].text;
  // Apps Script only sees declared top-level functions: one wrapper per export of main.ts.
  const wrappers = names.map((name) => `function ${name}() { return Kefu.${name}.apply(this, arguments); }`).join('\n');
  writeFileSync(join(out, 'Code.js'), `${bundle}\n${wrappers}\n`);
  copyFileSync(join(here, 'appsscript.json'), join(out, 'appsscript.json'));
  const pages = sidebarPageNames().map((name) => `${name}.html`);
  for (const page of pages) writeFileSync(join(out, page), renderSidebarPage(page));
  return { outDir: out, exports: names, pages, bytes: Buffer.byteLength(readFileSync(join(out, 'Code.js'))) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const built = await buildAddon(process.argv[2]);
  console.log(`addon: ${built.exports.length} functions, ${built.pages.length} pages, ${(built.bytes / 1024).toFixed(0)} KB → ${built.outDir}`);
}
