// The site built from a handed-over report model (KEFU_MODEL, as `kefu report` does) is byte for byte the site built from the CSVs.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeReportModel } from '../../cli/report/report-model-file';
import { loadWorkbook } from '../../load/load-workbook';
import { buildSite, scratchFolder, TEST_PSEUDONYM_KEY } from './build-site';

const SAMPLE = 'data/sample';
const env = { KEFU_TODAY: '2026-11-30', KEFU_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY };
const files = (root: string): string[] => readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(root.length)).sort();

describe('a build handed the model', () => {
  const model = writeReportModel(SAMPLE, [{ folder: SAMPLE, workbook: loadWorkbook([SAMPLE]) }], { ...env, KEFU_DATA: SAMPLE }, () => {});
  const parent = scratchFolder('handoff-');
  afterAll(() => {
    if (model.ok) model.remove();
    rmSync(parent, { recursive: true, force: true });
  });

  it('reads no CSV and writes the very pages a build from the CSVs writes', async () => {
    if (!model.ok) throw new Error(model.problem.en);
    const [fromCsv, fromModel] = [join(parent, 'csv'), join(parent, 'model')];
    const built = await Promise.all([
      buildSite(SAMPLE, fromCsv, env),
      // No data folder at all: a build that tried to read one would stop on "no such file or folder".
      buildSite('no/such/folder', fromModel, { ...env, KEFU_MODEL: model.file }),
    ]);
    expect(built.map((b) => b.exitCode), built.map((b) => b.output).join('\n')).toEqual([0, 0]);
    const listed = files(fromCsv);
    expect(listed.length).toBeGreaterThan(40);
    expect(files(fromModel)).toEqual(listed);
    const differing = listed.filter((f) => !readFileSync(join(fromCsv, f)).equals(readFileSync(join(fromModel, f))));
    expect(differing).toEqual([]);
  }, 180_000);
});
