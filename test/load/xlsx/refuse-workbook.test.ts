// Files given as workbooks that Kefu cannot read as .xlsx: each refused (exit 2) with what to do, in zh and en, before anything is inflated.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxWorkbook } from '../../../load/xlsx/read-xlsx-workbook';
import { refuseWorkbook } from '../../../load/xlsx/refuse-workbook';
import { INPUT_LIMITS } from '../../../shared/sheet/input-limits';
import { compoundFile, xlsxFile, zipFile } from './make-files';

const dir = mkdtempSync(join(tmpdir(), 'kefu-xlsx-refuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const small = await xlsxFile((book) => {
  book.addWorksheet('回访记录').addRow(['回访编号', '客户编号']);
});
/** What an encrypted .xlsx is (ECMA-376 §2.3.4): a compound file with a DataSpaces storage and these two streams. */
const ENCRYPTED_STREAMS = ['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage'];
/** An .xls as Excel 97–2003, LibreOffice and WPS write it: a Workbook stream beside the summary streams. */
const XLS_STREAMS = ['Workbook', '\u0005SummaryInformation', '\u0005DocumentSummaryInformation'];
/** The FAT entry of directory sector 1 pointed at itself. */
function selfLooped(bytes: Uint8Array): Uint8Array {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(512 + 4, 1, true);
  return bytes;
}
const SAVE_AS = { en: 'Save As → Excel Workbook (*.xlsx)', zh: '“另存为”→“Excel 工作簿 (*.xlsx)”' };

