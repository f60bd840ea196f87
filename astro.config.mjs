// The report site: static pages built from CSV exports (KEFU_DATA, default the bundled sample) into KEFU_OUT (default dist/).
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { readBasePath } from './load/base-path.ts';

/** Astro 5 writes two empty content-layer stubs into an outDir outside the project (withastro/astro#14903); they are not part of the site. */
const dropContentStubs = {
  name: 'kefu-drop-content-stubs',
  hooks: {
    'astro:build:done': ({ dir }) => {
      for (const stub of ['content-assets.mjs', 'content-modules.mjs']) rmSync(fileURLToPath(new URL(stub, dir)), { force: true });
    },
  },
};

/** A build stops on bad data after printing its file:line:column list, without Astro's stack trace (site/data/site-data.ts). */
const stopOnDataProblem = {
  name: 'kefu-stop-on-data-problem',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'build') process.env.KEFU_STOP_ON_DATA_PROBLEM = '1';
    },
  },
};

/** KEFU_BASE: the path the site is served under (a GitHub Pages project site, a sub-folder), by kefu report --base's rule; unset is "/". */
function basePath(value) {
  if ((value ?? '').trim() === '') return '/';
  const read = readBasePath(value);
  if (!read.ok) throw new Error(`KEFU_BASE should be the path the site is served under, such as /kefu/, not "${value}".`);
  return read.base;
}

// Vite lets a BASE_URL in the environment (vitest sets one, some CI systems too) override import.meta.env.BASE_URL; the base is KEFU_BASE's alone.
delete process.env.BASE_URL;

export default defineConfig({
  base: basePath(process.env.KEFU_BASE),
  srcDir: './site',
  outDir: process.env.KEFU_OUT ?? './dist',
  publicDir: './site/public',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [dropContentStubs, stopOnDataProblem],
});
