// Running `kefu export` against the fake API in tests: no Google account, retries in milliseconds, output captured.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExport, type ExportArgs, type ExportDeps } from '../../../cli/export/run-export';
import type { FakeSheetsApi } from '../../../doubles/sheets-api/fake-sheets-api';
import { FAST_RETRY, testCredentials } from '../../../doubles/sheets-api/test-credentials';

export { FAST_RETRY, testCredentials };

export interface Run {
  exit: number;
  out: string;
  err: string;
  gets: number;
  batchGets: number;
}

export async function exportFrom(fake: FakeSheetsApi, args: Partial<ExportArgs> & { out: string }, deps: ExportDeps = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const before = { get: fake.count('get'), batchGet: fake.count('batchGet') };
  const exit = await runExport(
    { spreadsheet: ['kefu-test-sheet-0123456789'], lang: 'en', ...args },
    { out: (t) => out.push(t), err: (t) => err.push(t) },
    { credentials: testCredentials(), rootUrl: fake.rootUrl, retry: FAST_RETRY, ...deps },
  );
  return { exit, out: out.join('\n'), err: err.join('\n'), gets: fake.count('get') - before.get, batchGets: fake.count('batchGet') - before.batchGet };
}

export const scratch = (): string => mkdtempSync(join(tmpdir(), 'kefu-export-'));

/** Every file under a folder with its bytes, for byte-for-byte comparisons. */
export function snapshot(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(folder, { recursive: true }).map(String).sort()) {
    try {
      files[name] = readFileSync(join(folder, name), 'latin1');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
  }
  return files;
}

/** Folders a run left beside `out` (there should be none). */
export const leftovers = (parent: string): string[] => readdirSync(parent).filter((f) => f.includes('.kefu-'));
