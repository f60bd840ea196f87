// Writes a workbook file atomically (a temp file beside it, then a link or rename) and never over a file Kefu did not make.
import { randomBytes } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Workbook } from 'exceljs';
import type { Bilingual } from '../../shared/issue';
import { KEFU_CREATOR } from './build-workbook';

/** Whether the file at path is a workbook Kefu wrote: it opens as .xlsx and its properties name Kefu as its creator. */
async function madeByKefu(path: string): Promise<boolean> {
  const { default: ExcelJS } = await import('exceljs');
  try {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    return wb.creator === KEFU_CREATOR;
  } catch {
    return false;
  }
}

/** Why the workbook must not be written at path, or undefined when it may. */
export async function workbookProblem(path: string, force: boolean): Promise<Bilingual | undefined> {
  if (!/\.xlsx$/i.test(path)) {
    return { en: `${path} does not end in .xlsx; name the workbook file, e.g. 客服.xlsx`, zh: `${path} 不是 .xlsx 文件名；请写出工作簿的文件名，例如 客服.xlsx` };
  }
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink() || !stat.isFile()) {
    return { en: `${path} is a folder or a link, not a file; name a new .xlsx file`, zh: `${path} 是文件夹或链接，不是文件；请指定一个新的 .xlsx 文件名` };
  }
  if (!force) {
    return { en: `${path} already exists; Kefu does not overwrite it. Name a new file, or add --force to replace a workbook Kefu made`,
      zh: `${path} 已存在，Kefu 不会覆盖它。请换一个文件名；如要替换 Kefu 生成的工作簿，请加 --force` };
  }
  if (!(await madeByKefu(path))) {
    return { en: `${path} was not made by Kefu (its properties do not name Kefu as the author); Kefu never replaces such a file, even with --force. Name a new file`,
      zh: `${path} 不是 Kefu 生成的（文件属性中的作者不是 Kefu）；即使加 --force，Kefu 也不会替换它。请换一个文件名` };
  }
  return undefined;
}

/** A hard link refuses an existing target; where the disk has no hard links (FAT, some shares) a rename after a last look does. */
async function linkInPlace(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || !['EPERM', 'ENOTSUP', 'EXDEV', 'ENOSYS'].includes(code ?? '')) throw error;
    let exists = true;
    try { lstatSync(target); } catch { exists = false; }
    if (exists) throw Object.assign(new Error(`${target} exists`), { code: 'EEXIST' });
    await rename(temp, target);
  }
}

/**
 * Writes the workbook to a temp file in the same folder, then links it into place (which fails rather than overwrite a
 * file that appeared meanwhile) or, with replace, renames it over the old one. The temp file never outlives the call.
 */
export async function saveWorkbook(wb: Workbook, path: string, replace: boolean): Promise<Bilingual | undefined> {
  const target = resolve(path);
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${basename(target)}.kefu-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, new Uint8Array(await wb.xlsx.writeBuffer()));
    if (replace) await rename(temp, target);
    else await linkInPlace(temp, target);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { en: `${path} appeared while Kefu was writing; it was left as it is`, zh: `写入期间出现了 ${path}；Kefu 没有动它` };
  } finally {
    await rm(temp, { force: true });
  }
}
