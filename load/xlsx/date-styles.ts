// xl/styles.xml → which cell styles show a number as a date or time: built-in date formats and custom codes with date/time tokens.
import { attributesOf, rootPrefix, tagsNamed } from './xml-text';

/** Built-in number formats that are dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 as Excel's zh-CN locales define them (ECMA-376 §18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code is a date or time when y m d h s appear outside "quoted text", [brackets] ([$-zh-CN], [Red], [h]) and escaped characters; E is the exponent of 0.00E+00, not a date. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[ymdhsYMDHS]/.test(bare.replace(/General/gi, ''));
}

/** Style index (a cell's s="…") → whether it formats a date; a style the file does not list is no date. */
export function readDateStyles(xml: string): boolean[] {
  const prefix = rootPrefix(xml);
  const custom = new Map<number, string>();
  for (const [start, end] of tagsNamed(xml, `<${prefix}numFmt`)) {
    const a = attributesOf(xml.slice(start, end));
    custom.set(Number(a.get('numFmtId')), a.get('formatCode') ?? '');
  }
  const from = xml.indexOf(`<${prefix}cellXfs`);
  const to = xml.indexOf(`</${prefix}cellXfs>`, from);
  if (from === -1 || to === -1) return [];
  const styles: boolean[] = [];
  for (const [start, end] of tagsNamed(xml, `<${prefix}xf`, from, to)) {
    const id = Number(attributesOf(xml.slice(start, end)).get('numFmtId') ?? 0);
    const code = custom.get(id);
    styles.push(code === undefined ? BUILTIN_DATES.has(id) : isDateFormat(code));
  }
  return styles;
}
