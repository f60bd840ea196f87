// The marker Kefu leaves in every folder it builds (.kefu-manifest.json: kind, format version, every file written), and what in a folder is not on it.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST_FILE = '.kefu-manifest.json';
/** Raised only when the manifest's shape changes; a Kefu that meets a newer one refuses rather than guesses. */
export const MANIFEST_VERSION = 1;

/** What a folder was built as: `kefu export`'s CSVs, `kefu report`'s site, or `kefu sample`'s dataset. */
export type FolderKind = 'export' | 'site' | 'sample';

export interface FolderManifest {
  madeBy: 'kefu';
  version: number;
  kind: FolderKind;
  /** Every file Kefu wrote, relative to the folder, with "/" between folder names. */
  files: string[];
}

/** Left by file browsers; never a reason to refuse a folder (and lost with it, which is harmless). */
export const SYSTEM_FILES = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);

const KINDS: readonly FolderKind[] = ['export', 'site', 'sample'];

/** Every regular file under `folder` (not following links), relative with "/", sorted; the manifest itself left out. */
export function listFiles(folder: string, under = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(join(folder, under))) {
    const path = under ? `${under}/${name}` : name;
    if (path === MANIFEST_FILE) continue;
    const stat = lstatSync(join(folder, path));
    if (stat.isDirectory()) files.push(...listFiles(folder, path));
    else files.push(path);
  }
  return files.sort();
}

export function createManifest(kind: FolderKind, files: readonly string[]): string {
  const manifest: FolderManifest = { madeBy: 'kefu', version: MANIFEST_VERSION, kind, files: [...files].sort() };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export type ManifestRead =
  | { ok: true; manifest: FolderManifest }
  | { ok: false; why: 'missing' | 'unreadable' | 'newer'; version?: number };

/** The folder's manifest, or why there is none Kefu can trust. */
export function readManifest(folder: string): ManifestRead {
  const file = join(folder, MANIFEST_FILE);
  let text: string;
  try {
    if (!lstatSync(file).isFile()) return { ok: false, why: 'unreadable' };
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, why: 'missing' };
  }
  let json: Partial<FolderManifest> | null;
  try {
    json = JSON.parse(text) as Partial<FolderManifest> | null;
  } catch {
    return { ok: false, why: 'unreadable' };
  }
  if (json?.madeBy !== 'kefu' || typeof json.version !== 'number') return { ok: false, why: 'unreadable' };
  if (json.version > MANIFEST_VERSION) return { ok: false, why: 'newer', version: json.version };
  if (!KINDS.includes(json.kind as FolderKind) || !Array.isArray(json.files) || !json.files.every((f) => typeof f === 'string')) {
    return { ok: false, why: 'unreadable' };
  }
  return { ok: true, manifest: { madeBy: 'kefu', version: json.version, kind: json.kind as FolderKind, files: json.files } };
}

/**
 * What is in `folder` that the manifest's list does not hold (folders end in "/" and are not opened), sorted.
 * Without a list every entry is foreign. Links are foreign: Kefu never writes one.
 */
export function foreignEntries(folder: string, files: readonly string[] = [], under = ''): string[] {
  const listed = new Set(files);
  const folders = new Set(files.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  const foreign: string[] = [];
  for (const name of readdirSync(join(folder, under)).sort()) {
    const path = under ? `${under}/${name}` : name;
    if (path === MANIFEST_FILE || SYSTEM_FILES.has(name)) continue;
    const stat = lstatSync(join(folder, path));
    // A repository is never Kefu's, whatever a (hand-edited) manifest lists.
    if (name === '.git') foreign.push(stat.isDirectory() ? `${path}/` : path);
    else if (stat.isDirectory()) {
      if (folders.has(path)) foreign.push(...foreignEntries(folder, files, path));
      else foreign.push(`${path}/`);
    } else if (!stat.isFile() || !listed.has(path)) {
      foreign.push(path);
    }
  }
  return foreign;
}
