// The shared phone rule (shared/csv/parse-value.ts) as RE2 patterns for a custom-formula validation; also valid JavaScript regexes.

/** Full-width twin of an ASCII character, as Chinese input methods type it. */
const fw = (c: string): string => String.fromCharCode(c.charCodeAt(0) + 0xfee0);
const digit = (c: string): string => `[${c}${fw(c)}]`;
const D = '[0-9０-９]';
const PLUS = '[+＋]';
const DASH = '[-－]';
const EXT = `(转|分机|[eEｅＥ][xXｘＸ][tTｔＴ][.．]?|[xXｘＸ]|[#＃])${D}{1,6}`;

export const PHONE_RULE = {
  /** Blank after trimming: an empty cell, as the parser sees it. */
  blank: '^[\\s\u3000\u00a0]*$',
  /** Removed first: spaces (ASCII, ideographic, no-break) and brackets of either width. */
  strip: '[\\s\u3000\u00a0()（）]',
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

/** The formula's verdict computed in JavaScript, so a test can hold it against parseValue. */
export function phoneRuleAccepts(text: string): boolean {
  if (new RegExp(PHONE_RULE.blank).test(text)) return true;
  const spaced = text.replace(new RegExp(PHONE_RULE.strip, 'g'), '');
  const compact = spaced.replace(new RegExp(PHONE_RULE.separators, 'g'), '');
  return new RegExp(PHONE_RULE.mobile).test(compact) || new RegExp(PHONE_RULE.international).test(compact)
    || new RegExp(PHONE_RULE.landlineDashed).test(spaced) || new RegExp(PHONE_RULE.landlineDigits).test(spaced);
}
