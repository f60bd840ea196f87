// The copy of Settings onEdit judges against, kept in document properties: split into pieces, since one value holds at most 9 KB.
import { defaultSettings, type Settings } from '../../shared/settings';

const KEY = 'kefu.settings';
const COUNT = `${KEY}.count`;
const piece = (i: number): string => `${KEY}.${i}`;

/**
 * Characters per piece: Apps Script refuses a property value over 9 KB (UTF-8), and a character takes at
 * most 3 bytes in JSON of BMP text (a surrogate pair 4 bytes for 2 characters), so 3,000 stay under it.
 */
export const PIECE_CHARS = 3000;

type Properties = GoogleAppsScript.Properties.Properties;

/** The pieces of a JSON text, cut so no surrogate pair is split. */
export function splitText(text: string, size: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end--;
    out.push(text.slice(at, end));
    at = end;
  }
  return out.length > 0 ? out : [''];
}

/** The cached JSON, or undefined when there is none or a piece is missing (a partial write, someone's edit). */
export function readPieces(all: Record<string, string>): string | undefined {
  const count = Number(all[COUNT]);
  if (!Number.isSafeInteger(count) || count < 1) return all[KEY];
  let text = '';
  for (let i = 0; i < count; i++) {
    const part = all[piece(i)];
    if (part === undefined) return undefined;
    text += part;
  }
  return text;
}

/** Writes the pieces in one setProperties and removes pieces a larger copy left behind. */
export function writePieces(properties: Properties, json: string): void {
  const all = properties.getProperties();
  if (readPieces(all) === json && all[KEY] === undefined) return;
  const parts = splitText(json, PIECE_CHARS);
  const next: Record<string, string> = { [COUNT]: String(parts.length) };
  parts.forEach((p, i) => { next[piece(i)] = p; });
  properties.setProperties(next);
  if (all[KEY] !== undefined) properties.deleteProperty(KEY);
  const before = Number(all[COUNT]);
  for (let i = parts.length; Number.isSafeInteger(before) && i < before; i++) properties.deleteProperty(piece(i));
}

/** onEdit must stay cheap, so it judges Settings-based lists against the copy the last full read left here. */
export function cacheSettings(settings: Settings): void {
  const properties = PropertiesService.getDocumentProperties();
  if (properties) writePieces(properties, JSON.stringify(settings));
}

/** The cached Settings; `fromSheet` (a read of the Settings sheet) when the copy is missing or damaged. */
export function cachedSettings(fromSheet: () => Settings = defaultSettings): Settings {
  const properties = PropertiesService.getDocumentProperties();
  const json = properties ? readPieces(properties.getProperties()) : undefined;
  if (json) {
    try {
      return JSON.parse(json) as Settings;
    } catch {
      // A damaged copy is not trusted: read the sheet.
    }
  }
  return fromSheet();
}
