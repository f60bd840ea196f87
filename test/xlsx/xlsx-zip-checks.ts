// What Excel checks before it offers to "repair" a workbook, as plain functions over the zip: parts, XML, names, formulas.
import { SaxesParser } from 'saxes';

/** Every entry name in the zip's central directory, duplicates kept (a zip library would keep only one of them). */
export function zipEntryNames(buffer: Uint8Array): string[] {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const names: string[] = [];
  for (let i = 0; i + 46 <= buffer.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const length = view.getUint16(i + 28, true);
    names.push(new TextDecoder().decode(buffer.subarray(i + 46, i + 46 + length)));
    i += 45 + length;
  }
  return names;
}

/** The first well-formedness error of an XML text, or undefined. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (e) => { error ??= e.message; });
  parser.write(xml).close();
  return error;
}

/** Parts [Content_Types].xml gives no type: neither a Default for their extension nor an Override for their name. */
export function untypedParts(contentTypes: string, parts: readonly string[]): string[] {
  const defaults = new Set([...contentTypes.matchAll(/<Default\b[^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...contentTypes.matchAll(/<Override\b[^>]*PartName="([^"]+)"/g)].map((m) => m[1]!));
  return parts.filter((p) => !p.endsWith('/') && p !== '[Content_Types].xml'
    && !defaults.has(p.split('.').pop()!.toLowerCase()) && !overrides.has(`/${p}`));
}

/** Why a defined name would make Excel repair the file: its syntax, a name that reads as a cell, or a target that is not an absolute range of a sheet. */
export function nameProblem(name: string, target: string, sheets: readonly string[]): string | undefined {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) return `${name}: not a valid name`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]\d*([RrCc]\d*)?$/.test(name)) return `${name}: reads as a cell reference`;
  const match = /^'((?:[^']|'')+)'!\$[A-Z]{1,3}\$\d+(?::\$[A-Z]{1,3}\$\d+)?$/.exec(target);
  if (!match) return `${name}: ${target} is not an absolute range on a quoted sheet`;
  const sheet = match[1]!.replace(/''/g, "'");
  return sheets.includes(sheet) ? undefined : `${name}: ${target} names no sheet of the workbook`;
}

/** Why a sheet name is refused by Excel: longer than 31, one of []:*?/\ in it, blank. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '' || name.length > 31 || /[[\]:*?/\\]/.test(name)) return `${name}: not a valid sheet name`;
  return undefined;
}

/** Functions Excel 2016 does not have (dynamic arrays, LAMBDA, the 2019 additions) and Sheets-only ones. */
export const NOT_IN_EXCEL_2016 = ['FILTER', 'SORT', 'SORTBY', 'UNIQUE', 'SEQUENCE', 'RANDARRAY', 'XLOOKUP', 'XMATCH', 'LET', 'LAMBDA',
  'TEXTSPLIT', 'TEXTJOIN', 'CONCAT', 'IFS', 'SWITCH', 'MAXIFS', 'MINIFS', 'ARRAYFORMULA', 'REGEXMATCH', 'QUERY'] as const;

/** Excel's limits on one formula: 8192 characters and 64 nested function calls. */
export const FORMULA_LIMITS = { characters: 8192, nesting: 64 } as const;

/** The deepest nesting of parentheses in a formula, string literals skipped. */
export function nestingOf(formula: string): number {
  let depth = 0;
  let deepest = 0;
  for (const part of formula.split(/"(?:[^"]|"")*"/)) {
    for (const ch of part) {
      if (ch === '(') deepest = Math.max(deepest, ++depth);
      if (ch === ')') depth--;
    }
  }
  return deepest;
}

/** Function names a formula calls, string literals skipped. */
export function functionsOf(formula: string): string[] {
  return formula.split(/"(?:[^"]|"")*"/).flatMap((part) => [...part.matchAll(/(?<![A-Za-z0-9_.])([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]!));
}
