// Bundles the `kefu` command (cli/main.ts and what it imports from shared/ and load/) into cli/dist/ with esbuild, and
// says whether that bundle is older than its sources. `node cli/build.mjs` (npm's prepare) builds it; bin/kefu.js runs it.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Kefu's own bundle; a test passes another root, entry and outDir. */
const KEFU = { root: resolve(here, '..'), entry: join(here, 'main.ts'), outDir: join(here, 'dist') };
/** Beside the bundle: the build's start time and every source it read, so a later edit to any of them is seen. */
const INPUTS = 'inputs.json';

/**
 * Builds the bundle: one ESM entry (kefu.js) and a chunk per command loaded on demand (esbuild splitting). Packages stay
 * outside (`packages: 'external'`): Node loads them from node_modules only when a command imports them.
 */
export async function buildCli({ root, entry, outDir } = KEFU, { clean = false } = {}) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const result = await build({
    absWorkingDir: root, entryPoints: { kefu: entry }, outdir: outDir, bundle: true, splitting: true, format: 'esm',
    platform: 'node', target: 'node20', packages: 'external', chunkNames: 'chunk-[hash]', legalComments: 'none',
    metafile: true, write: false, logLevel: 'error',
  });
  if (clean) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Each file lands whole (temp file, then rename), so a kefu starting meanwhile never imports half a chunk.
  for (const file of result.outputFiles) {
    writeFileSync(`${file.path}.${process.pid}.tmp`, file.contents);
    renameSync(`${file.path}.${process.pid}.tmp`, file.path);
  }
  const inputs = [...Object.keys(result.metafile.inputs), relative(root, fileURLToPath(import.meta.url))];
  writeFileSync(join(outDir, INPUTS), `${JSON.stringify({ startedAt, inputs }, null, 1)}\n`);
  return { file: join(outDir, 'kefu.js'), metafile: result.metafile };
}

/** Why the bundle cannot run as it is (missing, or a source changed since it was built), or undefined when it is fresh. */
export function staleReason({ root, outDir } = KEFU) {
  let built;
  try {
    built = JSON.parse(readFileSync(join(outDir, INPUTS), 'utf8'));
    statSync(join(outDir, 'kefu.js'));
  } catch {
    return `${relative(root, outDir)} has not been built`;
  }
  for (const input of built.inputs) {
    const mtime = statSync(join(root, input), { throwIfNoEntry: false })?.mtimeMs;
    if (mtime === undefined || mtime >= built.startedAt) return `${input} changed since ${relative(root, outDir)} was built`;
  }
  return undefined;
}

/** The bundle to run, rebuilt first when it is missing or older than a source (esbuild takes well under a second). */
export async function freshCli(paths = KEFU) {
  const file = join(paths.outDir, 'kefu.js');
  if (staleReason(paths) === undefined) return { file, rebuilt: false };
  await buildCli(paths);
  return { file, rebuilt: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { file, metafile } = await buildCli(KEFU, { clean: true });
  const files = Object.keys(metafile.outputs).length;
  console.log(`kefu: ${files} files in ${Math.round(performance.now() - started)} ms → ${relative(process.cwd(), file)}`);
}
