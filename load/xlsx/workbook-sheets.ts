// The worksheets an .xlsx lists (name, hidden state, which zip entry holds each) and its date system, from xl/workbook.xml and its relationships.
import { attributesOf, rootPrefix, tagsNamed } from './xml-text';

export interface SheetEntry {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The zip entry holding the sheet, as workbook.xml.rels targets it; undefined when no relationship names it. */
  path: string | undefined;
  /** A chart sheet holds no cells. */
  chart: boolean;
}

export interface WorkbookSheets {
  sheets: SheetEntry[];
  /** Old Mac Excel's date system: serial 0 is 1904-01-01, 1462 days after the 1900 system's. */
  date1904: boolean;
}

/** A relationship target as a zip entry name: absolute ("/xl/…") from the package root, else relative to xl/. */
export function resolveTarget(target: string, base = 'xl/'): string {
  const slashed = target.replace(/\\/g, '/');
  const path = slashed.startsWith('/') ? slashed.slice(1) : base + slashed;
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  try {
    return decodeURIComponent(parts.join('/'));
  } catch {
    return parts.join('/');
  }
}

/** Relationship Id → [target entry, type]. */
function readRelationships(rels: string): Map<string, [string, string]> {
  const map = new Map<string, [string, string]>();
  for (const [start, end] of tagsNamed(rels, `<${rootPrefix(rels)}Relationship`)) {
    const a = attributesOf(rels.slice(start, end));
    const id = a.get('Id');
    const target = a.get('Target');
    if (id !== undefined && target !== undefined && a.get('TargetMode') !== 'External') map.set(id, [resolveTarget(target), a.get('Type') ?? '']);
  }
  return map;
}

export function readWorkbookSheets(workbook: string, rels: string): WorkbookSheets {
  const prefix = rootPrefix(workbook);
  const targets = readRelationships(rels);
  const [prStart, prEnd] = tagsNamed(workbook, `<${prefix}workbookPr`).next().value ?? [0, 0];
  const date1904 = ['1', 'true'].includes(attributesOf(workbook.slice(prStart, prEnd)).get('date1904') ?? '');
  const sheets: SheetEntry[] = [];
  for (const [start, end] of tagsNamed(workbook, `<${prefix}sheet`)) {
    const a = attributesOf(workbook.slice(start, end));
    // The relationship id's prefix is whatever the file bound the relationships namespace to: usually r:id.
    const id = [...a].find(([key]) => key.endsWith(':id'))?.[1];
    const [path, type] = id === undefined ? [undefined, ''] : targets.get(id) ?? [undefined, ''];
    const state = a.get('state');
    sheets.push({ name: a.get('name') ?? '', state: state === 'hidden' || state === 'veryHidden' ? state : 'visible', path, chart: type.endsWith('/chartsheet') });
  }
  return { sheets, date1904 };
}
