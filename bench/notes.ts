// The words under each table: how a figure was taken and, for each goal missed, what dominates and what would change it.
import { shapeOf, type AddonCase } from './sections/addon';
import { checkRatio, COMMAND_GOALS, peakMB, type CommandResult } from './sections/command';
import type { Path } from './csv-paths';
import type { HeldPart } from './held-memory';
import { CSV_GOAL, ratioOf, type CsvCase } from './sections/csv';
import type { ExportCase } from './sections/export';
import { scaledSplit, SITE_BUILD_GOAL_READS, totals, type SiteCase } from './sections/site';
import type { PageWeight } from './sections/weight';
import type { OpCount } from './addon-calls';
import { fmtInt, fmtK, fmtKB, fmtMB, fmtMs, mark, median } from './util';


export function csvNotes(cases: readonly CsvCase[]): string {
  const lines: string[] = [];
  lines.push(
    '**What is compared**, in one process, interleaved (papaparse, checking, as the report reads; a GC before each): *papaparse alone* decodes every CSV ' +
    "file of the folder with `TextDecoder` and parses it with `Papa.parse(text, { header: true, skipEmptyLines: 'greedy' })` — strings only, " +
    'nothing checked, every row returned. *Loader, checking* is `loadWorkbook([folder])` (load/), the path of `kefu check`: each file ' +
    'streamed in 64 KB chunks and decoded, Settings first, every cell typed (ids, date-times, enums, phones), every row checked as it passes ' +
    '(unique ids and phones, references, the rules) with each problem placed at file:line:column; only compact indexes of ids and phones stay. ' +
    '*Loader, as the report reads* is the same with `tables`, as the site and `kefu summary` read: the calls flow into a table of numbers ' +
    '(shared/sheet/call-table.ts: per call its line, time and interned texts — no row object survives), the points ledger\'s spends into another ' +
    '(shared/sheet/spend-table.ts: customer and day), the other sheets\' typed rows are kept. ' +
    'rows/s counts the rows of all seven sheets; each path reads the same number of rows (checked every run).',
    '',
  );
  for (const path of ['check', 'report'] as const) {
    const missed = cases.filter((c) => ratioOf(c, path) > CSV_GOAL);
    const what = path === 'check' ? 'Checking' : 'As the report reads';
    lines.push(`**${what} (goal ≤ ${CSV_GOAL}× papaparse alone)** ${missed.length === 0 ? '✅ met' : `❌ missed at ${missed.map((c) => fmtK(c.data.calls)).join(', ')}`}: ` +
      cases.map((c) => `${fmtK(c.data.calls)} ${ratioOf(c, path).toFixed(2)}×`).join(', ') + '.', '');
  }
  const small = cases[0];
  if (small && cases.length > 1 && ratioOf(small, 'check') > CSV_GOAL) {
    lines.push(`The smallest folder misses: at ${fmtK(small.data.calls)} calls the whole read takes ${fmtMs(median(small.time.check))} against ` +
      `papaparse's ${fmtMs(median(small.time.papa))}, most of it the loader's code not yet optimised by V8 (typing, checks and ` +
      'indexes are code papaparse does not have), and papaparse\'s rows die young at this size; the ratio falls as rows grow.', '');
  }
  const first = cases[0];
  const last = cases.at(-1);
  if (first && last && first !== last) {
    const rise = (c: CsvCase, path: Path): number => (c.memory[path].peakKB - c.memory[path].idleKB) * 1024;
    const perRow = (path: Path): string => `${Math.round((rise(last, path) - rise(first, path)) / (last.time.rows - first.time.rows))} B`;
    lines.push(`**Memory.** Rising above the idle process from ${fmtK(first.data.calls)} to ${fmtK(last.data.calls)} calls, per added row: ` +
      `papaparse alone ${perRow('papa')} (it returns every row), checking ${perRow('check')} (flat: the ids and phones the cross-sheet checks need), ` +
      `as the report reads ${perRow('report')} (the calls and the ledger's spends as numbers and interned texts, the other sheets' rows).`);
  }
  const held = last?.held;
  if (last && held) {
    const part = (p: HeldPart): string => `${p.part} ${fmtMB(p.bytes)}${p.rows > 0 ? ` (${fmtInt(p.rows)} rows, ${Math.round(p.bytes / p.rows)} B each)` : ''}`;
    lines.push('', `**What the report's read holds** at ${fmtK(last.data.calls)} calls, once it returns: ${fmtMB(held.total)} — ` +
      `${held.parts.map(part).join('; ')}. Measured in its own process (bench/held-memory.ts): the folder read as the report reads it, ` +
      'then each part dropped in turn, its size the heap and typed-array memory that a GC then frees. The two logs are a few numbers a row; ' +
      'the archive and registers are records, a customer or a complaint a row (docs/architecture.md, "What stays in memory").');
  }
  return lines.join('\n');
}

