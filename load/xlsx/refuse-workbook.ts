// Why a file given as a workbook cannot be read as .xlsx (encrypted, old .xls, WPS .et, Numbers, .ods, damaged, too big), told from its bytes before any is inflated.
import { INPUT_LIMITS } from '../../shared/sheet/input-limits';
import { listCfbEntries } from './cfb-entries';
import { listZipEntries, READABLE_METHODS, type ZipEntry } from './zip-entries';

export interface Refusal {
  code: string;
  message: string;
  messageZh: string;
}

const MB = 2 ** 20;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const SAVE_AS = { en: 'Open it in Excel or WPS and use Save As → Excel Workbook (*.xlsx)', zh: '请在 Excel 或 WPS 中打开，选择“另存为”→“Excel 工作簿 (*.xlsx)”' };

const refusal = (code: string, message: string, messageZh: string): Refusal => ({ code, message, messageZh });

const ENCRYPTED = refusal('encrypted-workbook',
  `This workbook is password-protected (encrypted), so Kefu cannot read it. ${SAVE_AS.en} without a password (Excel: File → Info → Protect Workbook → Encrypt with Password, clear it; WPS: 文件 → 文档加密 → 密码加密, clear it).`,
  `这个工作簿设置了打开密码（已加密），Kefu 无法读取。${SAVE_AS.zh}，并去掉密码（Excel：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码；WPS：文件 → 文档加密 → 密码加密，清空密码）。`);

/** A compound file: an encrypted .xlsx holds EncryptionInfo, an old .xls a Workbook (BIFF8) or Book (BIFF5) stream. */
function refuseCompound(bytes: Uint8Array, extension: string): Refusal {
  const names = listCfbEntries(bytes);
  if (names?.includes('EncryptionInfo') || names?.includes('EncryptedPackage')) return ENCRYPTED;
  if (names && extension === 'et') {
    return refusal('et-file', `This is a WPS spreadsheet (.et). In WPS use 文件 → 另存为 → Excel 工作簿 (*.xlsx), then give Kefu the .xlsx.`,
      '这是 WPS 表格文件（.et）。请在 WPS 中选择“文件”→“另存为”→“Excel 工作簿 (*.xlsx)”，再把 .xlsx 文件交给 Kefu。');
  }
  if (names?.includes('Workbook') || names?.includes('Book')) {
    return refusal('xls-file', `This is an old Excel 97–2003 workbook (.xls). ${SAVE_AS.en}, then give Kefu the .xlsx.`,
      `这是旧版 Excel 97-2003 工作簿（.xls）。${SAVE_AS.zh}，再把 .xlsx 文件交给 Kefu。`);
  }
  return refusal('old-or-encrypted-workbook',
    `This file is an old .xls workbook or a password-protected one, which Kefu cannot read. ${SAVE_AS.en} without a password.`,
    `这个文件是旧版 .xls 工作簿或设置了密码的工作簿，Kefu 无法读取。${SAVE_AS.zh}，不要设置密码。`);
}

const DAMAGED = refusal('damaged-workbook',
  'This workbook is damaged: the file is cut short or is not a complete .xlsx (an unfinished download or copy?). Copy or download it again; if Excel or WPS still opens it, save it again as .xlsx.',
  '这个工作簿已损坏：文件不完整，不是完整的 .xlsx（下载或复制没有完成？）。请重新复制或下载；如果 Excel 或 WPS 仍能打开，请重新另存为 .xlsx。');

const UNREADABLE_COMPRESSION = refusal('unsupported-compression',
  `This workbook was packed by a zip tool with a compression Kefu cannot unpack (not the one Excel and WPS use). ${SAVE_AS.en} again.`,
  `这个工作簿被压缩工具用 Kefu 无法解压的方式重新打包过（不是 Excel 和 WPS 使用的方式）。${SAVE_AS.zh}。`);

