// `kefu` runs from its esbuild bundle (cli/build.mjs): `kefu help` loads no heavy package and no TypeScript loader, and
// a bundle older than its sources is rebuilt before it runs, never run stale. Its start-up time is measured in the bench.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshCli } from '../../cli/build.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'kefu-startup-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Preloaded with --import: records every module Node resolves (ESM hook) or loads (CommonJS cache) into KEFU_TRACE. */
const TRACER = `
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
const hooks = "import { appendFileSync } from 'node:fs';" +
  "export async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(process.env.KEFU_TRACE, r.url + '\\\\n'); return r; }";
register('data:text/javascript,' + encodeURIComponent(hooks));
process.on('exit', () => appendFileSync(process.env.KEFU_TRACE, Object.keys(createRequire(import.meta.url).cache).join('\\n') + '\\n'));
`;

/** Every module a `node bin/kefu.js …` process loaded, as file paths or URLs. */
function modulesLoadedBy(args: readonly string[]): string[] {
  const tracer = join(scratch, 'tracer.mjs');
  const trace = join(scratch, `trace-${args.join('-')}.txt`);
  writeFileSync(tracer, TRACER);
  writeFileSync(trace, '');
  execFileSync(process.execPath, ['--import', tracer, 'bin/kefu.js', ...args], { env: { ...process.env, KEFU_TRACE: trace }, stdio: 'pipe' });
  return readFileSync(trace, 'utf8').split('\n').filter((l) => l !== '');
}

/** Packages `kefu help` must never load: the Sheets client, the .xlsx library, the site builder, TypeScript loaders, and
 * papaparse (≈ 20 ms of a ≈ 90 ms start here: only the commands that read files load it). */
const HEAVY = ['googleapis', 'google-auth-library', 'exceljs', 'astro', 'vite', 'tsx', 'esbuild', 'typescript', 'papaparse'];
const packageOf = (loaded: string): string | undefined => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(loaded)?.[1];

describe('kefu help starts light', () => {
  for (const args of [['help'], ['--version'], ['check', '--help']]) {
    it(`kefu ${args.join(' ')} loads the bundle, no TypeScript source and none of ${HEAVY.join(', ')}`, () => {
      const loaded = modulesLoadedBy(args);
      expect(loaded.some((m) => /cli\/dist\/kefu\.js$/.test(m))).toBe(true);
      expect(loaded.filter((m) => /\.tsx?$/.test(m))).toEqual([]);
      expect([...new Set(loaded.map(packageOf).filter((p) => p !== undefined && HEAVY.includes(p)))]).toEqual([]);
    });
  }
});

describe('paths inside the bundle', () => {
  it('every bundled source that locates files from import.meta sits two folders deep, as cli/dist does', () => {
    // In the bundle every import.meta.url is cli/dist's, so `new URL('../../', import.meta.url)` finds the root only from that depth.
    const { inputs } = JSON.parse(readFileSync('cli/dist/inputs.json', 'utf8')) as { inputs: string[] };
    const wrongDepth = inputs.filter((f) => /\.ts$/.test(f) && /import\.meta\b/.test(readFileSync(f, 'utf8')) && f.split('/').length !== 3);
    expect(wrongDepth).toEqual([]);
  });
});

describe('the bundle follows its sources', () => {
  const project = join(scratch, 'project');
  const entry = join(project, 'main.ts');
  const word = join(project, 'word.ts');
  const outDir = join(project, 'dist');
  mkdirSync(project);
  writeFileSync(entry, "import { WORD } from './word';\nexport const main = (): string => WORD;\n");
  writeFileSync(word, "export const WORD: string = 'first';\n");
  const options = { root: project, entry, outDir };

  it('builds a missing bundle', async () => {
    const built = await freshCli(options);
    expect(built.rebuilt).toBe(true);
    expect(readFileSync(built.file, 'utf8')).toContain('first');
  });

  it('runs a bundle newer than every source as it is', async () => {
    const before = statSync(join(outDir, 'kefu.js')).mtimeMs;
    const again = await freshCli(options);
    expect(again.rebuilt).toBe(false);
    expect(statSync(again.file).mtimeMs).toBe(before);
  });

  it('rebuilds when a source it bundles changed after the build', async () => {
    writeFileSync(word, "export const WORD: string = 'second';\n");
    const later = new Date(Date.now() + 5_000);
    utimesSync(word, later, later);
    const built = await freshCli(options);
    expect(built.rebuilt).toBe(true);
    expect(readFileSync(built.file, 'utf8')).toContain('second');
  });
});
