// decodeCsvBytes and openCsvFile + readCsv (a file read in chunks): UTF-8 (with and without BOM), UTF-16, GBK as Excel zh-CN saves, and files that are not CSV.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvFile } from './read-one-file';
import { decodeCsvBytes } from '../../load/read-csv-file';
import { INPUT_LIMITS } from '../../shared/sheet/input-limits';
import { CUSTOMERS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';

const settings = defaultSettings();
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** GBK bytes by hand, for 客户编号,客户姓名,联系电话 and a name: the code points from the GB2312 table. */
const GBK: Record<string, [number, number]> = {
  客: [0xbf, 0xcd], 户: [0xbb, 0xa7], 编: [0xb1, 0xe0], 号: [0xba, 0xc5], 姓: [0xd0, 0xd5], 名: [0xc3, 0xfb],
  联: [0xc1, 0xaa], 系: [0xcf, 0xb5], 电: [0xb5, 0xe7], 话: [0xbb, 0xb0], 王: [0xcd, 0xf5], 明: [0xc3, 0xf7],
};
const gbk = (text: string): Uint8Array => Uint8Array.from([...text].flatMap((c) => GBK[c] ?? [c.charCodeAt(0)]));

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = [bigEndian ? 0xfe : 0xff, bigEndian ? 0xff : 0xfe];
  for (const unit of text.split('').map((c) => c.charCodeAt(0))) {
    bytes.push(...(bigEndian ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8]));
  }
  return Uint8Array.from(bytes);
}

const CSV = '客户编号,客户姓名,联系电话\r\nC001,王明,13812345678\r\n';
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

describe('decodeCsvBytes', () => {
  it('hand-built GBK bytes really are GBK', () => {
    expect(new TextDecoder('gb18030').decode(gbk(CSV))).toBe(CSV);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk(CSV))).toThrow();
  });

  it.each([
    ['UTF-8', utf8(CSV), 'utf-8'],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(CSV)]), 'utf-8-bom'],
    ['GBK', gbk(CSV), 'gb18030'],
    ['UTF-16LE with BOM', utf16(CSV, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(CSV, true), 'utf-16be'],
  ] as const)('decodes %s', (_name, bytes, encoding) => {
    expect(decodeCsvBytes(bytes)).toEqual({ ok: true, text: CSV, encoding, badBytes: [] });
  });

  it.each([
    ['0 bytes', new Uint8Array(0), 'empty-file'],
    ['an .xlsx (zip)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, ...utf8('[Content_Types].xml')]), 'xlsx-file'],
    ['an old .xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xlsx-file'],
    ['a PNG', PNG, 'not-csv'],
    ['text with NULs', utf8('a,b\0c\n'), 'not-csv'],
    ['control characters', Uint8Array.from({ length: 200 }, (_, i) => (i * 7) % 31 + 1), 'not-csv'],
  ] as const)('refuses %s', (_name, bytes, code) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: false, code });
    if (!decoded.ok) expect(decoded.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('tells how to save an Excel workbook as CSV', () => {
    expect(decodeCsvBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toMatchObject({ message: expect.stringContaining('Save As → CSV UTF-8') });
  });
});