/** A zip that is no .xlsx: OpenDocument, Numbers, binary .xlsb, or something else zipped. */
function refuseZipKind(entries: readonly ZipEntry[], extension: string): Refusal | undefined {
  const has = (test: (name: string) => boolean): boolean => entries.some((e) => test(e.name));
  if (has((n) => n === 'xl/workbook.xml')) return undefined;
  if (has((n) => n === 'content.xml') && has((n) => n === 'mimetype') || extension === 'ods') {
    return refusal('ods-file', 'This is an OpenDocument spreadsheet (.ods). Open it in LibreOffice, WPS or Excel and save it as Excel 2007-365 (.xlsx), then give Kefu the .xlsx.',
      '这是 OpenDocument 表格（.ods）。请在 LibreOffice、WPS 或 Excel 中打开，另存为 Excel 2007-365 (.xlsx)，再把 .xlsx 文件交给 Kefu。');
  }
  if (has((n) => n.startsWith('Index/') && n.endsWith('.iwa')) || extension === 'numbers') {
    return refusal('numbers-file', 'This is an Apple Numbers file. In Numbers use File → Export To → Excel… and give Kefu the .xlsx it writes.',
      '这是 Apple Numbers 文件。请在 Numbers 中选择“文件”→“导出为”→“Excel…”，再把导出的 .xlsx 文件交给 Kefu。');
  }
  if (has((n) => n === 'xl/workbook.bin')) {
    return refusal('xlsb-file', `This is a binary Excel workbook (.xlsb). ${SAVE_AS.en}, then give Kefu the .xlsx.`,
      `这是二进制 Excel 工作簿（.xlsb）。${SAVE_AS.zh}，再把 .xlsx 文件交给 Kefu。`);
  }
  return refusal('not-xlsx', `This zip file holds no Excel workbook (it may be a Word or other document). Check you picked the right file; if it is a workbook, open it in Excel or WPS and save it as .xlsx.`,
    `这个 zip 文件里没有 Excel 工作簿（可能是 Word 或其他文档）。请确认选对了文件；如果是工作簿，请在 Excel 或 WPS 中打开并另存为 .xlsx。`);
}

/** Worksheets and shared strings are what gets inflated and held: judged against the same megabytes as a CSV file. */
function refuseSize(entries: readonly ZipEntry[]): Refusal | undefined {
  const bytes = entries.filter((e) => /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)).reduce((sum, e) => sum + e.size, 0);
  const limit = INPUT_LIMITS.fileMegabytes;
  if (bytes <= limit * MB) return undefined;
  const mb = (bytes / MB).toFixed(1);
  return refusal('too-large',
    `the workbook's sheets hold ${mb} MB of data once unzipped; Kefu reads up to ${limit} MB. Split it (e.g. one workbook per year), or save the biggest sheet as CSV UTF-8 and give Kefu that.`,
    `工作簿的表格解压后共有 ${mb} MB 数据；Kefu 最多读取 ${limit} MB。请拆分（如每年一个工作簿），或把最大的表另存为“CSV UTF-8”后交给 Kefu。`);
}

/** The zip's entries when the bytes are a readable .xlsx; otherwise why not, in words a shop owner can act on. */
export function refuseWorkbook(bytes: Uint8Array, fileName: string): { refused: Refusal } | { entries: ZipEntry[] } {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (bytes.length === 0) return { refused: refusal('empty-file', 'The file is empty (0 bytes). Save the workbook again.', '文件是空的（0 字节）。请重新保存该工作簿。') };
  const starts = (magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
  if (starts([0xd0, 0xcf, 0x11, 0xe0])) return { refused: refuseCompound(bytes, extension) };
  if (!starts(ZIP_MAGIC)) {
    return { refused: refusal('not-xlsx', `This file is not an .xlsx workbook (a CSV or another file renamed?). If it is a CSV, give it a .csv name; otherwise open it in Excel or WPS and save it as .xlsx.`,
      `这个文件不是 .xlsx 工作簿（是改了扩展名的 CSV 或其他文件？）。如果是 CSV，请把扩展名改为 .csv；否则${SAVE_AS.zh}。`) };
  }
  const entries = listZipEntries(bytes);
  if (!entries) return { refused: DAMAGED };
  const refused = refuseZipKind(entries, extension) ?? (entries.some((e) => e.encrypted) ? ENCRYPTED : undefined)
    ?? (entries.some((e) => /\.(xml|rels)$/.test(e.name) && !READABLE_METHODS.has(e.method)) ? UNREADABLE_COMPRESSION : refuseSize(entries));
  return refused ? { refused } : { entries };
}