const cases: { description: string; input: { name: string; bytes: () => Uint8Array }; expected: { code: string; en: string; zh: string } }[] = [
  { description: 'a password-protected .xlsx (an OLE2 file with EncryptionInfo)', input: { name: '客服.xlsx', bytes: () => compoundFile(ENCRYPTED_STREAMS) },
    expected: { code: 'encrypted-workbook', en: 'password-protected', zh: '设置了打开密码' } },
  { description: 'an old .xls', input: { name: '客服.xls', bytes: () => compoundFile(XLS_STREAMS) },
    expected: { code: 'xls-file', en: SAVE_AS.en, zh: SAVE_AS.zh } },
  { description: 'an old .xls renamed .xlsx is still told by its Workbook stream', input: { name: '客服.xlsx', bytes: () => compoundFile(XLS_STREAMS) },
    expected: { code: 'xls-file', en: 'Excel 97–2003', zh: 'Excel 97-2003' } },
  { description: 'a BIFF5 .xls (Book stream)', input: { name: 'old.xls', bytes: () => compoundFile(['Book']) },
    expected: { code: 'xls-file', en: SAVE_AS.en, zh: SAVE_AS.zh } },
  { description: 'a WPS .et (a compound file like .xls)', input: { name: '客服.et', bytes: () => compoundFile(XLS_STREAMS) },
    expected: { code: 'et-file', en: '另存为 → Excel 工作簿 (*.xlsx)', zh: '“另存为”→“Excel 工作簿 (*.xlsx)”' } },
  { description: 'an encrypted .et is told as encrypted first', input: { name: '客服.et', bytes: () => compoundFile(ENCRYPTED_STREAMS) },
    expected: { code: 'encrypted-workbook', en: 'without a password', zh: '去掉密码' } },
  { description: 'a compound file with neither stream: old .xls or password-protected', input: { name: 'a.xlsx', bytes: () => compoundFile(['Contents']) },
    expected: { code: 'old-or-encrypted-workbook', en: 'old .xls workbook or a password-protected one', zh: '不要设置密码' } },
  { description: 'a compound file too short to hold a directory', input: { name: 'a.xls', bytes: () => compoundFile([]).subarray(0, 100) },
    expected: { code: 'old-or-encrypted-workbook', en: SAVE_AS.en, zh: SAVE_AS.zh } },
  { description: 'a compound file whose directory chain loops back on itself (damage) is judged, not spun on', input: { name: 'a.xlsx', bytes: () => selfLooped(compoundFile(ENCRYPTED_STREAMS)) },
    expected: { code: 'encrypted-workbook', en: 'password-protected', zh: '设置了打开密码' } },
  { description: 'a truncated .xlsx (corrupt zip)', input: { name: '客服.xlsx', bytes: () => small.subarray(0, Math.floor(small.length / 2)) },
    expected: { code: 'damaged-workbook', en: 'cut short', zh: '文件不完整' } },
  { description: 'an .xlsx missing its last byte', input: { name: '客服.xlsx', bytes: () => small.subarray(0, small.length - 1) },
    expected: { code: 'damaged-workbook', en: 'download it again', zh: '重新复制或下载' } },
  { description: 'an OpenDocument spreadsheet', input: { name: '客服.ods', bytes: () => zipFile([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<office:document-content/>' }]) },
    expected: { code: 'ods-file', en: 'Excel 2007-365 (.xlsx)', zh: '另存为 Excel 2007-365 (.xlsx)' } },
  { description: 'an Apple Numbers file', input: { name: '客服.numbers', bytes: () => zipFile([{ name: 'Index/Document.iwa', data: 'x' }, { name: 'Metadata/Properties.plist', data: 'x' }]) },
    expected: { code: 'numbers-file', en: 'Export To → Excel', zh: '“导出为”→“Excel…”' } },
  { description: 'a binary .xlsb', input: { name: '客服.xlsb', bytes: () => zipFile([{ name: 'xl/workbook.bin', data: 'x' }]) },
    expected: { code: 'xlsb-file', en: SAVE_AS.en, zh: SAVE_AS.zh } },
  { description: 'a Word document renamed .xlsx', input: { name: '客服.xlsx', bytes: () => zipFile([{ name: 'word/document.xml', data: '<w:document/>' }]) },
    expected: { code: 'not-xlsx', en: 'holds no Excel workbook', zh: '没有 Excel 工作簿' } },
  { description: 'a zip whose entries carry a password', input: { name: '客服.xlsx', bytes: () => zipFile([{ name: 'xl/workbook.xml', data: '<workbook/>' }], { encrypted: true }) },
    expected: { code: 'encrypted-workbook', en: 'password-protected', zh: '去掉密码' } },
  { description: 'a zip whose parts use a compression Excel never writes (method 12, bzip2)', input: { name: '客服.xlsx', bytes: () => zipFile([{ name: 'xl/workbook.xml', data: '<workbook/>' }], { method: 12 }) },
    expected: { code: 'unsupported-compression', en: SAVE_AS.en, zh: SAVE_AS.zh } },
  { description: 'a CSV renamed .xlsx', input: { name: '回访记录.xlsx', bytes: () => new TextEncoder().encode('回访编号,客户编号\nHF1,C1\n') },
    expected: { code: 'not-xlsx', en: 'give it a .csv name', zh: '扩展名改为 .csv' } },
  { description: 'an empty file', input: { name: '客服.xlsx', bytes: () => new Uint8Array() },
    expected: { code: 'empty-file', en: '0 bytes', zh: '0 字节' } },
];

describe('refuseWorkbook', () => {
  for (const { description, input, expected } of cases) {
    it(description, () => {
      const judged = refuseWorkbook(input.bytes(), input.name);
      expect(judged).toHaveProperty('refused');
      const { refused } = judged as { refused: { code: string; message: string; messageZh: string } };
      expect(refused.code).toBe(expected.code);
      expect(refused.message).toContain(expected.en);
      expect(refused.messageZh).toContain(expected.zh);
    });
  }

  it('lets a real .xlsx through with its entries', () => {
    const judged = refuseWorkbook(small, '客服.xlsx');
    expect(judged).toHaveProperty('entries');
    expect((judged as { entries: { name: string }[] }).entries.map((e) => e.name)).toContain('xl/workbook.xml');
  });

  it(`refuses sheets over ${INPUT_LIMITS.fileMegabytes} MB once unzipped, judged from the zip's directory (the file itself is small)`, () => {
    // Same budget as a CSV file (input-limits.ts): the megabytes a sheet holds as text, not the zip's size on disk.
    const over = INPUT_LIMITS.fileMegabytes * 2 ** 20 + 1;
    const bytes = zipFile([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(over).fill(0x20) }]);
    expect(bytes.length).toBeLessThan(2 ** 20);
    const judged = refuseWorkbook(bytes, '客服.xlsx') as { refused: { code: string; message: string; messageZh: string } };
    expect(judged.refused.code).toBe('too-large');
    expect(judged.refused.message).toContain(`hold 200.0 MB of data once unzipped; Kefu reads up to ${INPUT_LIMITS.fileMegabytes} MB`);
    expect(judged.refused.messageZh).toContain(`解压后共有 200.0 MB 数据；Kefu 最多读取 ${INPUT_LIMITS.fileMegabytes} MB`);
  });

  it('lets sheets at exactly the limit through', () => {
    const at = INPUT_LIMITS.fileMegabytes * 2 ** 20;
    const bytes = zipFile([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(at - 100).fill(0x20) }, { name: 'xl/sharedStrings.xml', data: new Uint8Array(100).fill(0x20) }]);
    expect(refuseWorkbook(bytes, '客服.xlsx')).toHaveProperty('entries');
  });
});

describe('readXlsxWorkbook on a file it cannot read', () => {
  const isKefuSheet = (): boolean => true;

  it('gives one unusable issue for the file itself (exit 2), never an exception', async () => {
    const path = join(dir, '客服.xlsx');
    writeFileSync(path, compoundFile(ENCRYPTED_STREAMS));
    const read = await readXlsxWorkbook(path, '客服.xlsx', { isKefuSheet });
    expect(read.worksheets).toEqual([]);
    expect(read.unusable).toEqual([expect.objectContaining({ file: '客服.xlsx', line: 0, column: 0, code: 'encrypted-workbook' })]);
  });

  it('says a missing file is missing', async () => {
    const read = await readXlsxWorkbook(join(dir, 'none.xlsx'), 'none.xlsx', { isKefuSheet });
    expect(read.unusable).toEqual([expect.objectContaining({ file: 'none.xlsx', code: 'missing-file' })]);
  });

  it('turns a zip that exceljs cannot parse into an unusable issue', async () => {
    // A complete zip with an .xlsx's name list but no XML inside: the directory passes, the parse does not.
    const bytes = zipFile([{ name: '[Content_Types].xml', data: 'not xml <<<' }, { name: 'xl/workbook.xml', data: '<<<' }]);
    const read = await readXlsxWorkbook(bytes, '客服.xlsx', { isKefuSheet });
    expect(read.unusable).toEqual([expect.objectContaining({ file: '客服.xlsx', line: 0, column: 0, code: 'damaged-workbook' })]);
    expect(read.unusable[0]!.messageZh).toContain('重新另存为 .xlsx');
  });
});
