// A CSV file's bytes, chunk by chunk → its encoding decided by passes over the bytes (no text kept), then its text chunk by chunk.
import type { BadBytes } from '../shared/csv/bad-bytes';
import { createUtf8Scan } from './utf8-text';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Hands every chunk of a file's bytes to `each`, in order, cut anywhere; called once per pass. */
export type ByteSource = (each: (bytes: Uint8Array) => void) => void;

export type Decision =
  | {
    ok: true;
    encoding: Encoding;
    /** Where U+FFFD stands in the text for bytes that were not UTF-8 (UTF-8 with stray bytes only). */
    badBytes: BadBytes[];
    /** The first HEAD units of the text: enough to tell the sheet by its header. */
    head: string;
  }
  | { ok: false; code: 'empty-file' | 'not-csv' | 'xlsx-file' | 'bad-encoding'; message: string; messageZh: string };

export const HEAD = 65_536;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The old binary .xls (and .doc) container. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: readonly number[], prefix: readonly number[]): boolean => prefix.every((b, i) => bytes[i] === b);

const utf16 = (start: readonly number[]): Encoding | undefined =>
  startsWith(start, [0xff, 0xfe]) ? 'utf-16le' : startsWith(start, [0xfe, 0xff]) ? 'utf-16be' : undefined;

/** The file's first bytes mark something other than plain UTF-8 text: a UTF-16 BOM, a zip (.xlsx) or an OLE (.xls) file. */
export const marksOtherFormat = (start: readonly number[]): boolean =>
  utf16(start) !== undefined || startsWith(start, ZIP) || startsWith(start, OLE);

/** Control characters other than tab, LF and CR, the C1 controls and U+FFFD: by UTF-16 unit (none is half of a surrogate pair). */
const JUNK = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]/g;

/** True when the text holds NULs, or more than 1 in 10 of its first 64 K characters are control or undecodable ones. */
export function looksBinary(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.slice(0, HEAD);
  // The regex engine counts in native code: a loop over 64 K units runs in the interpreter, once per file.
  const junk = sample.match(JUNK)?.length ?? 0;
  return junk > sample.length / 10;
}

/** UTF-8 fails widely: more bad sequences than good multi-byte characters, and more than one. */
const failsWidely = (badCount: number, multibyte: number): boolean => badCount >= 2 && badCount > multibyte;

const labelOf = (encoding: Encoding): string => (encoding === 'utf-8-bom' ? 'utf-8' : encoding);

/**
 * The text of `source` read as `encoding`, handed to `push` chunk by chunk: the decoder streams, so a character split
 * between chunks (a GB18030 pair, a UTF-16 surrogate pair) is carried to the next; a leading BOM is dropped.
 */
export function decodeChunks(source: ByteSource, encoding: Encoding, push: (text: string) => void): void {
  const decoder = new TextDecoder(labelOf(encoding));
  source((bytes) => {
    const text = decoder.decode(bytes, { stream: true });
    if (text !== '') push(text);
  });
  const rest = decoder.decode();
  if (rest !== '') push(rest);
}

/** One pass of decoding that keeps only what the decision needs: the head, any NUL, and the line of the first U+FFFD. */
function textFacts(source: ByteSource, label: string): { head: string; nul: boolean; replacements: number; firstBadLine: number } {
  const decoder = new TextDecoder(label);
  let head = '';
  let nul = false;
  let replacements = 0;
  let line = 1;
  let firstBadLine = 0;
  let afterCr = false;
  const see = (text: string): void => {
    if (head.length < HEAD) head += text.slice(0, HEAD - head.length);
    if (!nul && text.includes('\0')) nul = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd) {
        replacements++;
        if (firstBadLine === 0) firstBadLine = line;
      } else if (firstBadLine === 0 && (c === 13 || (c === 10 && !afterCr))) line++;
      afterCr = c === 13;
    }
  };
  source((bytes) => see(decoder.decode(bytes, { stream: true })));
  see(decoder.decode());
  return { head, nul, replacements, firstBadLine };
}

/** True when every byte of `source` is GB18030. */
function isGb18030(source: ByteSource): boolean {
  const strict = new TextDecoder('gb18030', { fatal: true });
  try {
    source((bytes) => strict.decode(bytes, { stream: true }));
    strict.decode();
    return true;
  } catch {
    return false;
  }
}

