// A zip file's table of contents (names, sizes, password flag) read from its central directory, without inflating anything.

export interface ZipEntry {
  name: string;
  /** Bytes once inflated, as the central directory declares them. */
  size: number;
  /** Protected with a zip password (general-purpose flag bit 0). */
  encrypted: boolean;
}

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

/** The inflated size, taken from the zip64 extra field when the 32-bit one is saturated. */
function zip64Size(view: DataView, extraAt: number, extraEnd: number, size: number): number {
  if (size !== MAX_U32) return size;
  for (let at = extraAt; at + 4 <= extraEnd; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === 0x0001 && at + 12 <= extraEnd) return Number(view.getBigUint64(at + 4, true));
  }
  return size;
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
    entries.push({
      name: names.decode(bytes.subarray(nameAt, nameAt + nameLength)),
      size: zip64Size(view, nameAt + nameLength, nameAt + nameLength + extraLength, view.getUint32(at + 24, true)),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
    });
    at = nameAt + nameLength + extraLength + commentLength;
  }
  return entries;
}
