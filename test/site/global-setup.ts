// Vitest global setup: builds the site from data/sample once per run and hands its folder to the site tests (inject('siteDir')).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, scratchFolder } from './build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site, or '' when this run has no test that needs it. */
    siteDir: string;
  }
}

/** Test files that read the built site; a run filtered to other files skips the build. */
const NEEDS_SITE = ['test/site/browser.test.ts', 'test/site/privacy.test.ts', 'test/site/training-pages.test.ts'];

function runNeedsSite(project: TestProject): boolean {
  // The CLI's file filters (vitest matches them as substrings of the path); none means every file runs.
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters || filters.length === 0) return true;
  return filters.some((f) => NEEDS_SITE.some((file) => file.includes(f.replace(/^\.\//, ''))));
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  // KEFU_SITE_DIR reuses a site already built (for quick reruns while working on the tests).
  const given = process.env['KEFU_SITE_DIR'];
  if (given && existsSync(join(given, 'index.html'))) {
    project.provide('siteDir', given);
    return undefined;
  }
  if (!runNeedsSite(project)) {
    project.provide('siteDir', '');
    return undefined;
  }
  const out = scratchFolder('site-');
  const built = await buildSite('data/sample', out);
  if (built.exitCode !== 0) {
    rmSync(out, { recursive: true, force: true });
    throw new Error(`astro build failed (exit ${built.exitCode}):\n${built.output.split('\n').slice(-40).join('\n')}`);
  }
  project.provide('siteDir', out);
  return () => rmSync(out, { recursive: true, force: true });
}
