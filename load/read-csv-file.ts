// A CSV file's bytes held whole → text (UTF-8, UTF-8 with BOM, UTF-16 or GB18030 as Excel zh-CN saves), and the file size Kefu refuses.
import { statSync } from 'node:fs';
import { INPUT_LIMITS } from '../shared/sheet/input-limits';
import type { BadBytes } from '../shared/csv/bad-bytes';
import { decideEncoding, decodeChunks, type ByteSource, type Encoding } from './decode-stream';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; badBytes: BadBytes[] }
  | { ok: false; code: 'empty-file' | 'not-csv' | 'xlsx-file' | 'bad-encoding'; message: string; messageZh: string };

/** Bytes held whole (a test, the bench's comparison) → text, decided and decoded as a file read in chunks is. */
export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  const source: ByteSource = (each) => each(bytes);
  const decided = decideEncoding(source);
  if (!decided.ok) return decided;
  const parts: string[] = [];
  decodeChunks(source, decided.encoding, (text) => parts.push(text));
  return { ok: true, text: parts.join(''), encoding: decided.encoding, badBytes: decided.badBytes };
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

