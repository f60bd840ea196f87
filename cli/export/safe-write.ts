// Write a whole folder beside its destination and swap it in only when complete: a failed run leaves the previous folder as it was.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SHEETS } from '../../shared/schema';
import type { Bilingual } from './export-failure';
import { STORES_FILE } from './store-labels';

const EXPORT_FILES = new Set([...SHEETS.map((s) => s.file), STORES_FILE]);
/** Left by file browsers; never a reason to refuse a folder. */
const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

const listing = (folder: string): string[] => readdirSync(folder).filter((f) => !SYSTEM_FILES.has(f));

function isExportFolder(folder: string, depth: number): string | undefined {
  for (const name of listing(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (depth > 0) return path;
      const stray = isExportFolder(path, depth + 1);
      if (stray) return stray;
    } else if (!EXPORT_FILES.has(name)) return path;
  }
  return undefined;
}

/**
 * Why `out` must not be replaced, or undefined when it may: it is new, empty, or holds only what this kind of run writes
 * (the export's CSV files, store folders and stores.json; a site's index.html). Guards against `--out ~/Documents`.
 */
export function outFolderProblem(out: string, kind: 'export' | 'site'): Bilingual | undefined {
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return { en: `--out ${out} is a file, not a folder`, zh: `--out ${out} 是文件，不是文件夹` };
  const entries = listing(out);
  if (entries.length === 0) return undefined;
  if (kind === 'site') {
    if (entries.includes('index.html')) return undefined;
    return { en: `--out ${out} already holds files and is not a built site (no index.html); name a new or empty folder`,
      zh: `--out ${out} 中已有文件，且不是生成的网站（没有 index.html）；请指定新的或空的文件夹` };
  }
  const stray = isExportFolder(out, 0);
  if (!stray) return undefined;
  return { en: `--out ${out} holds files that are not a Kefu export (${stray}); name a new or empty folder, or a previous export, since it is replaced as a whole`,
    zh: `--out ${out} 中有不属于 Kefu 导出的文件（${stray}）；导出会整体替换该文件夹，请指定新的或空的文件夹，或之前的导出文件夹` };
}

const suffix = (): string => `${process.pid}-${randomBytes(4).toString('hex')}`;

/**
 * Makes a fresh folder beside `out`, lets `fill` write into it, and renames it into place only when `fill` says true.
 * Whatever happens, the temporary folder is gone afterwards and `out` is either untouched or the complete new folder.
 */
export async function replaceFolder(out: string, fill: (temp: string) => Promise<boolean>): Promise<boolean> {
  const target = resolve(out);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  // mkdir rather than mkdtemp: the folder gets the usual permissions, as if made by hand.
  const temp = join(parent, `.${basename(target)}.kefu-tmp-${suffix()}`);
  await mkdir(temp);
  let done = false;
  try {
    if (!(await fill(temp))) return false;
    if (existsSync(target)) {
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
