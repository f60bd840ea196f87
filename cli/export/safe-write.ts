// Write a whole folder beside its destination and swap it in only when complete, and only over a folder Kefu built itself (its manifest lists everything in it).
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ExportFailure, type Bilingual } from './export-failure';
import { createManifest, foreignEntries, listFiles, MANIFEST_FILE, MANIFEST_VERSION, readManifest, SYSTEM_FILES, type FolderKind } from './folder-manifest';

/** How many of the foreign names a refusal shows before "and N more". */
const SHOWN = 5;

const KIND_NAME: Record<FolderKind, Bilingual> = {
  export: { en: 'an export of CSV files', zh: '导出的 CSV 文件' },
  site: { en: 'a report site', zh: '报告网站' },
  sample: { en: 'a sample dataset', zh: '示例数据' },
};

/** The first few names and how many there are in all, e.g. "a, b, c … (12 in all)". */
export function nameSome(names: readonly string[]): Bilingual {
  const shown = names.slice(0, SHOWN).join(', ');
  if (names.length <= SHOWN) return { en: shown, zh: shown };
  return { en: `${shown} … (${names.length} in all)`, zh: `${shown} ……（共 ${names.length} 项）` };
}

function foreignProblem(folder: string, foreign: readonly string[]): Bilingual {
  const list = nameSome(foreign);
  const n = foreign.length;
  return {
    en: `${folder} holds ${n} item${n === 1 ? '' : 's'} Kefu did not make (${list.en}); Kefu replaces a folder only when it built it itself (its ${MANIFEST_FILE} lists everything inside). Name a new or empty folder, or move those items away first`,
    zh: `${folder} 中有 ${n} 项不是 Kefu 生成的（${list.zh}）；Kefu 只替换由它自己生成的文件夹（其中的 ${MANIFEST_FILE} 列出全部内容）。请指定新的或空的文件夹，或先把这些内容移走`,
  };
}

/**
 * Why `folder` must not be replaced by a new `kind` folder, or undefined when it may: it is missing, empty, or holds
 * a manifest of the same kind and nothing the manifest does not list. A link is refused, never replaced by a folder.
 */
export function outFolderProblem(folder: string, kind: FolderKind): Bilingual | undefined {
  let stat;
  try {
    stat = lstatSync(folder);
  } catch {
    return undefined;
  }
  if (stat.isSymbolicLink()) {
    const target = readlinkSync(folder);
    return { en: `${folder} is a symbolic link (to ${target}); Kefu does not replace a link with a folder: name the folder it points to, or another`,
      zh: `${folder} 是符号链接（指向 ${target}）；Kefu 不会用文件夹替换链接：请指定它所指向的文件夹，或其他文件夹` };
  }
  if (!stat.isDirectory()) return { en: `${folder} is a file, not a folder`, zh: `${folder} 是文件，不是文件夹` };
  try {
    if (readdirSync(folder).every((name) => SYSTEM_FILES.has(name))) return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return { en: `${folder} cannot be read (${code}), so Kefu cannot tell what is in it`, zh: `无法读取 ${folder}（${code}），Kefu 无法确认其中的内容` };
  }
  const read = readManifest(folder);
  if (!read.ok) {
    if (read.why === 'newer') {
      return { en: `${folder} was built by a newer Kefu (manifest format ${read.version}; this one reads format ${MANIFEST_VERSION}); update Kefu or name another folder`,
        zh: `${folder} 由更新版本的 Kefu 生成（清单格式 ${read.version}，当前版本只能读取格式 ${MANIFEST_VERSION}）；请更新 Kefu 或指定其他文件夹` };
    }
    return foreignProblem(folder, [...(read.why === 'unreadable' ? [MANIFEST_FILE] : []), ...foreignEntries(folder)]);
  }
  if (read.manifest.kind !== kind) {
    const was = KIND_NAME[read.manifest.kind];
    const want = KIND_NAME[kind];
    return { en: `${folder} holds ${was.en} that Kefu built, not ${want.en}; Kefu will not replace one with the other: name another folder`,
      zh: `${folder} 中是 Kefu 生成的${was.zh}，不是${want.zh}；Kefu 不会用一种替换另一种：请指定其他文件夹` };
  }
  const foreign = foreignEntries(folder, read.manifest.files);
  return foreign.length > 0 ? foreignProblem(folder, foreign) : undefined;
}

const suffix = (): string => `${process.pid}-${randomBytes(4).toString('hex')}`;

function refuseUnsafe(folder: string, kind: FolderKind): void {
  const problem = outFolderProblem(folder, kind);
  if (problem) throw new ExportFailure(problem, 2);
}

/**
 * Makes a fresh folder beside `out`, lets `fill` write into it, adds the manifest, and renames it into place only when
 * `fill` says true and `out` is still safe to replace (checked again: something may have been put there meanwhile).
 * Whatever happens, the temporary folder is gone afterwards and `out` is either untouched or the complete new folder.
 * Throws ExportFailure (exit 2) when `out` is not Kefu's to replace.
 */
export async function replaceFolder(out: string, kind: FolderKind, fill: (temp: string) => Promise<boolean>): Promise<boolean> {
  const target = resolve(out);
  refuseUnsafe(out, kind);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  // mkdir rather than mkdtemp: the folder gets the usual permissions, as if made by hand.
  const temp = join(parent, `.${basename(target)}.kefu-tmp-${suffix()}`);
  await mkdir(temp);
  let done = false;
  try {
    if (!(await fill(temp))) return false;
    await writeFile(join(temp, MANIFEST_FILE), createManifest(kind, listFiles(temp)), 'utf8');
    refuseUnsafe(out, kind);
    let exists = true;
    try {
      lstatSync(target);
    } catch {
      exists = false;
    }
    if (exists) {
      const old = join(parent, `.${basename(target)}.kefu-old-${suffix()}`);
      await rename(target, old);
      try {
        await rename(temp, target);
      } catch (error) {
        await rename(old, target);
        throw error;
      }
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, target);
    }
    done = true;
    return true;
  } finally {
    if (!done) await rm(temp, { recursive: true, force: true });
  }
}
