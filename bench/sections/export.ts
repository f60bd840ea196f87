// 5. Export: HTTP requests the real runExport makes to a local Sheets API (the tests' fake) per export of a 7-sheet workbook.
import { join } from 'node:path';
import { loadWorkbook } from '../../load/load-workbook';
import { runExport } from '../../cli/export/run-export';
import { SHEETS } from '../../shared/schema';
import type { Row, SheetName } from '../../shared/schema/types';
import { FakeSheetsApi } from '../../doubles/sheets-api/fake-sheets-api';
import { FAST_RETRY, testCredentials } from '../../doubles/sheets-api/test-credentials';
import { servedWorkbook, typedWorkbook, type TypedWorkbook } from '../../doubles/sheets-api/served-workbook';
import { benchFolder } from '../data';
import { fmtK, fmtMB, fmtMs, mark, median, removeTemp, table, tempDir } from '../util';

export interface ExportCase {
  label: string;
  rows: number;
  exit: number;
  requests: { get: number; batchGet: number; token: number; other: number };
  /** Bytes of each batchGet answer, replayed after the run. */
  answers: number[];
  ms: number[];
}

function typedFrom(folder: string): TypedWorkbook {
  const loaded = loadWorkbook([folder]);
  if (loaded.unusable.length > 0 || loaded.issues.length > 0) throw new Error(`${folder} does not pass kefu check`);
  const rows = Object.fromEntries(SHEETS.map((s) => [s.name, loaded.sheets[s.name]?.rows.map((r) => r.values) ?? []])) as Record<SheetName, Row[]>;
  return { rows, settings: loaded.settings };
}

async function exportOnce(fake: FakeSheetsApi, id: string): Promise<{ exit: number; ms: number }> {
  const parent = tempDir('kefu-bench-export-');
  try {
    const started = performance.now();
    const exit = await runExport(
      { spreadsheet: [id], out: join(parent, 'data'), lang: 'en' },
      { out: () => {}, err: () => {} },
      { credentials: testCredentials(), rootUrl: fake.rootUrl, retry: FAST_RETRY },
    );
    return { exit, ms: performance.now() - started };
  } finally {
    removeTemp(parent);
  }
}

export async function measureExport(sizes: readonly number[], log: (line: string) => void): Promise<ExportCase[]> {
  const fake = await FakeSheetsApi.start();
  const cases: ExportCase[] = [];
  try {
    const workbooks: { label: string; load: () => TypedWorkbook; runs: number }[] = [
      { label: 'data/sample', load: typedWorkbook, runs: 5 },
      ...sizes.map((n) => ({ label: `${fmtK(n)} calls`, load: () => typedFrom(benchFolder(n).folder), runs: n >= 100_000 ? 3 : 5 })),
    ];
    for (const [i, w] of workbooks.entries()) {
      log(`export ${w.label}`);
      const workbook = w.load();
      const id = `kefu-bench-${i}-0123456789abcdef`;
      fake.reset();
      fake.add(servedWorkbook(workbook, { spreadsheetId: id }));
      const ms: number[] = [];
      let exit = 0;
      let counted: ExportCase['requests'] | undefined;
      let answers: number[] = [];
      for (let r = 0; r < w.runs; r++) {
        fake.reset();
        const once = await exportOnce(fake, id);
        exit = Math.max(exit, once.exit);
        ms.push(once.ms);
        if (!counted) {
          counted = { get: fake.count('get'), batchGet: fake.count('batchGet'), token: fake.count('token'), other: fake.count('other') };
          const batches = fake.requests.filter((q) => q.kind === 'batchGet');
          answers = [];
          for (const q of batches) {
            const res = await fetch(new URL(`${q.path.slice(1)}?${q.query}`, fake.rootUrl), { headers: { authorization: q.authorization ?? '' } });
            answers.push((await res.arrayBuffer()).byteLength);
          }
        }
      }
      const rows = Object.values(workbook.rows).reduce((n, list) => n + list.length, 0);
      cases.push({ label: w.label, rows, exit, requests: counted!, answers, ms });
    }
  } finally {
    await fake.close();
  }
  return cases;
}

export function exportSection(cases: readonly ExportCase[], notRun: readonly string[]): string {
  const rows = cases.map((c) => [
    `${c.label} (7 sheets, ${c.rows.toLocaleString('en-US')} rows)`,
    String(c.requests.get),
    `${c.requests.batchGet} ${mark(c.requests.batchGet === 1)}`,
    String(c.requests.token + c.requests.other),
    c.answers.length === 1 ? fmtMB(c.answers[0]!) : `${fmtMB(c.answers.reduce((n, b) => n + b, 0))} in ${c.answers.length}, largest ${fmtMB(Math.max(...c.answers))}`,
    c.exit === 0 ? '0 (clean)' : String(c.exit),
    fmtMs(median(c.ms)),
    String(c.ms.length),
  ]);
  for (const label of notRun) rows.push([label, 'not run this time', '–', '–', '–', '–', '–', 'opt-in: `npm run bench -- --full`']);
  return table(['workbook', 'get (titles, grid sizes)', 'batchGet (goal 1)', 'other requests', 'batchGet answers', 'exit', 'export time', 'runs'], rows, ['l']);
}
