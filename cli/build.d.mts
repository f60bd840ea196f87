// Types of cli/build.mjs (plain JavaScript, so bin/kefu.js can run it with no TypeScript loader).
import type { Metafile } from 'esbuild';

/** Where a bundle's sources and output live; Kefu's own by default. */
export interface CliPaths {
  root: string;
  entry: string;
  outDir: string;
}

export function buildCli(paths?: CliPaths, options?: { clean?: boolean }): Promise<{ file: string; metafile: Metafile }>;
export function staleReason(paths?: Pick<CliPaths, 'root' | 'outDir'>): string | undefined;
export function freshCli(paths?: CliPaths): Promise<{ file: string; rebuilt: boolean }>;
