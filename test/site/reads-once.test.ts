// Issue 13: a build reads the data folder once and builds the report model once, for every page in both languages.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, scratchFolder } from './build-site';

const scratch = scratchFolder('reads-once-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What one read of a plain UTF-8 file costs (load/csv-file.ts): 8 bytes sniffed, one UTF-8 check pass, a 64 KB head, one parse pass. */
const oneRead = (size: number): number => 8 + size + Math.min(size, 1 << 16) + size;

describe('astro build of the sample', () => {
  it('reads each CSV file once (no second load for another page or the other language)', async () => {
    const spy = join(scratch, 'bytes.jsonl');
    const result = await buildSite('data/sample', join(scratch, 'dist'), {
      NODE_OPTIONS: `--import=${join(ROOT, 'test/site/read-spy.mjs')}`, KEFU_READ_SPY: spy, KEFU_TODAY: '2026-11-30',
    });
    expect(result.exitCode, result.output).toBe(0);
    // Every process of the build appends what it read; together they must read each sheet no more than once.
    const read: Record<string, number> = {};
    for (const line of readFileSync(spy, 'utf8').trim().split('\n')) {
      for (const [file, n] of Object.entries(JSON.parse(line) as Record<string, number>)) read[file] = (read[file] ?? 0) + n;
    }
    const csv = readdirSync(join(ROOT, 'data/sample')).filter((f) => f.endsWith('.csv')).sort();
    expect(csv.length).toBe(8);
    const over = csv.filter((f) => !(read[f]! > 0 && read[f]! <= oneRead(statSync(join(ROOT, 'data/sample', f)).size)))
      .map((f) => `${f}: ${read[f] ?? 0} bytes read of ${statSync(join(ROOT, 'data/sample', f)).size}`);
    expect(over).toEqual([]);
  }, 180_000);
});