export function siteNotes(cases: readonly SiteCase[]): string {
  const done = cases.filter((c) => !c.error && totals(c));
  const failed = cases.filter((c) => c.error).map((c) => `${fmtK(c.data.calls)} calls: ${c.error}`);
  if (done.length === 0) return failed.join('\n');
  const first = done[0]!;
  const last = done.at(-1)!;
  const t0 = totals(first)!;
  const t1 = totals(last)!;
  const s0 = scaledSplit(first);
  const s1 = scaledSplit(last);
  const flat = (a: number, b: number): boolean => b <= a * 1.5 + 1000;
  const b0 = first.builds[0] ?? first.split;
  const b1 = last.builds[0] ?? last.split;
  const lines = [
    '**How it is split.** *Build total*: wall time of `astro build` with `KEFU_DATA` the generated folder and `KEFU_OUT` a temp dir. ' +
    '*Page step*: Astro\'s "generating static routes", where the first page reads the data and builds the report model (`siteModel()`) ' +
    'and every page renders; the rest of the build (Astro start, the vite server and client bundles) does not touch the data. ' +
    'The page step is split by one more build, run under `node --cpu-prof` and not counted in the totals: each sample goes to the innermost of `loadSiteData` (data read: decode, ' +
    'read and check all seven sheets), `buildReportModel` (the report model: every month report) and `renderToString` (rendering proper), with garbage collection charged to ' +
    'the code it followed; each one\'s share of that build\'s page step is applied to the median page step. *Data read alone* is `loadSiteData` ' +
    'in a fresh process, as a cross-check.',
    '',
    `**Goal: only the read grows with rows.** Astro start + bundling: ${fmtMs(t0.total - t0.routes)} → ${fmtMs(t1.total - t1.routes)} ` +
    `${mark(flat(t0.total - t0.routes, t1.total - t1.routes))}. ` +
    (s0 && s1 ? `Rendering the pages: ${fmtMs(s0[2])} → ${fmtMs(s1[2])} ${mark(flat(s0[2], s1[2]))}. ` : '') +
    `Pages and HTML: ${b0?.pages ?? '?'} pages, ${fmtMB(b0?.htmlBytes ?? 0)} → ${b1?.pages ?? '?'} pages, ` +
    `${fmtMB(b1?.htmlBytes ?? 0)} ${mark((b0?.pages ?? 0) === (b1?.pages ?? -1))} — pages do not multiply or fatten with rows. ` +
    (s0 && s1 ? `The data read grows as it must (${fmtMs(s0[0])} → ${fmtMs(s1[0])}, linear).` : ''),
  ];
  if (last !== first && last.papa) {
    const extra = t1.total - t0.total;
    const read = median(last.papa);
    const reads = extra / read;
    lines.push(
      '',
      `**Goal (issue 13): building at ${fmtK(last.data.calls)} calls costs no more than ${SITE_BUILD_GOAL_READS} papaparse-alone reads of its files ` +
      `beyond the build at ${fmtK(first.data.calls)}** ${mark(reads <= SITE_BUILD_GOAL_READS)}: ${fmtMs(t1.total)} − ${fmtMs(t0.total)} = ` +
      `${fmtMs(extra)}, ${reads.toFixed(2)} reads of ${fmtMs(read)} (bench/papa-alone.mjs, every CSV file of the folder, whole process, ` +
      `median of ${last.papa.length}).` + (last.data.calls < 1_000_000 ? ' The goal is set at 1 M calls (`--full`); this run stopped short of it.' : ''),
    );
    if (reads > SITE_BUILD_GOAL_READS && s0 && s1) {
      const grew = (i: 0 | 1 | 2): string => `${fmtMs(s1[i] - s0[i])} (${((s1[i] - s0[i]) / read).toFixed(2)} reads)`;
      lines.push('', `Where the extra time goes: the data read ${grew(0)} — every row decoded, typed and checked, each call put in the ` +
        `calls table, the other sheets' rows kept (the garbage collector copying them as they survive) — the month reports ${grew(1)}, ` +
        `rendering ${grew(2)}. \`kefu check\`, which keeps nothing, reads the same files in less time than papaparse alone (section 6).`);
    }
  }
  if (s0 && s1) {
    lines.push(
      '',
      `**The month reports grow with rows, linearly**: ${fmtMs(s0[1])} → ${fmtMs(s1[1])} (${Math.round((s1[1] / t1.routes) * 100)} % of the page step at ` +
      `${fmtK(last.data.calls)} calls). Each grouping is made once per build for every month together — calls by month and by customer ` +
      '(as numbers, in time order), each month\'s satisfaction answers counted, each obligation\'s status and the months it is owed in, ' +
      'the archive\'s standings as day spans, each complaint\'s instants — and a month only reads its own slice, so twelve month pages ' +
      'cost what one does (test/shared/report/one-pass.test.ts). What grows is those passes, made after the read over the calls table ' +
      '(each call\'s time, line and interned texts, filled as the rows pass: no call row is kept) and the other sheets\' kept rows.',
    );
  }
  if (failed.length > 0) lines.push('', ...failed);
  return lines.join('\n');
}

