// Real files of the kinds Kefu reads or refuses, made in the test: OLE2 compound files, zips, .xlsx workbooks written by exceljs.
import { crc32, deflateRawSync } from 'node:zlib';
import type { Workbook } from 'exceljs';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const SECTOR = 512;
const ENTRY = 128;

/** One 128-byte directory entry: name, type (5 root, 2 stream), right sibling and child (a chain of siblings is a valid tree). */
function directoryEntry(name: string, type: number, right: number, child: number): Uint8Array {
  const bytes = new Uint8Array(ENTRY);
  const view = new DataView(bytes.buffer);
  [...name].forEach((c, i) => view.setUint16(i * 2, c.charCodeAt(0), true));
  view.setUint16(0x40, (name.length + 1) * 2, true);
  view.setUint8(0x42, type);
  view.setUint8(0x43, 1);
  view.setUint32(0x44, FREE, true);
  view.setUint32(0x48, right, true);
  view.setUint32(0x4c, child, true);
  view.setUint32(0x74, END_OF_CHAIN, true);
  return bytes;
}

/** A compound file (CFB version 3, 512-byte sectors) whose directory holds these (empty) streams, as an encrypted .xlsx or an .xls does. */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const entries = [directoryEntry('Root Entry', 5, FREE, streams.length > 0 ? 1 : FREE),
    ...streams.map((name, i) => directoryEntry(name, 2, i + 2 <= streams.length ? i + 2 : FREE, FREE))];
  const dirSectors = Math.ceil(entries.length / (SECTOR / ENTRY));
  const bytes = new Uint8Array(SECTOR * (2 + dirSectors));
  const view = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, 1, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // Sector 0 is the FAT: itself, then the directory's chain 1 → 2 → … → end.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  for (let s = 1; s <= dirSectors; s++) view.setUint32(fat + s * 4, s === dirSectors ? END_OF_CHAIN : s + 1, true);
  entries.forEach((entry, i) => bytes.set(entry, SECTOR * 2 + i * ENTRY));
  return bytes;
}

/** A zip of deflated entries; `encrypted` sets the password flag on every entry, as a zip tool's "protect with password" does. */
export function zipFile(entries: readonly { name: string; data: string | Uint8Array }[], options: { encrypted?: boolean } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const packed = deflateRawSync(raw, { level: 1 });
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(options.encrypted ? 1 : 0, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    nameBytes.copy(local, 30);
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 28);
    central.writeUInt32LE(offset, 42);
    nameBytes.copy(central, 46);
    locals.push(local, packed);
    centrals.push(central);
    offset += local.length + packed.length;
  }
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

/** A workbook built by `build` and written as .xlsx bytes by exceljs. */
export async function xlsxFile(build: (book: Workbook) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  build(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