const NOT_TEXT = { ok: false, code: 'not-csv',
  message: 'This file is not text (it holds binary data, like an image or a program), so it is not a CSV. Check you picked the right file.',
  messageZh: '这个文件不是文本（含有图片或程序之类的二进制数据），不是 CSV 文件。请确认选对了文件。' } as const;

/**
 * The encoding of `source`, decided from all its bytes before a row is read ("never guess silently"): a BOM says UTF-16;
 * else UTF-8, with stray bytes as problems at their place, unless UTF-8 fails widely and GB18030 (as Excel and WPS save
 * Chinese CSV) reads it. Each pass reads the bytes again and keeps no text beyond the head.
 */
export function decideEncoding(source: ByteSource): Decision {
  const start: number[] = [];
  let size = 0;
  // Bad bytes are only counted until UTF-8 is decided: each kept one costs an object, and GB18030 is nearly all of them.
  const scan = createUtf8Scan(false);
  source((bytes) => {
    for (let i = 0; i < bytes.length && start.length < OLE.length; i++) start.push(bytes[i]!);
    size += bytes.length;
    // A UTF-16 BOM decides alone: its bytes need no UTF-8 scan.
    if (!utf16(start)) scan.push(bytes);
  });
  if (size === 0) {
    return { ok: false, code: 'empty-file', message: 'The file is empty (0 bytes). Export the sheet again.',
      messageZh: '文件是空的（0 字节）。请重新导出该表。' };
  }
  if (startsWith(start, ZIP) || startsWith(start, OLE)) {
    return { ok: false, code: 'xlsx-file',
      message: 'This is an Excel workbook, not CSV: in Excel use Save As → CSV UTF-8 (Comma delimited) (*.csv).',
      messageZh: '这是 Excel 工作簿，不是 CSV 文件：请在 Excel 中选择“另存为”→“CSV UTF-8（逗号分隔）(*.csv)”。' };
  }
  const decided = (encoding: Encoding, badBytes: BadBytes[] = []): Decision => {
    const facts = textFacts(source, labelOf(encoding));
    return facts.nul || looksBinary(facts.head) ? NOT_TEXT : { ok: true, encoding, badBytes, head: facts.head };
  };
  const wide = utf16(start);
  if (wide) return decided(wide);
  const bom = startsWith(start, [0xef, 0xbb, 0xbf]);
  const { badCount, multibyte } = scan.end();
  const asUtf8 = (): Decision => {
    if (badCount === 0) return decided(bom ? 'utf-8-bom' : 'utf-8');
    // UTF-8 it is: a second pass keeps where each bad byte stands. The text starts after the BOM, which the scan counts as one unit.
    const places = createUtf8Scan();
    source((bytes) => places.push(bytes));
    const badBytes = places.end().badBytes.map((b) => (bom ? { index: b.index - 1, bytes: b.bytes } : b));
    return decided(bom ? 'utf-8-bom' : 'utf-8', badBytes);
  };
  // One stray byte is a problem at its place, not a reason to re-read every Chinese name as GBK mojibake.
  if (badCount === 0 || bom || !failsWidely(badCount, multibyte)) return asUtf8();
  if (isGb18030(source)) return decided('gb18030');
  // Broken in both: it looks like GBK only when GB18030 stumbles far less often than UTF-8 (else: stray bytes in UTF-8).
  const gb = textFacts(source, 'gb18030');
  if (gb.replacements * 2 >= badCount) return asUtf8();
  if (gb.nul || looksBinary(gb.head)) return NOT_TEXT;
  const line = gb.firstBadLine;
  return { ok: false, code: 'bad-encoding',
    message: `This file looks like GB18030/GBK (as Excel and WPS save Chinese CSV), but line ${line} holds bytes that are neither GB18030 nor UTF-8, ` +
      'so its names cannot be read safely. Open it, check that line, and save it again as CSV UTF-8.',
    messageZh: `这个文件看起来是 GB18030/GBK 编码（Excel、WPS 保存中文 CSV 的方式），但第 ${line} 行有既不是 GB18030 也不是 UTF-8 的字节，` +
      '名字无法可靠读取。请打开文件检查这一行，再另存为“CSV UTF-8”。' };
}
