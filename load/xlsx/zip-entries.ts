// A zip file's table of contents (names, sizes, password flag, where each entry's data sits) read from its central directory, and one entry inflated.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Bytes once inflated, as the central directory declares them. */
  size: number;
  /** Protected with a zip password (general-purpose flag bit 0). */
  encrypted: boolean;
  /** 0 stored, 8 deflated; anything else (deflate64, bzip2, LZMA) is not read. */
  method: number;
  /** Bytes as stored in the file. */
  packedSize: number;
  /** Where the entry's local header starts. */
  offset: number;
}

/** Compression methods an entry may use to be read: stored and deflated, as every spreadsheet program writes. */
export const READABLE_METHODS: ReadonlySet<number> = new Set([0, 8]);

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_U32 = 0xffffffff;
const MAX_U16 = 0xffff;

/** Where the end-of-central-directory record starts: searched backwards over the longest comment allowed. */
function findEnd(view: DataView): number | undefined {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - MAX_U16); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return undefined;
}

/** Count, size and offset of the central directory, from the zip64 record when the classic one is saturated. */
function directory(view: DataView, end: number): { count: number; offset: number; size: number } | undefined {
  const classic = { count: view.getUint16(end + 10, true), size: view.getUint32(end + 12, true), offset: view.getUint32(end + 16, true) };
  if (classic.count !== MAX_U16 && classic.size !== MAX_U32 && classic.offset !== MAX_U32) return classic;
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR) return undefined;
  const at = Number(view.getBigUint64(locator + 8, true));
  if (at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) return undefined;
  return { count: Number(view.getBigUint64(at + 32, true)), size: Number(view.getBigUint64(at + 40, true)), offset: Number(view.getBigUint64(at + 48, true)) };
}

/** Sizes and offset, each saturated one taken in turn from the zip64 extra field (APPNOTE 4.5.3: inflated, packed, offset). */
function zip64Values(view: DataView, extraAt: number, extraEnd: number, values: number[]): number[] {
  if (!values.includes(MAX_U32)) return values;
  for (let at = extraAt; at + 4 <= extraEnd; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 0x0001) continue;
    let next = at + 4;
    return values.map((value) => {
      if (value !== MAX_U32 || next + 8 > extraEnd) return value;
      next += 8;
      return Number(view.getBigUint64(next - 8, true));
    });
  }
  return values;
}

/** Every entry, or undefined when the file is no complete zip (cut short, or its directory points outside the file). */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === undefined) return undefined;
  const dir = directory(view, end);
  if (!dir || dir.offset + dir.size > end) return undefined;
  const names = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const nameAt = at + 46;
    if (nameAt + nameLength + extraLength > end) return undefined;
    const [size, packedSize, offset] = zip64Values(view, nameAt + nameLength, nameAt + nameLength + extraLength,
      [view.getUint32(at + 24, true), view.getUint32(at + 20, true), view.getUint32(at + 42, true)]) as [number, number, number];
    entries.push({
      name: names.decode(bytes.subarray(nameAt, nameAt + nameLength)),
      size,
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      method: view.getUint16(at + 10, true),
      packedSize,
      offset,
    });
    at = nameAt + nameLength + extraLength + commentLength;
  }
  return entries;
}

const LOCAL = 0x04034b50;

/** The entry's bytes, inflated; undefined when its local header or data is damaged or it inflates past its declared size. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL) return undefined;
  const dataAt = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (dataAt + entry.packedSize > bytes.length) return undefined;
  const packed = bytes.subarray(dataAt, dataAt + entry.packedSize);
  if (entry.method === 0) return packed;
  try {
    // The declared size caps the output: a zip that lies about it (a zip bomb) stops there instead of filling memory.
    return inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    return undefined;
  }
}
