// Runs `astro build` for the tests: data folder and env in, exit code and output back; outputs stay inside the project (.tmp/).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A fresh folder under .tmp/ (git-ignored). Astro builds an outDir outside the project through a shared
 * .astro/ scratch folder, so two builds at once (the suite does that) must each write inside the project.
 */
export function scratchFolder(prefix: string): string {
  const parent = join(ROOT, '.tmp');
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, prefix));
}

/** The key test builds pseudonymise with (KEFU_PSEUDONYM_KEY), so tests can look for it in what was built. */
export const TEST_PSEUDONYM_KEY = 'test-only-pseudonym-key-5f0c2a9e';

export interface BuildResult {
  exitCode: number | null;
  output: string;
  ms: number;
}

export function buildSite(data: string, out: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const started = Date.now();
  return new Promise((done, failed) => {
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'astro'), ['build'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      // A fixed pseudonym key, so a test build never writes one into the tester's own ~/.config/kefu.
      env: { ...process.env, KEFU_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, KEFU_DATA: resolve(ROOT, data), KEFU_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', failed);
    child.on('close', (exitCode) => done({ exitCode, output: Buffer.concat(chunks).toString('utf8'), ms: Date.now() - started }));
  });
}