export function weightNotes(weights: readonly PageWeight[], auto: { raw: number; gz: number }, worstJsGz: number): string {
  const withJs = weights.filter((w) => w.js.raw > 0);
  const files = new Set(withJs.flatMap((w) => w.jsFiles));
  const heaviestData = [...weights].sort((a, b) => b.data.gz - a.data.gz)[0];
  return [
    `**Goal ≤ 80 KB gzip of JS per page** ${mark(worstJsGz <= 80 * 1024)}: the most any page loads is ${fmtKB(worstJsGz)} gzip. ` +
    `${withJs.length} of ${weights.length} pages load JS, all the same ${files.size === 1 ? 'file' : `${files.size} files`} ` +
    `(${[...files].map((f) => `\`${f.split('/').pop()}\``).join(', ')}: site/client/draw-charts.ts with only the Chart.js parts it registers — ` +
    'bar and line controllers and elements, category and linear scales, legend, tooltip); pages without charts load none. ' +
    `Chart.js's \`auto\` entry alone would ship ${fmtKB(auto.gz)} gzip (${fmtKB(auto.raw)} minified), ${fmtKB(auto.gz - worstJsGz)} more than the whole chart bundle.`,
    '',
    'JS counts the page\'s module scripts and every chunk they import statically; CSS the linked stylesheets and inline `<style>`; chart data is ' +
    'the JSON in `<script type="application/json">` beside each canvas, so it is part of the HTML column' +
    (heaviestData ? ` (most on \`${heaviestData.page}\`: ${fmtKB(heaviestData.data.raw)}, ${fmtKB(heaviestData.data.gz)} gzip)` : '') +
    '. Gzip is zlib at its default level, each file on its own, as a server sends it; the JS and CSS files are shared, so a visitor downloads them once.',
  ].join('\n');
}

const SPREADSHEET = /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection|NamedRange)\./;

function growth(a: OpCount, b: OpCount): string[] {
  const names = new Set([...Object.keys(a.byName), ...Object.keys(b.byName)]);
  return [...names].filter((n) => (a.byName[n] ?? 0) !== (b.byName[n] ?? 0))
    .sort((x, y) => Math.abs((b.byName[y] ?? 0) - (a.byName[y] ?? 0)) - Math.abs((b.byName[x] ?? 0) - (a.byName[x] ?? 0)))
    .map((n) => `\`${n}\` ${a.byName[n] ?? 0} → ${b.byName[n] ?? 0}${SPREADSHEET.test(n) ? '' : ' (not the spreadsheet service)'}`);
}

