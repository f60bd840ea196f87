// stores.json of a multi-store data folder, read back under the rule its labels were written with (safe folder names).
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { Bilingual } from '../shared/issue';

/** The file a multi-store export writes beside the store folders. */
export const STORES_FILE = 'stores.json';

const LABEL = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._-]*$/u;
/** Names Windows will not create as a folder, whatever the extension. */
const RESERVED = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/i;
const MAX_LABEL = 64;

/** Why a label cannot name a folder, or undefined when it can. */
export function labelProblem(label: string): Bilingual | undefined {
  const why = (en: string, zh: string): Bilingual => ({ en: `store label "${label}" ${en}`, zh: `门店标签“${label}”${zh}` });
  if (label.trim() === '') return { en: 'a store label cannot be empty', zh: '门店标签不能为空' };
  if (label.length > MAX_LABEL) return why(`is longer than ${MAX_LABEL} characters`, `超过 ${MAX_LABEL} 个字符`);
  if (!LABEL.test(label) || /[. ]$/.test(label)) {
    return why('must start with a letter or digit and hold only letters, digits, spaces, "-", "_" and "." (not at the end), so it can name a folder',
      '只能以字母或数字开头，且只含字母、数字、空格、“-”“_”和“.”（不能在末尾），以便用作文件夹名');
  }
  if (RESERVED.test(label) || label.toLowerCase() === STORES_FILE) return why('is a name the system reserves; pick another', '是系统保留的名称，请换一个');
  return undefined;
}

/** A store of a multi-store data folder: its label and the folder inside the data folder that holds its CSVs. */
export interface StoreFolder {
  label: string;
  folder: string;
}

/** The stores stores.json lists (undefined when there is no stores.json), or why it cannot be trusted. */
export type StoreList = { ok: true; stores: StoreFolder[] | undefined } | { ok: false; problem: Bilingual };

const inside = (parent: string, child: string): boolean => {
  const path = relative(parent, child);
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
};

/**
 * Reads `folder`/stores.json and checks each label by the rule `--store` labels are checked with when written, so a
 * hand-edited "../other" or "/etc" never names a folder; a store folder that is a link out of `folder` is refused too.
 */
export function readStoreList(folder: string): StoreList {
  const file = join(folder, STORES_FILE);
  if (!existsSync(file)) return { ok: true, stores: undefined };
  const again = { en: 'export the stores again', zh: '请重新导出门店' };
  const bad = (en: string, zh: string): StoreList => ({ ok: false, problem: { en: `${file}: ${en}; ${again.en}`, zh: `${file}：${zh}；${again.zh}` } });
  let list: unknown;
  try {
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return bad('is not valid JSON', '不是有效的 JSON');
  }
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof (s as { label?: unknown } | null)?.label === 'string')) {
    return bad('should list the stores as [{ "label", "spreadsheetId", "exportedAt" }, …]', '应以 [{ "label", "spreadsheetId", "exportedAt" }, …] 列出门店');
  }
  const stores: StoreFolder[] = [];
  const seen = new Set<string>();
  const root = realpathSync(folder);
  for (const { label } of list as { label: string }[]) {
    const problem = labelProblem(label);
    if (problem) return bad(problem.en, problem.zh);
    if (seen.has(label.toLowerCase())) return bad(`the store label "${label}" is listed twice`, `门店标签“${label}”出现了两次`);
    seen.add(label.toLowerCase());
    const storeFolder = join(folder, label);
    if (existsSync(storeFolder) && !inside(root, realpathSync(storeFolder))) {
      return bad(`the folder of store "${label}" leads outside ${folder} (a link); Kefu reads store folders only inside the data folder`,
        `门店“${label}”的文件夹（链接）指向 ${folder} 之外；Kefu 只读取数据文件夹之内的门店文件夹`);
    }
    stores.push({ label, folder: storeFolder });
  }
  return { ok: true, stores };
}

/** A folder to read: a store's of a multi-store export (with its label), or the data folder itself. */
export type DataFolder<W> = { folder: string; label?: string; workbook: W };

/**
 * The data folder's workbooks, stores.json read here once: each listed store's folder, else the folder itself, each read
 * by `load`; nothing is read when stores.json cannot be trusted. `kefu report` and the site build both start here.
 */
export function readStoreFolders<W>(folder: string, load: (folder: string) => W): { ok: true; folders: DataFolder<W>[] } | { ok: false; problem: Bilingual } {
  const list = readStoreList(folder);
  if (!list.ok) return list;
  if (!list.stores) return { ok: true, folders: [{ folder, workbook: load(folder) }] };
  return { ok: true, folders: list.stores.map(({ label, folder: storeFolder }) => ({ label, folder: storeFolder, workbook: load(storeFolder) })) };
}
