// loadWorkbook reads a plain UTF-8 file once, decoding as rows flow; a file whose bytes stop being UTF-8 only after its first
// 64 KB chunk still gives what deciding its encoding first gives (the read starts again), so a late GBK name or stray byte is never misread.
import * as fs from 'node:fs';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadWorkbook } from '../../load/load-workbook';
import { CUSTOMERS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';
import { readCsvFile } from '../cli/read-one-file';

/** Bytes handed back by readSync, counted: how often the loader reads a file's bytes. */
let bytesRead = 0;
vi.mock('node:fs', async (original) => {
  const real = await original<typeof fs>();
  return { ...real, readSync: (...args: Parameters<typeof real.readSync>) => {
    const n = real.readSync(...args);
    bytesRead += n;
    return n;
  } };
});

/** GBK bytes by hand (GB2312 table). */
const GB: Record<string, number[]> = { 王: [0xcd, 0xf5], 明: [0xc3, 0xf7] };
const gb = (text: string): number[] => [...text].flatMap((c) => GB[c] ?? [...new TextEncoder().encode(c)]);
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

const ROWS = 6000;
/** Row i (0-based) of customers.csv, ≈ 30 bytes: 6000 of them run past two 64 KB chunks. */
const row = (i: number, name: string): string => `C${String(i + 1).padStart(4, '0')},${name},138${String(i).padStart(8, '0')}\r\n`;
/** The header in ASCII (the English one), so a GBK file's first chunk is plain ASCII, valid UTF-8. */
const HEADER = 'Customer ID,Name,Phone\r\n';
const rows = (from: number, to: number, name: (i: number) => string): string =>
  Array.from({ length: to - from }, (_, k) => row(from + k, name(from + k))).join('');

describe('loadWorkbook, plain UTF-8 read in one pass', () => {
  const root = mkdtempSync(join(tmpdir(), 'kefu-one-pass-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, number[]>): string => {
    const dir = join(root, name);
    fs.mkdirSync(dir);
    for (const [file, bytes] of Object.entries(files)) writeFileSync(join(dir, file), Uint8Array.from(bytes));
    return dir;
  };

  it('reads each byte of a plain UTF-8 file once (plus the 8 first bytes that tell its format)', () => {
    const dir = folder('plain', { 'customers.csv': utf8(HEADER + rows(0, ROWS, () => '王明')) });
    const size = statSync(join(dir, 'customers.csv')).size;
    expect(size).toBeGreaterThan(2 * 65_536);
    bytesRead = 0;
    const loaded = loadWorkbook([dir], { keepRows: true });
    expect(bytesRead).toBe(size + 8);
    expect(loaded.unusable).toEqual([]);
    expect(loaded.sheets.customers?.rows).toHaveLength(ROWS);
  });

  const cases = [
    {
      description: 'GBK names only after row 2500 (≈ 75 KB in): read as GB18030, every name whole',
      bytes: [...utf8(HEADER + rows(0, 2500, () => 'Wang')), ...gb(rows(2500, ROWS, () => '王明'))],
      expected: { encodingIssues: [], last: { line: ROWS + 1, values: { id: 'C6000', name: '王明', phone: '13800005999' } }, rows: ROWS },
    },
    {
      description: 'a stray byte on row 2800: reported there, in the name column; every other row read',
      bytes: [...utf8(HEADER + rows(0, 2799, () => '王明')), ...utf8('C2800,王'), 0xff, ...utf8('明,13800002799\r\n')],
      // Line 2801 (the header is line 1), column 2 (name), character 8 ("C2800," is 6, 王 the 7th).
      expected: { encodingIssues: [['bad-utf8', 2801, 2]], last: { line: 2801, values: { id: 'C2800', phone: '13800002799' } }, rows: 2800 },
    },
  ];
  it.each(cases)('$description', ({ bytes, expected }) => {
    const dir = folder(`late-${cases.findIndex((c) => c.bytes === bytes)}`, { 'customers.csv': bytes });
    const loaded = loadWorkbook([dir], { keepRows: true });
    const customers = loaded.sheets.customers!;
    expect(loaded.unusable).toEqual([]);
    expect(customers.rows).toHaveLength(expected.rows);
    expect(customers.rows.at(-1)).toEqual(expected.last);
    expect([...loaded.issues, ...loaded.warnings].filter((i) => i.code === 'bad-utf8').map((i) => [i.code, i.line, i.column]))
      .toEqual(expected.encodingIssues);
    // The same as the sheet read with its encoding decided from every byte before the first row.
    const decidedFirst = readCsvFile(join(dir, 'customers.csv'), CUSTOMERS, defaultSettings(), join(dir, 'customers.csv'));
    expect(customers.rows).toEqual(decidedFirst.rows);
    expect(customers.issues).toEqual(decidedFirst.issues.filter((i) => i.code !== 'no-rows'));
  });

  it('a NUL after the first chunk makes the file not CSV, and the points that refer to its customers are not judged against it', () => {
    // Points are read before customers (SHEET_ORDER): their references wait for the customers, which turn out unusable.
    const dir = folder('late-nul', {
      'customers.csv': [...utf8(HEADER + rows(0, 2799, () => 'Wang')), ...utf8('C2800,Wa'), 0, ...utf8('ng,13800002799\r\n')],
      'points.csv': utf8('Entry ID,Customer ID,Date,Kind,Points\r\nJF00001,C9999,2025-11-01,调整,100\r\n'),
    });
    const loaded = loadWorkbook([dir], { keepRows: true });
    expect(loaded.unusable.map((i) => [i.code, i.file])).toEqual([['not-csv', join(dir, 'customers.csv')]]);
    expect(loaded.sheets.customers).toBeUndefined();
    // C9999 is in no customers sheet, but there is none to judge it by ("a reference into an absent sheet cannot be judged").
    expect(loaded.issues.filter((i) => i.code === 'unknown-reference')).toEqual([]);
    expect(loaded.sheets.points?.rows).toHaveLength(1);
  });
});