export function addonNotes(cases: readonly AddonCase[], growing: readonly string[]): string {
  const first = cases[0]!;
  const last = cases.at(-1)!;
  const lines = [
    'Counted by the tests\' in-memory double (doubles/sheets) while the **built** add-on (addon/build.mjs → Code.js, run in a `node:vm` context) ' +
    'works on a set-up photo-studio workbook holding the sample year with N call rows. A cell reads *spreadsheet calls (R reads of cell contents / ' +
    'W calls that change the workbook; + other service calls — Utilities, Properties, Ui, builders; time in the double)*; the time is V8 on ' +
    'this machine, not Apps Script\'s. Floor: one read and one write per sheet (7 sheets).',
    '',
    `Validate all reads Settings with one \`getValues\` and each data sheet with three — header, id column, rows down to the last id — ` +
    `(${last.validate.byName['Range.getValues'] ?? 0} for ${last.sheets} sheets; ${last.validate.cellsRead.toLocaleString('en-US')} cells) and writes nothing: ` +
    `${mark((last.validate.byName['Range.getValues'] ?? 0) <= 1 + 3 * (last.sheets - 1) && last.validate.writes === 0)}. ` +
    `Recalculate on a clean workbook writes nothing (${last.recalculateClean.writes} W).`,
  ];
  const keys: [keyof AddonCase, string][] = [
    ['setupFresh', 'Set up (new spreadsheet)'], ['setupAgain', 'Set up again'], ['validate', 'Validate all'],
    ['recalculateClean', 'Recalculate (clean)'], ['recalculateTyped', 'Recalculate (typed values)'],
  ];
  for (const [key, label] of keys) {
    const counts = cases.map((c) => c[key] as OpCount);
    const g = growth(counts[0]!, counts.at(-1)!);
    if (g.length === 0) continue;
    const shape = shapeOf(counts.map((o) => Object.values(o.byName).reduce((n, v) => n + v, 0)));
    const list = `${g.slice(0, 8).join(', ')}${g.length > 8 ? ', …' : ''}`;
    if (shape === 'step' && (key === 'setupAgain' || key === 'recalculateTyped')) {
      const second = cases[1]!;
      lines.push('', `⚠️ **${label}: a one-off step, not growth.** The calls differ between ${fmtK(first.calls)} and ${fmtK(second.calls)} call rows ` +
        `but are the same from ${fmtK(second.calls)} to ${fmtK(last.calls)}: ${list}. The live formulas have no row bound (open ranges in the header cell), ` +
        'but the bigger pastes lengthen their sheets, so this run re-applies each column\'s number format and validation (and the highlights) ' +
        'to the longer sheet once — per column, not per row, so the count is the same for 10 k and 50 k rows. ' +
        `The run after that is back at ${cases.map((c) => (key === 'setupAgain' ? c.setupThen : c.recalculateThen).spreadsheet).join(' / ')} spreadsheet calls ` +
        `(${cases.map((c) => fmtK(c.calls)).join(' / ')}).`);
    } else if (shape === 'step') {
      lines.push('', `⚠️ **${label}: a step** between ${fmtK(first.calls)} and ${fmtK(cases[1]!.calls)} call rows, then constant: ${list}.`);
    } else {
      lines.push('', `❌ **${label} grows with rows** (${fmtK(first.calls)} → ${fmtK(last.calls)} calls): ${list}.`);
    }
  }
  if (growing.length === 0) lines.push('', '✅ Every operation makes the same spreadsheet calls at every row count.');
  return lines.join('\n');
}

export function exportNotes(cases: readonly ExportCase[]): string {
  const sample = cases[0]!;
  const split = cases.filter((c) => c.requests.batchGet > 1);
  const lines = [
    'Counted at the local Sheets API server the export tests use (doubles/sheets-api/fake-sheets-api.ts), driven by the real `runExport` and googleapis ' +
    'client: one `get` (titles and grid sizes only), then `values.batchGet` for the values; each export writes the CSVs, checks them and swaps them in. ' +
    `\`${sample.label}\` (the 7-sheet workbook \`kefu sample\` makes): ${sample.requests.batchGet} batchGet ${mark(sample.requests.batchGet === 1)}.`,
  ];
  if (split.length > 0) {
    const parts = split.map((c) => {
      const total = c.answers.reduce((n, b) => n + b, 0);
      return `${c.label}: ${c.requests.batchGet} batchGets for ${fmtMB(total)} of answers (${Math.ceil(total / 2_000_000)} would do at 2 MB each)`;
    });
    lines.push(
      '',
      `❌ Bigger workbooks take more than one batchGet, on purpose: cli/export/plan-requests.ts keeps each answer under Google's advised 2 MB, ` +
      `estimating 12 bytes per grid cell (grid rows include empty ones), so it splits above roughly 165,000 grid cells. ${parts.join('; ')}. ` +
      'The estimate runs high, so some answers come back well under 2 MB; a closer estimate (or the 10 bytes per filled cell measured on the sample) ' +
      'would save a request or two, but a workbook holding more than 2 MB of values needs more than one advised request whatever the estimate. ' +
      'Even so an export stays far inside the 60 requests/min quota.',
    );
  }
  return lines.join('\n');
}

