// Astro's build as a child process (KEFU_DATA in, KEFU_OUT a fresh folder beside --out), swapped into place only when it produced an index.html.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceFolder } from '../export/safe-write';

/** The project root: where astro.config.mjs and node_modules are. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type SiteBuild = { ok: true; pages: number } | { ok: false; exitCode: number | null; output: string };

const TAIL_LINES = 40;

function runAstro(root: string, dataFolder: string, outFolder: string, base: string, extraEnv: Record<string, string>): Promise<{ exitCode: number | null; output: string }> {
  const windows = process.platform === 'win32';
  const bin = join(root, 'node_modules', '.bin', windows ? 'astro.cmd' : 'astro');
  return new Promise((done, failed) => {
    const child = spawn(bin, ['build'], {
      cwd: root,
      shell: windows,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...extraEnv, KEFU_DATA: dataFolder, KEFU_OUT: outFolder, KEFU_BASE: base, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', failed);
    child.on('close', (exitCode) => done({ exitCode, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

export interface BuildOptions {
  /** The path the site is served under (--base), "/" by default. */
  base?: string;
  /** More of the build's environment: KEFU_MONTH, KEFU_TODAY. */
  env?: Record<string, string>;
  /** Runs on the finished build before it replaces `out` (the PDF is printed into it there); a problem it returns fails the build. */
  finish?: (built: string) => Promise<string | undefined>;
}

/** Builds the site from `dataFolder` into `out`; a failed build leaves the previous site in `out` untouched. */
export async function buildSite(dataFolder: string, out: string, root = PROJECT_ROOT, options: BuildOptions = {}): Promise<SiteBuild> {
  let result: SiteBuild = { ok: false, exitCode: null, output: '' };
  await replaceFolder(out, 'site', async (temp) => {
    const { exitCode, output } = await runAstro(root, resolve(dataFolder), temp, options.base ?? '/', options.env ?? {});
    const tail = output.trimEnd().split('\n').slice(-TAIL_LINES).join('\n');
    if (exitCode !== 0) {
      result = { ok: false, exitCode, output: tail };
      return false;
    }
    if (!existsSync(join(temp, 'index.html'))) {
      result = { ok: false, exitCode, output: `${tail}\n(the build finished but wrote no index.html)` };
      return false;
    }
    const unfinished = options.finish ? await options.finish(temp) : undefined;
    if (unfinished !== undefined) {
      result = { ok: false, exitCode, output: unfinished };
      return false;
    }
    const pages = readdirSync(temp, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    result = { ok: true, pages };
    return true;
  });
  return result;
}
