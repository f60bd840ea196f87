// `kefu template`: the workbook it writes opens without repairs (parts, XML, names, formulas Excel 2016 has), and it never overwrites what it must not.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import { SPARE_ROWS } from '../../cli/template/spare-rows';
import { namedRange } from '../../cli/template/row-context';
import { QA_AUDITS, SETTINGS_SHEET, SHEETS } from '../../shared/schema';
import { SETTING_DESCRIPTORS } from '../../shared/settings';
import { openZip } from '../xlsx/xlsx-zip';
import {
  FORMULA_LIMITS, functionsOf, nameProblem, nestingOf, NOT_IN_EXCEL_2016, sheetNameProblem, untypedParts, xmlError, zipEntryNames,
} from '../xlsx/xlsx-zip-checks';

interface Run { exit: number; out: string; err: string }

async function kefu(argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const exit = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { LANG: 'en_US.UTF-8' });
  return { exit, out: out.join('\n'), err: err.join('\n') };
}

const fresh = (): string => mkdtempSync(join(tmpdir(), 'kefu-template-'));

interface Part { path: string; text: string }

async function partsOf(file: string): Promise<{ buffer: Buffer; parts: Part[] }> {
  const buffer = readFileSync(file);
  const zip = await openZip(buffer);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ path: f.name, text: await f.async('string') })));
  return { buffer, parts };
}

describe('the workbook kefu template writes opens without a repair prompt', () => {
  let buffer: Buffer;
  let parts: Part[];
  const part = (path: string): string => parts.find((p) => p.path === path)?.text ?? '';
  const sheetXml = (): string[] => parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.path)).map((p) => p.text);

  beforeAll(async () => {
    const file = join(fresh(), '客服.xlsx');
    expect((await kefu(['template', file, '--business', 'car-service'])).exit).toBe(0);
    ({ buffer, parts } = await partsOf(file));
  }, 60_000);

  it('has [Content_Types].xml typing every part, and no entry twice', () => {
    const names = zipEntryNames(buffer);
    expect(names).toContain('[Content_Types].xml');
    expect(names.length).toBe(new Set(names).size);
    expect(untypedParts(part('[Content_Types].xml'), names)).toEqual([]);
  });

  it('holds well-formed XML in every part', () => {
    const broken = parts.filter((p) => /\.(xml|rels|vml)$/.test(p.path)).map((p) => [p.path, xmlError(p.text)]).filter(([, e]) => e);
    expect(broken).toEqual([]);
  });

  it('names sheets and ranges as Excel allows: every setting a KEFU_ name on its Settings cell', () => {
    const workbook = part('xl/workbook.xml');
    const sheets = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]+)"/g)].map((m) => m[1]!);
    expect(sheets.map(sheetNameProblem).filter(Boolean)).toEqual([]);
    expect(sheets.slice(0, 8)).toEqual(SHEETS.map((s) => s.zh));
    const decode = (t: string): string => t.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const names = [...workbook.matchAll(/<definedName\b[^>]*name="([^"]+)"[^>]*>([^<]*)<\/definedName>/g)].map((m) => [m[1]!, decode(m[2]!)] as const);
    expect(names.map(([n, t]) => nameProblem(n, t, sheets)).filter(Boolean)).toEqual([]);
    expect(new Set(names.map(([n]) => n.toUpperCase())).size).toBe(names.length);
    const targets = new Map(names);
    SETTING_DESCRIPTORS.forEach((d, i) => expect(targets.get(namedRange(d.key))).toBe(`'${SETTINGS_SHEET.zh}'!$C$${i + 2}`));
  });

  it(`keeps every formula within Excel's limits (${FORMULA_LIMITS.characters} characters, ${FORMULA_LIMITS.nesting} levels) and to functions Excel 2016 has`, () => {
    const formulas = new Set(sheetXml().flatMap((xml) => [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))));
    expect(formulas.size).toBeGreaterThan(SPARE_ROWS);
    const problems: string[] = [];
    for (const f of formulas) {
      if (f.length > FORMULA_LIMITS.characters) problems.push(`${f.length} characters: ${f.slice(0, 60)}…`);
      if (nestingOf(f) > FORMULA_LIMITS.nesting) problems.push(`nested ${nestingOf(f)} deep: ${f.slice(0, 60)}…`);
      for (const name of functionsOf(f)) if ((NOT_IN_EXCEL_2016 as readonly string[]).includes(name)) problems.push(`${name}: ${f.slice(0, 60)}…`);
    }
    expect(problems).toEqual([]);
  });

  it('asks Excel, WPS and LibreOffice to recalculate every formula on opening', () => {
    expect(part('xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
  });
});

