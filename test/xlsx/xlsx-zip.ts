// Reads a written .xlsx as the zip of XML parts it is (jszip and saxes come with exceljs): its parts, and each cell's stored value.
import JSZip from 'jszip';
import type { CellReader, Shown } from './engines';

export async function openZip(buffer: Uint8Array): Promise<JSZip> {
  return JSZip.loadAsync(buffer);
}

const decode = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const ATTR = (attrs: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];

/** "AB12" → [12, 28]. */
function place(ref: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(ref)!;
  let col = 0;
  for (const ch of letters!) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(digits), col];
}

/**
 * Every cell's stored value (a formula's cached result included) straight from the sheet XML. exceljs 4.4.0 drops a cached
 * result of 0 or FALSE when it reads a file (cell-xform tests `if (model.value)`), so a recalculated file is read here instead.
 */
export async function readStoredValues(buffer: Uint8Array): Promise<CellReader> {
  const zip = await openZip(buffer);
  const text = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
  const shared = [...(await text('xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => decode([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const rels = new Map([...(await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship\b([^>]*)\/?>/g)]
    .map((m) => [ATTR(m[1]!, 'Id')!, ATTR(m[1]!, 'Target')!.replace(/^\/?(xl\/)?/, 'xl/')]));
  const sheets = new Map<string, Map<string, Shown>>();
  for (const m of (await text('xl/workbook.xml')).matchAll(/<sheet\b([^>]*)\/>/g)) {
    const cells = new Map<string, Shown>();
    const xml = await text(rels.get(ATTR(m[1]!, 'r:id')!)!);
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [attrs, body = ''] = [c[1]!, c[2]];
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const inline = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
      const t = ATTR(attrs, 't');
      let value: Shown = '';
      if (inline !== undefined) value = decode(inline.replace(/<[^>]+>/g, ''));
      else if (v === undefined) value = '';
      else if (t === 's') value = shared[Number(v)] ?? '';
      else if (t === 'str' || t === 'inlineStr') value = decode(v);
      else if (t === 'b') value = v === '1';
      else if (t === 'e') value = decode(v);
      else value = Number(v);
      const [row, col] = place(ATTR(attrs, 'r')!);
      cells.set(`${row}:${col}`, value);
    }
    sheets.set(decode(ATTR(m[1]!, 'name')!), cells);
  }
  return (sheet, row, column) => sheets.get(sheet)?.get(`${row}:${column}`) ?? '';
}
