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

/** A zip of deflated entries; `encrypted` sets the password flag on every entry, as a zip tool's "protect with password" does; `method` 0 stores them. */
export function zipFile(entries: readonly { name: string; data: string | Uint8Array }[], options: { encrypted?: boolean; method?: number; declaredSize?: number } = {}): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const raw = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const packed = options.method === 0 ? raw : deflateRawSync(raw, { level: 1 });
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30 + nameBytes.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(options.encrypted ? 1 : 0, 6);
    local.writeUInt16LE(options.method ?? 8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(options.declaredSize ?? raw.length, 22);
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

export interface SheetPart {
  name: string;
  /** The worksheet XML, or just its <sheetData> rows (wrapped in a plain worksheet). */
  xml: string;
  state?: 'hidden' | 'veryHidden';
  /** The relationship's Target as written (default relative "worksheets/sheetN.xml"). */
  target?: string;
}

/** An .xlsx made of hand-written parts, to feed the reader XML as other programs write it. */
export function xlsxFromParts(parts: { sheets: SheetPart[]; sharedStrings?: string[] | string; styles?: string; date1904?: boolean; method?: number }): Uint8Array {
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const sheets = parts.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  const rels = parts.sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="${rel}/worksheet" Target="${s.target ?? `worksheets/sheet${i + 1}.xml`}"/>`).join('');
  const sst = typeof parts.sharedStrings === 'string' ? parts.sharedStrings
    : parts.sharedStrings && `<sst ${ns} count="${parts.sharedStrings.length}">${parts.sharedStrings.map((t) => `<si><t xml:space="preserve">${t}</t></si>`).join('')}</sst>`;
  const entries = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${ns}><workbookPr${parts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>` },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>` },
    ...parts.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml.includes('sheetData') ? s.xml : `<worksheet ${ns}><sheetData>${s.xml}</sheetData></worksheet>` })),
    ...(sst ? [{ name: 'xl/sharedStrings.xml', data: sst }] : []),
    ...(parts.styles ? [{ name: 'xl/styles.xml', data: parts.styles }] : []),
  ];
  return zipFile(entries, { method: parts.method });
}

/** styles.xml with these custom formats (ids from 164) and one cell style per entry of `cellFormats` (numFmtId each). */
export function stylesPart(customFormats: string[], cellFormats: number[]): string {
  const numFmts = customFormats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`).join('');
  const xfs = cellFormats.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`).join('');
  return `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="${customFormats.length}">${numFmts}</numFmts>`
    + `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${cellFormats.length}">${xfs}</cellXfs></styleSheet>`;
}
