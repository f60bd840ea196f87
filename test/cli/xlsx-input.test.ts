// `kefu check` and `kefu summary` given an .xlsx: the sample's data as one workbook reads as the CSV folder does; a bad cell is placed as 客服.xlsx › 回访记录!C12.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { buildReportModel } from '../../shared/report/report-model';
import { loadSiteData, readSiteEnv } from '../../site/data/site-data';
import { SHEETS, sheetForFileName } from '../../shared/schema';
import type { Column } from '../../shared/schema/types';

interface Run { exit: number; out: string; err: string }

async function kefu(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

const SAMPLE = 'data/sample';
let dir: string;

/** A CSV text as Excel or WPS holds it once typed in: empty cells absent, dates and date-times as date cells (exceljs takes wall-clock time as UTC), amounts and counts as numbers. */
function typedCell(text: string, column: Column | undefined): string | number | Date | null {
  // An empty cell is no cell at all in the file, as Excel and WPS save it (so rows end at their last value).
  if (text === '') return null;
  if (!column) return text;
  if ((column.type === 'date' || column.type === 'date-time') && /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/.test(text)) {
    return new Date(`${text.length === 10 ? `${text}T00:00` : text.replace(' ', 'T')}:00Z`);
  }
  if ((column.type === 'integer' || column.type === 'money') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Every CSV of the sample as a worksheet named in Chinese, written by exceljs; `edit` changes cells before saving. */
async function sampleWorkbook(path: string, edit: (sheet: string, row: number, column: number, value: unknown) => unknown = (_s, _r, _c, v) => v): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  for (const file of readdirSync(SAMPLE).filter((f) => f.endsWith('.csv')).sort()) {
    const schema = sheetForFileName(file)!;
    const [header = [], ...records] = Papa.parse<string[]>(readFileSync(join(SAMPLE, file), 'utf8'), { skipEmptyLines: 'greedy' }).data;
    const columns = header.map((h) => schema.columns.find((c) => c.zh === h || c.en === h || c.key === h));
    const sheet = book.addWorksheet(schema.zh);
    sheet.addRow(header);
    records.forEach((record, r) => sheet.addRow(record.map((text, c) => edit(schema.zh, r + 2, c + 1, typedCell(text, columns[c])))));
    columns.forEach((c, i) => {
      if (c?.type === 'date') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
      if (c?.type === 'date-time') sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd hh:mm';
    });
  }
  await book.xlsx.writeFile(path);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kefu-xlsx-input-'));
  await sampleWorkbook(join(dir, '客服.xlsx'));
  // Row 12 of 回访记录, column C (回访时间): text that is no date-time.
  await sampleWorkbook(join(dir, '坏.xlsx'), (sheet, row, column, value) => (sheet === '回访记录' && row === 12 && column === 3 ? '昨天下午' : value));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an .xlsx given to kefu', () => {
  it('summary --json of the sample as one workbook equals that of the sample\'s CSV folder', async () => {
    const [csv, xlsx] = [await kefu('summary', SAMPLE, '--json'), await kefu('summary', join(dir, '客服.xlsx'), '--json')];
    expect(csv.exit).toBe(0);
    expect(xlsx.err).toBe('');
    expect(xlsx.exit).toBe(0);
    expect(JSON.parse(xlsx.out)).toEqual(JSON.parse(csv.out));
  }, 60_000);

  it('check passes the sample as one workbook, with the CSV folder\'s warnings, counted per worksheet', async () => {
    const file = join(dir, '客服.xlsx');
    const [csv, xlsx] = [await kefu('check', SAMPLE), await kefu('check', file)];
    expect([csv.exit, xlsx.exit]).toEqual([0, 0]);
    expect(xlsx.err.split('\n').at(-1)).toBe(csv.err.split('\n').at(-1));
    // data/sample/calls.csv has 3603 calls (the sample's README); each worksheet is named on its own line, with the CSV file's counts.
    expect(xlsx.err).toContain(`${file} › 回访记录 (Follow-up calls): 3603 rows, 0 issues`);
    const counts = (err: string): string[] => err.split('\n').slice(0, -1).map((line) => line.slice(line.indexOf(' ('))).sort();
    expect(counts(xlsx.err)).toEqual(counts(csv.err));
  }, 60_000);

  it('check exits 1 on a bad cell and places it as file.xlsx › 回访记录!C12', async () => {
    const file = join(dir, '坏.xlsx');
    const run = await kefu('check', file);
    expect(run.exit).toBe(1);
    expect(`${run.out}\n${run.err}`).toContain(`${file} › 回访记录!C12`);
  }, 60_000);

  it('the site built with KEFU_DATA=客服.xlsx (and kefu report --from 客服.xlsx) has the report model of the CSV folder', () => {
    const model = (data: string) => buildReportModel(loadSiteData(readSiteEnv({ KEFU_DATA: data, KEFU_TODAY: '2026-11-15' }), () => 'key'));
    const [csv, xlsx] = [model(SAMPLE), model(join(dir, '客服.xlsx'))];
    // Where the data came from is the one thing that differs.
    expect(JSON.parse(JSON.stringify(xlsx).replaceAll(JSON.stringify(join(dir, '客服.xlsx')).slice(1, -1), SAMPLE))).toEqual(csv);
  }, 60_000);

  it('check notes a hidden and an extra worksheet as warnings (exit unchanged), and refuses two worksheets of one sheet (exit 2)', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const write = async (name: string, build: (book: InstanceType<typeof ExcelJS.Workbook>) => void): Promise<string> => {
      const book = new ExcelJS.Workbook();
      build(book);
      await book.xlsx.writeFile(join(dir, name));
      return join(dir, name);
    };
    const header = readFileSync(join(SAMPLE, 'customers.csv'), 'utf8').split('\n')[0]!.split(',');
    const noted = await write('注.xlsx', (b) => {
      b.addWorksheet('客户档案').addRow(header);
      b.addWorksheet('旧数据', { state: 'hidden' }).addRow(['x']);
      // Not a Kefu sheet by name, nor by header (月份 alone would make half of ['月份', '回访数'] a Notes header).
      b.addWorksheet('透视表').addRow(['产品', '库存', '单价']);
    });
    const run = await kefu('check', noted);
    expect(run.exit).toBe(0);
    expect(run.out).toContain(`${noted} › 旧数据: warning: the hidden worksheet "旧数据" is not read`);
    expect(run.out).toContain(`${noted} › 透视表: warning: the worksheet "透视表" is not read`);

    const twice = await write('重.xlsx', (b) => {
      b.addWorksheet('客户档案').addRow(header);
      b.addWorksheet('Customers').addRow(header);
    });
    const dup = await kefu('check', twice);
    expect(dup.exit).toBe(2);
    expect(dup.out).toContain(`${twice} › Customers: holds the Customers sheet, which ${twice} › 客户档案 already holds`);
  }, 60_000);

  it('check of a folder holding only a workbook names the workbook to give instead (a folder is CSV exports)', async () => {
    const folder = mkdtempSync(join(dir, 'folder-'));
    writeFileSync(join(folder, '客服.xlsx'), readFileSync(join(dir, '客服.xlsx')));
    const run = await kefu('check', folder);
    expect(run.exit).toBe(2);
    expect(run.out).toContain(`this folder has no .csv files; to read a workbook, give it itself: ${join(folder, '客服.xlsx')}`);
  });

  it('check exits 2 on a workbook it cannot read, saying what to do', async () => {
    const file = join(dir, '旧.xlsx');
    writeFileSync(file, 'not a workbook at all');
    const run = await kefu('check', file);
    expect(run.exit).toBe(2);
    expect(`${run.out}\n${run.err}`).toContain('not an .xlsx workbook');
  });
});

it('the sheets written are the schemas\' (a guard on the helper above)', () => {
  expect(readdirSync(SAMPLE).filter((f) => f.endsWith('.csv')).map((f) => sheetForFileName(f)?.name).sort()).toEqual(SHEETS.map((s) => s.name).sort());
});
