// A CSV file read in chunks: plain UTF-8 decoded as it is read (one pass), anything else decided by passes over the bytes first.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import type { BadBytes } from '../shared/csv/bad-bytes';
import { createCsvRecords } from '../shared/csv/csv-records';
import type { Settings } from '../shared/settings';
import type { SheetSchema } from '../shared/schema/types';
import { createGridReader, type ReadGridOptions } from '../shared/sheet/read-grid';
import type { SheetRead } from '../shared/sheet/sheet-read';
import { decideEncoding, decodeChunks, looksBinary, marksOtherFormat, type ByteSource, type Encoding } from './decode-stream';
import { refuseFile } from './read-csv-file';

/** Bytes read at a time: small enough that each chunk and its text are short-lived young objects, never large-object pages. */
const CHUNK = 1 << 16;

export type CsvFile =
  | {
    ok: true;
    encoding: Encoding;
    /** The first chunk of text, to tell the sheet by its header. */
    head: string;
    /** Where bytes that were not UTF-8 stand in the text (UTF-8 with stray bytes, see below). */
    badBytes: readonly BadBytes[];
    /** Hands every chunk of the text, head first, to push. */
    feed(push: (text: string) => void): void;
  }
  | { ok: false; code: string; message: string; messageZh: string; errno?: string };

/** Bytes at the end of a chunk that begin a UTF-8 character the next chunk completes. */
function incompleteTail(bytes: Uint8Array, length: number): number {
  for (let i = length - 1; i >= Math.max(0, length - 4); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + size > length ? length - i : 0;
  }
  return 0;
}

/** Each chunk of the file from `from`, never cutting a UTF-8 character; `each` returns false to stop. The chunk is reused: use it at once. */
function forEachChunk(path: string, from: number, each: (bytes: Uint8Array) => boolean | void): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK + 4);
    let carry = 0;
    let position = from;
    for (;;) {
      const n = readSync(fd, buffer, carry, CHUNK, position);
      position += n;
      const filled = carry + n;
      if (n === 0) {
        if (filled > 0) each(buffer.subarray(0, filled));
        return;
      }
      const tail = incompleteTail(buffer, filled);
      if (each(buffer.subarray(0, filled - tail)) === false) return;
      buffer.copyWithin(0, filled - tail, filled);
      carry = tail;
    }
  } finally {
    closeSync(fd);
  }
}

/** True when the bytes are valid UTF-8 with no NUL: plain text, decoded as it is read. */
const isPlainUtf8 = (bytes: Uint8Array): boolean => bytes.indexOf(0) === -1 && isUtf8(bytes);

/**
 * Thrown by a file opened in one pass when a chunk after the first turns out not to be plain UTF-8 (a GB18030 name far down,
 * a stray byte, a NUL): rows already went to the sinks as UTF-8, so the caller starts again with this file decided first.
 */
export class NotPlainUtf8 extends Error {
  constructor(readonly path: string) {
    super(`${path} is not plain UTF-8 past its first chunk`);
  }
}

export interface OpenCsvOptions {
  /**
   * Decode plain-looking UTF-8 as it is read, checking each chunk as it passes: one read of the file instead of two; a later
   * chunk that is not plain UTF-8 throws NotPlainUtf8. Without it every byte is checked before the first row is read.
   */
  onePass?: boolean;
}

function firstBytes(path: string, count: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(count);
    return buffer.subarray(0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

const BOM = [0xef, 0xbb, 0xbf];

/** Errors of the file system as data: a file that cannot be opened is one issue, never an exception. */
function refusedByFs(error: unknown): CsvFile {
  const errno = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  return { ok: false, code: 'unreadable-file', errno,
    message: `the file cannot be read (${errno})`, messageZh: `无法读取该文件（${errno}）` };
}

/**
 * Plain UTF-8 (the files Kefu and Sheets write), with or without a BOM, is read a chunk at a time. Anything else — UTF-16, a
 * GB18030 file from Excel zh-CN, UTF-8 with stray bytes, binary — is decided by decideEncoding in passes over the bytes
 * ("never guess silently": every byte is seen before the first row is read, no text kept), then decoded a chunk at a time too.
 * With `onePass`, only the first chunk is checked before rows flow: see OpenCsvOptions.
 */
export function openCsvFile(path: string, options: OpenCsvOptions = {}): CsvFile {
  const refused = refuseFile(path);
  if (refused) return { ok: false, ...refused };
  try {
    if (statSync(path).isDirectory()) return refusedByFs({ code: 'EISDIR' });
    const start = firstBytes(path, 8);
    const bom = BOM.every((b, i) => start[i] === b) ? 3 : 0;
    if (start.length === 0 || marksOtherFormat([...start])) return decodedFile(path);
    // The first chunk's text, or undefined when it is not plain UTF-8 (a file of a BOM alone is plain, and empty). The chunk ends
    // on a whole character (forEachChunk), so it decodes alone as the stream would.
    let head: string | undefined = '';
    let headBytes = 0;
    forEachChunk(path, bom, (bytes) => {
      [head, headBytes] = isPlainUtf8(bytes) ? [new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), bytes.length] : [undefined, 0];
      return false;
    });
    if (head === undefined || looksBinary(head) || (!options.onePass && !plainFrom(path, bom + headBytes))) return decodedFile(path);
    const text = head;
    return {
      ok: true, encoding: bom ? 'utf-8-bom' : 'utf-8', head: text, badBytes: [],
      feed(push) {
        push(text);
        const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        forEachChunk(path, bom + headBytes, (bytes) => {
          if (options.onePass && !isPlainUtf8(bytes)) throw new NotPlainUtf8(path);
          push(decoder.decode(bytes, { stream: true }));
        });
        push(decoder.decode());
      },
    };
  } catch (error) {
    return refusedByFs(error);
  }
}

/** True when every byte from `from` is plain UTF-8: the file can then be decoded as it is read. */
function plainFrom(path: string, from: number): boolean {
  let plain = true;
  forEachChunk(path, from, (bytes) => (plain = isPlainUtf8(bytes)));
  return plain;
}

function decodedFile(path: string): CsvFile {
  const source: ByteSource = (each) => forEachChunk(path, 0, (bytes) => each(bytes));
  const decided = decideEncoding(source);
  if (!decided.ok) return decided;
  const { encoding, head, badBytes } = decided;
  return { ok: true, encoding, head, badBytes, feed: (push) => decodeChunks(source, encoding, push) };
}

/** One opened CSV file → one read sheet, in one pass: rows go to options.onRow as they are read. */
export function readCsv(opened: Extract<CsvFile, { ok: true }>, file: string, schema: SheetSchema, settings: Settings,
  options: ReadGridOptions = {}): SheetRead {
  const reader = createGridReader({ file }, schema, settings, options);
  const records = createCsvRecords(file, (row) => reader.row(row), opened.badBytes);
  opened.feed((text) => records.push(text));
  records.end();
  return reader.end();
}
