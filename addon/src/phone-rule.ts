// The shared phone rule (shared/sheet/parse-value.ts) as RE2 patterns for a custom-formula validation; also valid JavaScript regexes.

/**
 * What JavaScript's \s and trim() count as space, spelled out: RE2's \s (Sheets' REGEXMATCH) is ASCII only, so a thin
 * space, \v, a BOM or an em space would pass kefu check and fail the sheet. Escapes both engines read, and the characters themselves.
 */
export const SPACE = '\\t\\n\\v\\f\\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** Full-width twin of an ASCII character, as Chinese input methods type it. */
const fw = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
const digit = (c: string): string => `[${c}${fw(c)}]`;
const D = '[0-9０-９]';
const PLUS = '[+＋]';
const DASH = '[-－]';
const EXT = `(转|分机|[eEｅＥ][xXｘＸ][tTｔＴ][.．]?|[xXｘＸ]|[#＃])${D}{1,6}`;

export const PHONE_RULE = {
  /** Blank after trimming: an empty cell, as the parser sees it. */
  blank: `^[${SPACE}]*$`,
  /** Removed first: every space JavaScript trims (ASCII, ideographic, no-break, thin, em, BOM …) and brackets of either width. */
  strip: `[${SPACE}()（）]`,
  /** Also removed before the mobile and international checks. */
  separators: '[-–—.－．]',
  mobile: `^(${PLUS}${digit('8')}${digit('6')}|${digit('0')}${digit('0')}${digit('8')}${digit('6')}|${digit('8')}${digit('6')})?${digit('1')}[3-9３-９]${D}{9}$`,
  international: `^(${PLUS}|${digit('0')}${digit('0')})[1-9１-９]${D}{5,14}$`,
  /** 010-12345678, 0755-1234567-89, 010-12345678转123 */
  landlineDashed: `^${digit('0')}${D}{2,3}${DASH}${D}{7,8}(${DASH}${D}{1,6}|${DASH}?${EXT})?$`,
  /** Digits with dashes anywhere: 010 and 02x have a 3-digit area code, every other one 4; 7–8 digits follow. */
  landlineDigits: `^${DASH}*${digit('0')}${DASH}*([12１２](${DASH}*${D}){8,9}|[03-9０３-９](${DASH}*${D}){9,10})${DASH}*(${EXT})?$`,
} as const;

/** The custom formula for a validation whose range starts at ref (e.g. "C2"); relative, so it moves down the column. */
export function phoneFormula(ref: string): string {
  const spaced = `REGEXREPLACE(TO_TEXT(${ref}),"${PHONE_RULE.strip}","")`;
  const compact = `REGEXREPLACE(${spaced},"${PHONE_RULE.separators}","")`;
  return `=OR(REGEXMATCH(TO_TEXT(${ref}),"${PHONE_RULE.blank}"),REGEXMATCH(${compact},"${PHONE_RULE.mobile}"),REGEXMATCH(${compact},"${PHONE_RULE.international}"),`
    + `REGEXMATCH(${spaced},"${PHONE_RULE.landlineDashed}"),REGEXMATCH(${spaced},"${PHONE_RULE.landlineDigits}"))`;
}

/** A regex engine: JavaScript's by default; a test passes RE2's (re2-wasm) to run the patterns as Sheets does. */
export type CompileRegex = (pattern: string, global: boolean) => { test(text: string): boolean; [Symbol.replace](text: string, by: string): string };

const jsRegex: CompileRegex = (pattern, global) => new RegExp(pattern, global ? 'g' : '');

/** The formula's verdict computed step by step as the formula does, so a test can hold it against parseValue. */
export function phoneRuleAccepts(text: string, compile: CompileRegex = jsRegex): boolean {
  if (compile(PHONE_RULE.blank, false).test(text)) return true;
  const spaced = text.replace(compile(PHONE_RULE.strip, true), '');
  const compact = spaced.replace(compile(PHONE_RULE.separators, true), '');
  return compile(PHONE_RULE.mobile, false).test(compact) || compile(PHONE_RULE.international, false).test(compact)
    || compile(PHONE_RULE.landlineDashed, false).test(spaced) || compile(PHONE_RULE.landlineDigits, false).test(spaced);
}
