// decideEncoding + decodeChunks: a file that is not plain UTF-8 decoded chunk by chunk, whatever byte a chunk ends on, as it
// reads whole; and through openCsvFile + readCsv, bad bytes and line numbers past the first 64 KB chunk.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideEncoding, decodeChunks, looksBinary, type ByteSource } from '../../load/decode-stream';
import { openCsvFile, readCsv } from '../../load/csv-file';
import { CUSTOMERS } from '../../shared/schema';
import { defaultSettings } from '../../shared/settings';

/** GBK bytes by hand (GB2312 table), and GB18030's four bytes for 😀 U+1F600: pointer 189000 + 0xF600 = 251976 → 94 39 FC 36. */
const GB: Record<string, number[]> = {
  客: [0xbf, 0xcd], 户: [0xbb, 0xa7], 编: [0xb1, 0xe0], 号: [0xba, 0xc5], 姓: [0xd0, 0xd5], 名: [0xc3, 0xfb],
  联: [0xc1, 0xaa], 系: [0xcf, 0xb5], 电: [0xb5, 0xe7], 话: [0xbb, 0xb0], 王: [0xcd, 0xf5], 明: [0xc3, 0xf7],
  '😀': [0x94, 0x39, 0xfc, 0x36],
};
const gb = (text: string): Uint8Array => Uint8Array.from([...text].flatMap((c) => GB[c] ?? [c.charCodeAt(0)]));
/** UTF-16LE with its BOM, unit by unit (a surrogate pair is two units). */
const utf16le = (text: string): Uint8Array => Uint8Array.from([0xff, 0xfe, ...text.split('').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

/** The bytes cut every `size` bytes: with sizes 1 … 5 every character is split at every one of its bytes somewhere. */
const chunked = (bytes: Uint8Array, size: number): ByteSource => (each) => {
  for (let at = 0; at < bytes.length; at += size) each(bytes.slice(at, at + size));
};
const decodeAll = (source: ByteSource, encoding: Parameters<typeof decodeChunks>[1]): string => {
  const parts: string[] = [];
  decodeChunks(source, encoding, (t) => parts.push(t));
  return parts.join('');
};

const HEADER = '客户编号,客户姓名,联系电话\r\n';
const CSV = `${HEADER}C001,王明😀,13812345678\r\n`;

describe('decideEncoding and decodeChunks, chunk by chunk', () => {
  it('the hand-built GB18030 bytes really are GB18030', () => {
    expect(new TextDecoder('gb18030').decode(gb(CSV))).toBe(CSV);
  });

  const cases = [
    { description: 'GB18030 (2-byte 王明, 4-byte 😀)', input: gb(CSV), expected: { encoding: 'gb18030', text: CSV, badBytes: [] } },
    { description: 'UTF-16LE (😀 a surrogate pair)', input: utf16le(CSV), expected: { encoding: 'utf-16le', text: CSV, badBytes: [] } },
    {
      // 16 units of header, then "C001," (5) and 王 (1): the stray byte's U+FFFD is unit 22; 😀 counts 2 units, so the one after it is 26.
      description: 'UTF-8 with two stray bytes (one cut 3-byte character)',
      input: Uint8Array.from([...utf8(`${HEADER}C001,王`), 0xff, ...utf8('明😀'), 0xe7, 0x8e, ...utf8(',13812345678\r\n')]),
      expected: { encoding: 'utf-8', text: `${HEADER}C001,王\uFFFD明😀\uFFFD,13812345678\r\n`,
        badBytes: [{ index: 22, bytes: [0xff] }, { index: 26, bytes: [0xe7, 0x8e] }] },
    },
    {
      description: 'UTF-8 with a BOM and a stray byte (indexes count from after the BOM)',
      input: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(`${HEADER}C001,王`), 0xff, ...utf8('明,13812345678\r\n')]),
      expected: { encoding: 'utf-8-bom', text: `${HEADER}C001,王\uFFFD明,13812345678\r\n`, badBytes: [{ index: 22, bytes: [0xff] }] },
    },
  ];
  for (const { description, input, expected } of cases) {
    it.each([1, 2, 3, 4, 5, 7, 64])(`${description}: chunks of %i bytes`, (size) => {
      const source = chunked(input, size);
      const decided = decideEncoding(source);
      expect(decided).toMatchObject({ ok: true, encoding: expected.encoding, badBytes: expected.badBytes });
      if (!decided.ok) return;
      expect(decided.head).toBe(expected.text);
      expect(decodeAll(source, decided.encoding)).toBe(expected.text);
    });
  }

  it('names the line of the first byte neither GB18030 nor UTF-8, a CRLF cut between chunks counted once', () => {
    // 0xFF is no GB18030 byte (WHATWG: an error) and no UTF-8 byte: on line 3.
    const bytes = Uint8Array.from([...gb(`${HEADER}C001,王明,1\r\nC002,王明`), 0xff, 0x2c, ...gb('王明王明王明\r\n')]);
    for (const size of [1, 2, 3]) {
      const decided = decideEncoding(chunked(bytes, size));
      expect(decided).toMatchObject({ ok: false, code: 'bad-encoding', message: expect.stringContaining('line 3 holds bytes') });
    }
  });
});

