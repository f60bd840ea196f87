// Two real spreadsheet engines for the workbook's formulas: HyperFormula in this process, LibreOffice Calc headless in a fresh profile.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { HyperFormula } from 'hyperformula';
import { readStoredValues } from './xlsx-zip';

/** A value as a sheet shows it: numbers (dates as serials), text, logicals; '' for an empty cell or an empty text. */
export type Shown = string | number | boolean;

/** Reads one cell of a computed workbook by sheet title and 1-based row and column. */
export type CellReader = (sheet: string, row: number, column: number) => Shown;

const EXCEL_EPOCH_DAYS = 25_569;

/** exceljs types its input as an ArrayBuffer; Node's Buffer is a view on one. */
export const arrayBufferOf = (buffer: Uint8Array): ArrayBuffer => new Uint8Array(buffer).buffer;

/** An exceljs value as a plain cell: Dates back to serials (exceljs reads date-formatted numbers as UTC Dates), formulas to their cached result. */
export function plainValue(value: ExcelJS.CellValue): Shown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.getTime() / 86_400_000 + EXCEL_EPOCH_DAYS;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in value) return String(value.error);
    if ('text' in value) return String(value.text);
    return JSON.stringify(value);
  }
  return value;
}

/** The workbook's sheets as HyperFormula takes them: formulas with "=", values as they are; and its defined names. */
async function sheetsOf(buffer: Buffer): Promise<{ sheets: Record<string, (string | number | boolean | null)[][]>; names: { name: string; ranges: string[] }[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(arrayBufferOf(buffer));
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  wb.eachSheet((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        cells[c - 1] = v && typeof v === 'object' && 'formula' in v ? `=${v.formula}` : v === null || v === undefined ? null : plainValue(v);
      });
      rows[r - 1] = Array.from(cells, (v) => v ?? null);
    });
    sheets[ws.name] = Array.from(rows, (row) => row ?? []);
  });
  return { sheets, names: wb.definedNames.model };
}

/** Computes every formula of the workbook with HyperFormula (Excel-compatible defaults). NOW() reads Date.now(): freeze it first. */
export async function computeWithHyperFormula(buffer: Buffer): Promise<{ hf: HyperFormula; read: CellReader }> {
  const { sheets, names } = await sheetsOf(buffer);
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  for (const { name, ranges } of names) hf.addNamedExpression(name, `=${ranges[0]}`);
  const read: CellReader = (sheet, row, column) => {
    const value = hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: row - 1, col: column - 1 });
    if (value === null) return '';
    return typeof value === 'object' ? `#${value.type}` : value;
  };
  return { hf, read };
}

export const SOFFICE = process.env['KEFU_SOFFICE'] ?? 'soffice';

/** Whether LibreOffice's soffice can be started here. */
export function hasSoffice(): boolean {
  return SOFFICE.includes('/') ? existsSync(SOFFICE) : (process.env['PATH'] ?? '').split(':').some((dir) => existsSync(join(dir, SOFFICE)));
}

export const INSTALL_SOFFICE = 'LibreOffice Calc is needed for the formula parity test: apt-get install -y --no-install-recommends libreoffice-calc '
  + '(or set KEFU_SOFFICE to the soffice binary). CI installs it in .ci/run and never skips this test.';

const RECALCULATE_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens the workbook in LibreOffice Calc headless (a fresh profile, so parallel runs never share one), lets it recalculate on
 * load, saves it as .xlsx again and reads the cached values back. TZ is UTC, so its NOW() and TODAY() are UTC.
 */
export async function recalculateWithLibreOffice(buffer: Buffer): Promise<{ read: CellReader; seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'kefu-lo-'));
  try {
    const input = join(dir, 'in.xlsx');
    const out = join(dir, 'out');
    await mkdir(out);
    await writeFile(input, buffer);
    // The profile's "recalculation on file load" for Excel files: always (LibreOffice's default keeps cached results).
    await mkdir(join(dir, 'profile', 'user'), { recursive: true });
    await writeFile(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALCULATE_ALWAYS);
    const started = Date.now();
    await promisify(execFile)(SOFFICE, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore',
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input], { env: { ...process.env, TZ: 'UTC' }, timeout: 180_000 });
    const seconds = (Date.now() - started) / 1000;
    return { read: await readStoredValues(await readFile(join(out, 'in.xlsx'))), seconds };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
