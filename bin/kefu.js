#!/usr/bin/env node
// Entry point of the `kefu` command: runs the esbuild bundle in cli/dist/ (built by npm install's prepare), rebuilding it first when a source changed.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freshCli } from '../cli/build.mjs';

const argv = process.argv.slice(2);
const bundle = fileURLToPath(new URL('../cli/dist/kefu.js', import.meta.url));

/** The bundle to run: fresh, or (with no esbuild to rebuild it) the old one said out loud, or none. */
async function bundleToRun() {
  try {
    return (await freshCli()).file;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !error.message.includes('esbuild')) {
      // A compile error esbuild has printed already (error.errors), or another cause, such as a folder kefu may not write.
      const why = Array.isArray(error?.errors) ? 'see above' : String(error?.message ?? error);
      console.error(`kefu: cli/dist could not be rebuilt from the sources (${why}). Fix that, or run \`node cli/build.mjs\` to see it again.`);
      return undefined;
    }
    if (!existsSync(bundle)) {
      console.error('kefu: cli/dist/kefu.js is missing and esbuild is not installed to build it: run `npm install` in the Kefu folder.');
      return undefined;
    }
    console.error('kefu: warning: the sources changed since cli/dist was built, and esbuild is not installed to rebuild it (npm install); running the older build.');
    return bundle;
  }
}

const file = await bundleToRun();
if (file === undefined) process.exitCode = 3;
else {
  const { main, formatInternalError } = await import(file);
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    // Bad input never lands here (it is reported as issues); this is a bug in Kefu itself.
    console.error(formatInternalError(error, argv));
    process.exitCode = 3;
  }
}
