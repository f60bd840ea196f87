// `kefu report` reads each CSV folder once: it checks it, builds the report model, and hands the build that model (KEFU_MODEL) instead of the CSVs.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport, type ReportDeps } from '../../../cli/report/run-report';
import { loadWorkbook, type LoadOptions } from '../../../load/load-workbook';
import type { ReportModel } from '../../../shared/report/report-model';

const SAMPLE = 'data/sample';
const scratch = (): string => mkdtempSync(join(tmpdir(), 'kefu-handoff-'));

/** A project root whose "astro build" records the model file it was handed (in the root), copies it into the site, then exits `exit`. */
function fakeRoot(exit: number): string {
  const root = scratch();
  mkdirSync(join(root, 'node_modules', '.bin'), { recursive: true });
  writeFileSync(join(root, 'node_modules', '.bin', 'astro'),
    `#!/bin/sh\nprintf "%s" "$KEFU_MODEL" > model-path\ncp "$KEFU_MODEL" "$KEFU_OUT/model.json"\necho built > "$KEFU_OUT/index.html"\nexit ${exit}\n`, { mode: 0o755 });
  return root;
}

async function report(from: string, out: string, deps: ReportDeps): Promise<{ exit: number; err: string }> {
  const err: string[] = [];
  const exit = await runReport({ lang: 'en', from, out, today: '2026-11-30' }, { out: () => {}, err: (t) => err.push(t) },
    { env: { ...process.env, KEFU_PSEUDONYM_KEY: 'handoff-test-key' }, ...deps });
  return { exit, err: err.join('\n') };
}

describe('kefu report hands the build the model it built from what it checked', () => {
  it('reads the folder once, for the check and the model, and the build gets the model as a file', async () => {
    const loads: { paths: string[]; options: LoadOptions }[] = [];
    const load = (paths: readonly string[], options: LoadOptions) => { loads.push({ paths: [...paths], options }); return loadWorkbook(paths, options); };
    const root = fakeRoot(0);
    const site = join(scratch(), 'site');
    const result = await report(SAMPLE, site, { root, load });
    expect(result.err).not.toMatch(/kefu report:/);
    expect(result.exit).toBe(0);
    // Read as the site reads: the calls into a table of numbers, no call row kept.
    expect(loads).toEqual([{ paths: [SAMPLE], options: { tables: true } }]);
    const model = JSON.parse(readFileSync(join(site, 'model.json'), 'utf8')) as ReportModel;
    expect(model.reportMonth).toBe('2026-10');
    expect(model.pages).toHaveLength(model.months.length);
    // The model file is gone once the build is over.
    expect(existsSync(readFileSync(join(root, 'model-path'), 'utf8'))).toBe(false);
  });

  it('removes the model file when the build fails too, and leaves --out untouched', async () => {
    const root = fakeRoot(1);
    const parent = scratch();
    const result = await report(SAMPLE, join(parent, 'site'), { root });
    expect(result.exit).toBe(2);
    expect(result.err).toContain('the site build failed (astro exit 1)');
    const handed = readFileSync(join(root, 'model-path'), 'utf8');
    expect(handed).toMatch(/report-model\.json$/);
    expect(existsSync(handed)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('says a month without data instead of building, as the build would have', async () => {
    const err: string[] = [];
    const parent = scratch();
    const exit = await runReport({ lang: 'en', from: SAMPLE, out: join(parent, 'site'), month: '2027-01', today: '2026-11-30' },
      { out: () => {}, err: (t) => err.push(t) }, { root: fakeRoot(0), env: { ...process.env, KEFU_PSEUDONYM_KEY: 'handoff-test-key' } });
    expect(exit).toBe(2);
    expect(err.join('\n')).toContain('2027-01 has no data; months with data: 2025-11');
    expect(readdirSync(parent)).toEqual([]);
  });
});
