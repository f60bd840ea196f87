// A CSV file's bytes → text (UTF-8, UTF-8 with BOM, UTF-16 or GB18030 as Excel zh-CN saves), decided before a row is read.
import { statSync } from 'node:fs';
import { INPUT_LIMITS } from '../shared/sheet/input-limits';
import type { BadBytes } from '../shared/csv/bad-bytes';
import { decodeUtf8Marking } from './utf8-text';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';
export type Decoded =
  | { ok: true; text: string; encoding: Encoding; badBytes: BadBytes[] }
  | { ok: false; code: 'empty-file' | 'not-csv' | 'xlsx-file' | 'bad-encoding'; message: string; messageZh: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (and .doc) container. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the text holds NULs, or more than 1 in 10 of its first 64 K characters are control or undecodable ones. */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, 65_536);
  let junk = 0;
  // By UTF-16 unit, not a string per character: no junk code is half of a surrogate pair, so the count is the same.
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code < 0xa0) || code === 0xfffd) junk++;
  }
  return junk > sample.length / 10;
}

/** UTF-8 fails widely: more bad sequences than good multi-byte characters, and more than one. */
const failsWidely = (badCount: number, multibyte: number): boolean => badCount >= 2 && badCount > multibyte;

type DecodedText = { text: string; encoding: Encoding; badBytes: BadBytes[] } | { broken: string };

function countReplacements(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) n++;
  return n;
}

function decodeGb18030(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030', badBytes: [] };
  } catch {
    // Neither encoding reads it: the text as GBK with U+FFFD shows where (or that it is not text at all).
    return { broken: new TextDecoder('gb18030').decode(bytes) };
  }
}

function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', badBytes: [] };
  if (startsWith(bytes, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', badBytes: [] };
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const encoding: Encoding = bom ? 'utf-8-bom' : 'utf-8';
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding, badBytes: [] };
  } catch {
    // One stray byte is a problem at its place, not a reason to re-read every Chinese name as GBK mojibake.
    const marked = decodeUtf8Marking(body);
    const utf8 = { text: marked.text, encoding, badBytes: marked.badBytes };
    if (bom || !failsWidely(marked.badBytes.length, marked.multibyte)) return utf8;
    const gb = decodeGb18030(bytes);
    // Broken in both: it looks like GBK only when GB18030 stumbles far less often than UTF-8 (else: stray bytes in UTF-8).
    if ('broken' in gb && countReplacements(gb.broken) * 2 >= marked.badBytes.length) return utf8;
    return gb;
  }
}

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return { ok: false, code: 'empty-file', message: 'The file is empty (0 bytes). Export the sheet again.',
      messageZh: '文件是空的（0 字节）。请重新导出该表。' };
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    return { ok: false, code: 'xlsx-file',
      message: 'This is an Excel workbook, not CSV: in Excel use Save As → CSV UTF-8 (Comma delimited) (*.csv).',
      messageZh: '这是 Excel 工作簿，不是 CSV 文件：请在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）(*.csv)”。' };
  }
  const decoded = decodeText(bytes);
  const text = 'broken' in decoded ? decoded.broken : decoded.text;
  if (looksBinary(text)) {
    return { ok: false, code: 'not-csv',
      message: 'This file is not text (it holds binary data, like an image or a program), so it is not a CSV. Check you picked the right file.',
      messageZh: '这个文件不是文本（含有图片或程序之类的二进制数据），不是 CSV 文件。请确认选对了文件。' };
  }
  if ('broken' in decoded) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split(/\r\n|\n|\r/).length;
    return { ok: false, code: 'bad-encoding',
      message: `This file looks like GB18030/GBK (as Excel and WPS save Chinese CSV), but line ${line} holds bytes that are neither GB18030 nor UTF-8, ` +
        'so its names cannot be read safely. Open it, check that line, and save it again as CSV UTF-8.',
      messageZh: `这个文件看起来是 GB18030/GBK 编码（Excel、WPS 保存中文 CSV 的方式），但第 ${line} 行有既不是 GB18030 也不是 UTF-8 的字节，` +
        '名字无法可靠读取。请打开文件检查这一行，再另存为“CSV UTF-8”。' };
  }
  return { ok: true, text, encoding: decoded.encoding, badBytes: decoded.badBytes };
}

const MB = 2 ** 20;

/** A file over INPUT_LIMITS.fileMegabytes, told from its size before a byte is read (reading takes ≈ 8× the file in memory). */
export function refuseFile(path: string): { code: 'too-large'; message: string; messageZh: string } | undefined {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return undefined;
  }
  const limit = INPUT_LIMITS.fileMegabytes;
  if (size <= limit * MB) return undefined;
  const mb = (size / MB).toFixed(1);
  return { code: 'too-large',
    message: `the file is too large (${mb} MB); Kefu reads files of up to ${limit} MB. Split it (e.g. one file per year) or export less.`,
    messageZh: `文件太大（${mb} MB）；Kefu 最多读取 ${limit} MB 的文件。请拆分（如每年一个文件）或少导出一些。` };
}