describe('readCsvFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-read-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('reads a GBK file as Excel zh-CN saves it', () => {
    const read = readCsvFile(file('gbk.csv', gbk(CSV)), CUSTOMERS, settings, 'customers.csv');
    expect(read.issues).toEqual([]);
    expect(read.file).toBe('customers.csv');
    expect(read.rows).toEqual([{ line: 2, values: { id: 'C001', name: '王明', phone: '13812345678' } }]);
  });

  it('reads a UTF-16 file (Excel "Unicode text", tab-separated)', () => {
    const read = readCsvFile(file('u16.csv', utf16(CSV.replace(/,/g, '\t'), false)), CUSTOMERS, settings);
    expect(read.issues).toEqual([]);
    expect(read.rows[0]!.values.name).toBe('王明');
  });

  it('reports a file that vanished before it was opened as one file-level issue (as loadWorkbook words it)', () => {
    const read = readCsvFile(join(dir, 'nope.csv'), CUSTOMERS, settings, 'customers.csv');
    expect(read.issues).toEqual([expect.objectContaining({ file: 'customers.csv', line: 0, column: 0, code: 'unreadable-file' })]);
    expect(read.rows).toEqual([]);
  });

  it('refuses a file over the size limit from its size, as one file-level issue', () => {
    const path = join(dir, 'huge.csv');
    writeFileSync(path, '');
    truncateSync(path, INPUT_LIMITS.fileMegabytes * 2 ** 20 + 1);
    const read = readCsvFile(path, CUSTOMERS, settings, 'customers.csv');
    expect(read.issues).toEqual([expect.objectContaining({ file: 'customers.csv', line: 0, column: 0, code: 'too-large' })]);
    expect(read.issues[0]!.message).toContain(`up to ${INPUT_LIMITS.fileMegabytes} MB`);
  });

  it('reports a file that cannot be read (a folder) without throwing', () => {
    expect(readCsvFile(dir, CUSTOMERS, settings).issues.map((i) => i.code)).toEqual(['unreadable-file']);
  });

  it.each([
    ['empty.csv', new Uint8Array(0), 'empty-file'],
    ['book.csv', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'xlsx-file'],
    ['image.csv', PNG, 'not-csv'],
  ])('turns a decode failure (%s) into one file-level issue', (name, bytes, code) => {
    const path = file(name, bytes);
    const read = readCsvFile(path, CUSTOMERS, settings);
    expect(read.issues).toEqual([expect.objectContaining({ file: path, line: 0, column: 0, code })]);
  });
});