describe('what the workbook holds', () => {
  let wb: ExcelJS.Workbook;
  let xml: (sheet: number) => string;
  let comments: (sheet: number) => string;

  beforeAll(async () => {
    const file = join(fresh(), 'shop.xlsx');
    expect((await kefu(['template', file, '--business', 'car-service'])).exit).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const { parts } = await partsOf(file);
    xml = (sheet) => parts.find((p) => p.path === `xl/worksheets/sheet${sheet}.xml`)!.text;
    comments = (sheet) => parts.find((p) => p.path === `xl/comments${sheet}.xml`)?.text ?? '';
  }, 60_000);

  it('puts Settings first, filled with the chosen business\'s defaults, thresholds as numbers', () => {
    const settings = wb.worksheets[0]!;
    expect(settings.name).toBe('设置');
    const row = (key: string): ExcelJS.CellValue[] => settings.getRow(SETTING_DESCRIPTORS.findIndex((d) => d.key === key) + 2).values as ExcelJS.CellValue[];
    // car-service: 000 接车出厂 after-sales stage 交车, a 180-day cycle; the tier thresholds the rulebook gives.
    expect(row('businessType').slice(1)).toEqual(['businessType', '行业类型', 'car-service']);
    expect(row('serviceCycleDays')[3]).toBe(180);
    expect(row('followUp.afterSalesStages')[3]).toBe('交车 / handed over');
    expect(row('tier.vip.spend')[3]).toBe(20000);
  });

  it('writes each header in Chinese with its English name in the note, and freezes the header row', () => {
    const customers = wb.getWorksheet('客户档案')!;
    expect(customers.getCell('A1').value).toBe('客户编号');
    expect(customers.getCell('A1').note).toBe('Customer ID');
    expect(customers.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    // 客户编号 is 8 columns wide in Chinese; dates need 10 ("2026-11-03").
    expect(customers.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(customers.getColumn('N').width).toBeGreaterThanOrEqual(11);
    expect(customers.getColumn('N').numFmt).toBe('yyyy-mm-dd');
    expect(wb.getWorksheet('回访记录')!.getColumn('C').numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('gives enum columns a dropdown read from a named list, Settings lists through the Settings cell', () => {
    const customers = xml(2);
    // 客户来源 (F) from lists.sources, 服务阶段 (K) from lists.stages, 同意回访 (X) yes/no.
    expect(customers).toMatch(/<dataValidation type="list"[^>]*sqref="F2:F\d+"[^>]*>\s*<formula1>KEFU_LIST_SOURCES<\/formula1>/);
    expect(customers).toMatch(/sqref="K2:K\d+"[^>]*>\s*<formula1>KEFU_LIST_STAGES<\/formula1>/);
    // Numbers within the schema's bounds: 保养周期 (P) a whole number ≥ 0, 本年消费 (Q) an amount ≥ 0, dates after 1900.
    expect(customers).toMatch(/<dataValidation type="whole" operator="greaterThanOrEqual"[^>]*sqref="P2:P\d+"[^>]*>\s*<formula1>0<\/formula1>/);
    expect(customers).toMatch(/<dataValidation type="decimal" operator="greaterThanOrEqual"[^>]*sqref="Q2:Q\d+"/);
    expect(customers).toMatch(/<dataValidation type="date" operator="greaterThan"[^>]*sqref="N2:N\d+"/);
    // 成绩 (I) from 0 to 100 (the training schema's bounds; "between" is the file format's default operator, left out).
    expect(xml(6)).toMatch(/<dataValidation type="whole"(?: operator="between")?[^>]*sqref="I2:I\d+"[^>]*>\s*<formula1>0<\/formula1>\s*<formula2>100<\/formula2>/);
    // Formula columns (S referrals, V tier, Z–AB the follow-up dates and flags) take no typing, so no validation.
    expect(customers).not.toMatch(/sqref="(S|V|Z|AA|AB)2:/);
    const lists = wb.worksheets.at(-1)!;
    expect(lists.state).toBe('hidden');
    const stages = lists.getColumn(2).values.slice(2, 3)[0] as { formula: string };
    expect(stages.formula).toContain(namedRange('lists.stages'));
  });

  it('keeps the QA helper column hidden after the sheet\'s own, with a blank header the sheet reader skips', () => {
    const qa = wb.getWorksheet('质检')!;
    const after = QA_AUDITS.columns.length + 1;
    expect(qa.getColumn(after).hidden).toBe(true);
    expect(qa.getCell(1, after).value).toBe(null);
    // The note sits on an empty cell, which exceljs does not read back: it is looked for in the comments part.
    expect(comments(5)).toMatch(new RegExp(`<comment ref="${qa.getColumn(after).letter}1"[\\s\\S]*?当月积分`));
    expect((qa.getCell(2, after).value as { formula: string }).formula).toMatch(/^IF\(\$A2="","",IF\(\$\w+2=0,1\/COUNTIFS\(/);
    expect(qa.getCell(1, after + 1).value).toBe(null);
  });

  it('prepares the formula rows below the header, and highlights overdue follow-ups', () => {
    const customers = wb.getWorksheet('客户档案')!;
    expect(customers.getCell(`Y${SPARE_ROWS + 1}`).value).toBe(null);
    expect((customers.getCell(`V${SPARE_ROWS + 1}`).value as { formula: string }).formula).toMatch(/^IF\(\$A1001="","",IF\(OR\(\$Q1001>=KEFU_TIER_VIP_SPEND/);
    expect(customers.getCell(`V${SPARE_ROWS + 2}`).value).toBe(null);
    expect(xml(2)).toMatch(/<conditionalFormatting sqref="A2:AB1001">[\s\S]*?<formula>\$AB2=TRUE<\/formula>/);
  });
});

describe('kefu template never loses a file', () => {
  it('writes a new file and leaves no temp file beside it', async () => {
    const dir = fresh();
    const run = await kefu(['template', join(dir, 'a.xlsx')]);
    expect(run.exit).toBe(0);
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
    expect(run.err).toContain(`kefu check ${join(dir, 'a.xlsx')}`);
  });

  it.each([
    { description: 'an existing Kefu workbook without --force', existing: 'kefu', args: [], expected: 'already exists; Kefu does not overwrite it' },
    { description: 'a text file, even with --force', existing: 'text', args: ['--force'], expected: 'was not made by Kefu' },
    { description: 'a workbook someone else made, even with --force', existing: 'foreign', args: ['--force'], expected: 'was not made by Kefu' },
  ])('refuses $description (exit 2, file untouched)', async ({ existing, args, expected }) => {
    const file = join(fresh(), 'book.xlsx');
    if (existing === 'kefu') expect((await kefu(['template', file])).exit).toBe(0);
    if (existing === 'text') writeFileSync(file, 'my notes');
    if (existing === 'foreign') {
      const other = new ExcelJS.Workbook();
      other.creator = 'Wang Fang';
      other.addWorksheet('客户档案').getCell('A1').value = '客户编号';
      await other.xlsx.writeFile(file);
    }
    const before = readFileSync(file);
    const run = await kefu(['template', file, ...args]);
    expect(run.exit).toBe(2);
    expect(run.err).toContain(expected);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('replaces a workbook Kefu made when --force is given', async () => {
    const file = join(fresh(), 'book.xlsx');
    expect((await kefu(['template', file])).exit).toBe(0);
    expect((await kefu(['template', file, '--force', '--business', 'clinic'])).exit).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]!.getCell('C2').value).toBe('clinic');
  });

  it.each([
    { description: 'a name without .xlsx', args: ['template', 'book.csv'], expected: 'does not end in .xlsx' },
    { description: 'an unknown business', args: ['template', 'book.xlsx', '--business', 'bakery'], expected: '--business must be one of photo-studio, car-service, clinic, online-shop' },
    { description: 'no file', args: ['template'], expected: 'name the workbook to write' },
  ])('refuses $description with exit 2', async ({ args, expected }) => {
    const run = await kefu(args);
    expect(run.exit).toBe(2);
    expect(run.err).toContain(expected);
  });

  it('writes an English workbook with --lang en', async () => {
    const file = join(fresh(), 'shop.xlsx');
    expect((await kefu(['template', file, '--lang', 'en'])).exit).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SHEETS.map((s) => s.en), 'Lists']);
    expect(wb.getWorksheet('Customers')!.getCell('A1').value).toBe('Customer ID');
  });
});