describe('openCsvFile + readCsv, past the first 64 KB chunk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-decode-stream-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const ROWS = 3000;
  /** Rows C0001 … of ≈ 30 bytes: 3000 of them run well past 64 KB. */
  const rows = (name: (i: number) => string): string =>
    Array.from({ length: ROWS }, (_, i) => `C${String(i + 1).padStart(4, '0')},${name(i)},138${String(i).padStart(8, '0')}\r\n`).join('');

  it('a GB18030 file whose first 64 KB are plain ASCII is still read as GB18030, every name whole', () => {
    // The names turn Chinese only after row 2500 (≈ 75 KB in): the decision is made on every byte, not the first chunk.
    const text = HEADER + rows((i) => (i < 2500 ? 'Wang' : i % 2 ? '王明' : '王明😀'));
    const path = join(dir, 'customers.csv');
    writeFileSync(path, gb(text));
    const opened = openCsvFile(path);
    expect(opened).toMatchObject({ ok: true, encoding: 'gb18030' });
    if (!opened.ok) return;
    const read = readCsv(opened, 'customers.csv', CUSTOMERS, defaultSettings());
    expect(read.issues).toEqual([]);
    expect(read.rows).toHaveLength(ROWS);
    expect(read.rows.at(-1)).toEqual({ line: ROWS + 1, values: { id: 'C3000', name: '王明', phone: '13800002999' } });
    expect(read.rows.at(-2)).toEqual({ line: ROWS, values: { id: 'C2999', name: '王明😀', phone: '13800002998' } });
  });

  it.each([
    { description: 'without a BOM', bom: [] as number[], encoding: 'utf-8' },
    { description: 'with a BOM', bom: [0xef, 0xbb, 0xbf], encoding: 'utf-8-bom' },
  ])('a UTF-8 file ($description) with a stray byte on row 2800 reports it there, in the name column, and reads every other row', ({ bom, encoding }) => {
    const before = utf8(HEADER + rows(() => '王明').split('\r\n').slice(0, 2799).join('\r\n') + '\r\n');
    const bytes = Uint8Array.from([...bom, ...before, ...utf8('C2800,王'), 0xff, ...utf8('明,13800002799\r\n')]);
    const path = join(dir, 'customers-stray.csv');
    writeFileSync(path, bytes);
    const opened = openCsvFile(path);
    expect(opened).toMatchObject({ ok: true, encoding });
    if (!opened.ok) return;
    const read = readCsv(opened, 'customers.csv', CUSTOMERS, defaultSettings());
    expect(read.rows).toHaveLength(2800);
    expect(read.issues.map((i) => [i.code, i.line, i.column])).toEqual([['bad-utf8', 2801, 2]]);
    expect(read.issues[0]!.message).toContain('invalid UTF-8 byte 0xFF at line 2801, column 2 (character 8)');
  });
});

describe('looksBinary', () => {
  // "more than 1 in 10 of its first 64 K characters are control or undecodable ones"; tab, LF and CR are text.
  const of = (junk: string, count: number, length = 100): string => junk.repeat(count) + 'a'.repeat(length - count);
  const cases = [
    { description: '10 in 100 control characters is not more than 1 in 10', input: of('\x01', 10), expected: false },
    { description: '11 in 100 control characters is', input: of('\x01', 11), expected: true },
    { description: 'tabs, LFs and CRs are text', input: of('\t\n\r', 30, 120), expected: false },
    { description: 'U+FFFD (undecodable) counts', input: of('\uFFFD', 11), expected: true },
    { description: 'C1 controls (0x80–0x9F) count', input: of('\x85', 11), expected: true },
    { description: 'DEL (0x7F) counts', input: of('\x7f', 11), expected: true },
    { description: '~ (0x7E) and no-break space (0xA0) do not', input: of('~\xa0', 40), expected: false },
    { description: 'one NUL is enough', input: of('\0', 1), expected: true },
    { description: 'only the first 64 K count', input: 'a'.repeat(65_536) + '\x01'.repeat(10_000), expected: false },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(looksBinary(input)).toBe(expected);
  });
});