describe('one invalid UTF-8 byte (issue 10 point 5)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-utf8-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  /** UTF-8 text with the bytes given in place of each "¤". */
  const withBytes = (text: string, ...bad: number[][]): Uint8Array => {
    const parts = text.split('¤');
    return Uint8Array.from(parts.flatMap((part, i) => [...utf8(part), ...(i < bad.length ? bad[i]! : [])]));
  };
  const read = (name: string, bytes: Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return readCsvFile(path, CUSTOMERS, settings, 'customers.csv');
  };

  it.each([
    {
      description: '0xFF in an English-header file',
      input: withBytes('Customer ID,Name,Phone\r\nC001,Wang Ming,13812345678\r\nC002,Li ¤Hua,13812345679\r\nC003,Zhang Wei,13812345670\r\n', [0xff]),
      expected: { line: 3, column: 2, byte: '0xFF', character: 9, names: ['Wang Ming', undefined, 'Zhang Wei'] },
    },
    {
      description: '0xE9 (Latin-1 é) before a letter, a pair GB18030 would accept',
      input: withBytes('Customer ID,Name,Phone\nC001,Ren¤e Li,13812345678\nC002,Zhang Wei,13812345670\n', [0xe9]),
      expected: { line: 2, column: 2, byte: '0xE9', character: 9, names: [undefined, 'Zhang Wei'] },
    },
    {
      description: 'one bad byte in a Chinese-header file',
      input: withBytes('客户编号,客户姓名,联系电话\nC001,王明,13812345678\nC002,李¤华,13812345679\nC003,张伟,13812345670\n', [0xff]),
      expected: { line: 3, column: 2, byte: '0xFF', character: 7, names: ['王明', undefined, '张伟'] },
    },
    {
      description: 'a character cut short at the end of the file (王 is E7 8E 8B)',
      input: withBytes('客户编号,客户姓名,联系电话\nC001,张伟,13812345670\nC002,¤', [0xe7, 0x8e]),
      expected: { line: 3, column: 2, byte: '0xE7 0x8E', character: 6, names: ['张伟', undefined] },
    },
  ])('$description → one issue at its line and column, the other names intact', ({ input, expected }) => {
    const sheet = read('bad-byte.csv', input);
    const decodeIssues = sheet.issues.filter((i) => i.code === 'bad-utf8');
    expect(decodeIssues).toEqual([expect.objectContaining({ file: 'customers.csv', line: expected.line, column: expected.column })]);
    expect(decodeIssues[0]!.message).toContain(`invalid UTF-8 byte ${expected.byte} at line ${expected.line}, column ${expected.column} (character ${expected.character})`);
    expect(decodeIssues[0]!.messageZh).toContain(`第 ${expected.line} 行第 ${expected.column} 列`);
    expect(sheet.issues.filter((i) => i.code === 'missing-column' || i.code === 'unknown-column')).toEqual([]);
    expect(sheet.rows.map((r) => r.values.name)).toEqual(expected.names);
    expect(JSON.stringify(sheet.rows)).not.toContain('\uFFFD');
  });

  it('places a bad byte inside a quoted value on the record\'s first line, naming the physical line', () => {
    const sheet = read('multi.csv', withBytes('Customer ID,Name,Phone,Address\nC001,Wang Ming,13812345678,"Room 1\nBlock ¤2"\n', [0xff]));
    expect(sheet.issues).toEqual([expect.objectContaining({ code: 'bad-utf8', line: 2, column: 4 })]);
    expect(sheet.issues[0]!.message).toContain('at line 3, column 4 (character 7)');
    expect(sheet.rows[0]!.values).toEqual({ id: 'C001', name: 'Wang Ming', phone: '13812345678' });
  });

  it.each([
    {
      description: 'two bad cells in one row',
      input: withBytes('Customer ID,Name,Phone,Address\nC001,Li ¤Hua,13812345678,Room ¤1\n', [0xff], [0xfe]),
      expected: ['bad-utf8@2:2', 'bad-utf8@2:4'],
    },
    {
      description: 'a bad byte in a header (its column cannot be matched either)',
      input: withBytes('Customer ID,Na¤me,Phone\nC001,Wang Ming,13812345678\n', [0xff]),
      expected: ['bad-utf8@1:2', 'unknown-column@1:2', 'missing-column@1:0'],
    },
  ])('$description → $expected', ({ input, expected }) => {
    const sheet = read('cells.csv', input);
    expect(sheet.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(expected);
  });

  it('decodes as UTF-8 with the bad bytes marked, not as GB18030', () => {
    const decoded = decodeCsvBytes(withBytes('Customer ID,Name\nC001,Li ¤Hua\n', [0xff]));
    expect(decoded).toMatchObject({ ok: true, encoding: 'utf-8', text: 'Customer ID,Name\nC001,Li \uFFFDHua\n', badBytes: [{ index: 25, bytes: [0xff] }] });
  });

  it('still reads a whole GBK file as GB18030 (every Chinese character is a UTF-8 error)', () => {
    const decoded = decodeCsvBytes(gbk('客户编号,客户姓名\nC001,王明\n'));
    expect(decoded).toMatchObject({ ok: true, encoding: 'gb18030', text: '客户编号,客户姓名\nC001,王明\n', badBytes: [] });
  });

  it('keeps UTF-8 when a GBK row was pasted into a UTF-8 file (more good characters than bad)', () => {
    const bytes = Uint8Array.from([...utf8('客户编号,客户姓名,联系电话\nC001,张伟,13812345670\nC002,'), ...gbk('王明'), ...utf8(',13812345679\n')]);
    const sheet = read('pasted.csv', bytes);
    expect(sheet.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['bad-utf8@3:2']);
    expect(sheet.rows[0]!.values.name).toBe('张伟');
  });
});

describe('a GBK file with a byte that is neither GBK nor UTF-8', () => {
  it('is refused as one file-level problem naming the line, not read as UTF-8 into hundreds of errors', () => {
    const bytes = Uint8Array.from([...gbk('客户编号,客户姓名\r\nC001,王明\r\nC002,'), 0xff, ...gbk('明\r\n')]);
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: false, code: 'bad-encoding' });
    if (decoded.ok) return;
    expect(decoded.message).toContain('GB18030');
    expect(decoded.message).toContain('line 3');
    expect(decoded.messageZh).toContain('第 3 行');
  });
});
