// The names inside an OLE2 compound file (old .xls, WPS .et, encrypted .xlsx), read from its directory sectors.

/** The compound file's magic bytes: D0 CF 11 E0 A1 B1 1A E1. */
export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const HEADER_DIFAT = 109;
const ENTRY = 128;

/** Sector numbers of the FAT, from the header's 109 slots and the chained DIFAT sectors after them. */
function fatSectors(view: DataView, sectorSize: number, sectors: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < HEADER_DIFAT; i++) list.push(view.getUint32(0x4c + i * 4, true));
  let next = view.getUint32(0x44, true);
  for (let hops = 0; next < sectors && hops < sectors; hops++) {
    const at = (next + 1) * sectorSize;
    for (let i = 0; i < sectorSize / 4 - 1; i++) list.push(view.getUint32(at + i * 4, true));
    next = view.getUint32(at + sectorSize - 4, true);
  }
  return list.filter((s) => s < sectors);
}

/** Every storage and stream name in the directory, or undefined when the file is no readable compound file. */
export function listCfbEntries(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512 || !CFB_MAGIC.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const sectorSize = 2 ** shift;
  const sectors = Math.floor(bytes.length / sectorSize) - 1;
  const fat = fatSectors(view, sectorSize, sectors);
  const nextSector = (s: number): number => {
    const slot = s * 4;
    const fatSector = fat[Math.floor(slot / sectorSize)];
    return fatSector === undefined ? END_OF_CHAIN : view.getUint32((fatSector + 1) * sectorSize + (slot % sectorSize), true);
  };
  const names: string[] = [];
  const utf16 = new TextDecoder('utf-16le');
  // A chain that loops or leaves the file is damage, not a reason to spin: at most one visit per sector.
  for (let s = view.getUint32(0x30, true), hops = 0; s < sectors && hops <= sectors; s = nextSector(s), hops++) {
    for (let at = (s + 1) * sectorSize; at + ENTRY <= (s + 2) * sectorSize; at += ENTRY) {
      const length = view.getUint16(at + 0x40, true);
      const type = view.getUint8(at + 0x42);
      if (type === 0 || length < 2 || length > 64) continue;
      names.push(utf16.decode(bytes.subarray(at, at + length - 2)));
    }
  }
  return names.length > 0 ? names : undefined;
}