export function commandNotes(result: CommandResult): string {
  const { start, checks } = result;
  const node = median(start.node);
  const help = median(start.help);
  const lines = [
    '**What is compared.** Whole processes, spawned one after another and interleaved (Node alone, `kefu help`, `kefu --version`; then ' +
    'papaparse alone, `kefu check` for each workbook), timed from spawn to exit as a user waits for them; memory is each process\'s peak resident ' +
    'set (bench/max-rss.mjs, preloaded into both sides). *papaparse alone* is bench/papa-alone.mjs, plain JavaScript: every CSV file of the folder ' +
    'decoded as UTF-8 and parsed with `header: true`, nothing checked. *`kefu check`* is `node bin/kefu.js check <folder>`: the esbuild bundle ' +
    '(cli/dist), decoding, typing and checking all seven sheets, then the summary.',
    '',
    `**Start-up (goal < ${COMMAND_GOALS.startMs} ms)** ${mark(help < COMMAND_GOALS.startMs)}: \`kefu help\` takes ${fmtMs(help)}, ` +
    `${fmtMs(help - node)} more than Node starting and exiting (${fmtMs(node)}). It loads only the bundle's entry and its help texts: every ` +
    'command, papaparse, googleapis, exceljs and Astro are imported by the command that needs them (test/cli/startup.test.ts checks that help ' +
    'loads none of them). The goal is absolute, so a busy machine can miss it with Node alone taking most of it; the overhead column is the part ' +
    'that is Kefu\'s.',
  ];
  const at = (n: number): CommandResult['checks'][number] | undefined => checks.find((c) => c.data.calls === n);
  const hundred = at(100_000);
  if (hundred) {
    const ratio = checkRatio(hundred);
    lines.push('', `**\`kefu check\` at 100 k calls (goal ≤ ${COMMAND_GOALS.checkRatio}× papaparse alone)** ${mark(ratio <= COMMAND_GOALS.checkRatio)}: ` +
      `${ratio.toFixed(2)}×. Section 1 times the same loader in one process, without Node's start, against papaparse on the same files.`);
  }
  const first = checks[0];
  const last = checks.at(-1);
  const million = at(1_000_000);
  if (first && last && last !== first) {
    const a = peakMB(first.kefu);
    const b = peakMB(last.kefu);
    const perRow = ((b - a) * 1024 * 1024) / (last.data.calls - first.data.calls);
    lines.push('', `**Peak memory (goal ≤ ${COMMAND_GOALS.peakMB} MB at 1 M calls, flat in rows)** ` +
      (million ? `${mark(peakMB(million.kefu) <= COMMAND_GOALS.peakMB)}: ${fmtMB(peakMB(million.kefu) * 1024 * 1024)} at 1 M calls; ` : 'not judged (1 M calls not run this time); ') +
      `${fmtMB(a * 1024 * 1024)} at ${fmtK(first.data.calls)} calls → ${fmtMB(b * 1024 * 1024)} at ${fmtK(last.data.calls)} ` +
      `(≈ ${Math.max(0, Math.round(perRow))} bytes per added call row; papaparse alone ${fmtMB(peakMB(first.papa) * 1024 * 1024)} → ` +
      `${fmtMB(peakMB(last.papa) * 1024 * 1024)}). Flat means the reader streams: rows flow to the checks and running totals and only ` +
      'the ids and phones a cross-sheet check needs stay in memory.');
  }
  return lines.join('\n');
}
