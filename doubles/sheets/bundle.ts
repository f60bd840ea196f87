// Builds the add-on with addon/build.mjs and loads the BUILT Code.js into a node:vm context whose globals are the double.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import vm from 'node:vm';
import type { ExecutionOptions, SpreadsheetServicesDouble } from './index';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltAddon {
  dir: string;
  code: string;
}

/** node addon/build.mjs into a fresh temp folder, as `npm run build:addon` does into addon/dist. */
export function buildAddon(): BuiltAddon {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-addon-'));
  execFileSync(process.execPath, [join(ROOT, 'addon/build.mjs'), dir], { cwd: ROOT, stdio: 'pipe' });
  return { dir, code: readFileSync(join(dir, 'Code.js'), 'utf8') };
}

/** Deletes a build's temp folder (call from afterAll). */
export function removeBuild(built: BuiltAddon | undefined): void {
  if (built) rmSync(built.dir, { recursive: true, force: true });
}

/** A clock a test can move; every `new Date()` and Date.now() inside the context reads it. */
export interface TestClock { now: number }

export type AddonContext = vm.Context & Record<string, (...args: unknown[]) => unknown>;

/**
 * One execution environment (one user): the double's services plus a Date whose "now" is the clock.
 * The context has only ECMAScript built-ins, so setTimeout, fetch, URL, TextEncoder or atob in the
 * bundle would fail here as they would in Apps Script.
 */
export function loadAddon(built: BuiltAddon, double: SpreadsheetServicesDouble, clock: TestClock, options: ExecutionOptions = {}): AddonContext {
  const context = vm.createContext({ ...double.globals(options), __now: () => clock.now });
  vm.runInContext(`(() => {
    const RealDate = Date;
    class ClockDate extends RealDate {
      constructor(...args) { if (args.length === 0) super(__now()); else super(...args); }
      static now() { return __now(); }
    }
    globalThis.Date = ClockDate;
  })();`, context);
  vm.runInContext(built.code, context, { filename: 'Code.js' });
  return context as AddonContext;
}
