// Reads one CSV cell's text as the typed value its column wants, or says in plain words (en + zh) what is wrong.
import { formatIsoDate, isRealDate, twoDigits } from '../dates';
import { matchEnum } from '../enums';
import type { Lang, Bilingual } from '../issue';
import type { Settings } from '../settings';
import { allowedValues, type Column } from '../schema/types';
import { unescapeFormula } from './cell-text';
import { codePointName, HIDDEN_CHARACTER, INPUT_LIMITS } from './input-limits';
import { grouped } from '../plural';

export type CellValue = string | number | boolean | undefined;
export type ParsedValue =
  | { ok: true; value: CellValue }
  | { ok: false; code: string; message: string; messageZh: string };

function fail(code: string, message: string, messageZh: string): ParsedValue {
  return { ok: false, code, message, messageZh };
}

/** The bad value as a message shows it: quoted, cut short when long, hidden characters written as U+XXXX so none reaches a terminal. */
function shown(text: string): Bilingual {
  const cut = text.length > 40 ? `${text.slice(0, 37)}…` : text;
  const short = cut.replace(new RegExp(HIDDEN_CHARACTER.source, 'g'), (c) => `<${codePointName(c)}>`);
  return { en: `"${short}"`, zh: `“${short}”` };
}

/** Full-width digits, letters and signs (as Chinese input methods type them) → ASCII. */
function halfWidth(text: string): string {
  if (!/[\uFF01-\uFF5E\u3000]/.test(text)) return text;
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** `listLang`: the language of the sheet's header row, in which a list's allowed values are named (both messages). */
export function parseValue(text: string, column: Column, settings: Settings, listLang?: Lang): ParsedValue {
  // Fast path: an ASCII id ("HF0000123", "C0042-1") short enough passes every check below unchanged.
  if (column.type === 'id' && ASCII_ID.test(text) && text.length <= (column.prose ? INPUT_LIMITS.textLength : INPUT_LIMITS.nameLength)) {
    return { ok: true, value: text };
  }
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  switch (column.type) {
    case 'id': return checkTextLimits(trimmed, column) ?? parseId(halfWidth(trimmed), trimmed);
    case 'text': return parseText(trimmed, column);
    case 'phone': return parsePhone(halfWidth(trimmed));
    case 'date': return parseDate(halfWidth(trimmed));
    case 'date-time': return parseDateTime(halfWidth(trimmed));
    case 'enum': return parseEnum(trimmed, column, settings, listLang);
    case 'integer': return parseInteger(halfWidth(trimmed), column);
    case 'money': return parseMoney(halfWidth(trimmed), column);
    case 'boolean': return parseBoolean(halfWidth(trimmed));
  }
}

const ID = /^[\p{L}0-9\-_./]+$/u;
/** The ids most shops write: ASCII letters and digits first, then those or - _ . / (no space, nothing to trim or widen). */
const ASCII_ID = /^[A-Za-z0-9][A-Za-z0-9\-_./]*$/;

function parseId(text: string, typed: string): ParsedValue {
  // A shop makes its ids up; one starting with "-" is read by spreadsheets as a minus or a formula.
  if (!text.startsWith('-') && ID.test(text)) return { ok: true, value: text };
  // The quoted value is built only for a message: most ids are fine.
  const v = shown(typed);
  if (text.startsWith('-')) {
    return fail('bad-id',
      `${v.en} can't be an id: it starts with "-", which a spreadsheet reads as a minus sign or a formula. Start it with a letter or digit.`,
      `${v.zh}不能作为编号：它以“-”开头，电子表格会把它当作负号或公式。请以字母或数字开头。`);
  }
  return fail('bad-id',
    `${v.en} can't be an id: use only letters, digits and - _ . / (no spaces or other signs).`,
    `${v.zh}不能作为编号：只能使用字母、数字和 - _ . /（不能有空格或其他符号）。`);
}

/**
 * What a spreadsheet would run as a formula: = or @ first, or + / - followed by a name, bracket, = or @; the full-width
 * ＝ ＋ － ＠ too, which spreadsheets in Chinese locales also take as formula starters.
 */
const FORMULA_TEXT = /^(?:[=@＝＠]|[+\-＋－][\p{L}(（=@＝＠])/u;

/** Characters (code points, so an emoji counts once) up to limit + 1: enough to tell whether text is over. */
function lengthUpTo(text: string, limit: number): number {
  if (text.length <= limit) return text.length;
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++, n++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  return n;
}

/** Names and labels may reach a page: no bidi or zero-width characters, and short; free text is capped longer. */
function checkTextLimits(text: string, column: Column): ParsedValue | undefined {
  const limit = column.prose ? INPUT_LIMITS.textLength : INPUT_LIMITS.nameLength;
  if (lengthUpTo(text, limit) > limit) {
    const v = shown(text);
    const size = grouped([...text].length);
    const kind = column.prose ? ['free text', '文字'] : ['a name or label', '名称或标签'];
    return fail('too-long', `${v.en} is ${size} characters long; ${kind[0]} may have at most ${limit}. Shorten it.`,
      `${v.zh}长 ${size} 个字符；${kind[1]}最多 ${limit} 个字符。请缩短。`);
  }
  const hidden = column.prose ? undefined : HIDDEN_CHARACTER.exec(text);
  if (hidden) {
    const v = shown(text);
    const name = codePointName(hidden[0]);
    return fail('hidden-character',
      `${v.en} holds an invisible character, ${name} (a direction or zero-width control), that can reorder or hide what a page shows. ` +
        'Retype the value without it.',
      `${v.zh}含有不可见字符 ${name}（改变文字方向或零宽度的控制字符），会让页面上的内容颠倒或隐藏。请去掉它重新输入。`);
  }
  return undefined;
}

function parseText(text: string, column: Column): ParsedValue {
  const unescaped = unescapeFormula(text);
  const unfit = checkTextLimits(unescaped, column);
  if (unfit) return unfit;
  // An apostrophe-guarded value was text in the sheet (our own export writes it so): keep it.
  if (unescaped !== text) return { ok: true, value: unescaped };
  if (!FORMULA_TEXT.test(text)) return { ok: true, value: text };
  const v = shown(text);
  return fail('formula-text',
    `${v.en} would run as a formula when the file is opened in a spreadsheet. ` +
      `If it is meant as text, put an apostrophe (') in front of it, or remove the leading sign.`,
    `${v.zh}在电子表格中打开时会被当作公式执行。如果这是文字，请在最前面加一个英文单引号（'），或删去开头的符号。`);
}

const SCIENTIFIC = /^\d+(?:\.\d+)?e[+-]?\d+$/i;
const MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/;
const EXTENSION = /^(.*?)(?:转|分机|ext\.?|x|#)(\d{1,6})$/i;
const LANDLINE_DASHED = /^(0\d{2,3})-(\d{7,8})(?:-(\d{1,6}))?$/;
const INTERNATIONAL = /^(?:\+|00)(\d{6,15})$/;

function parsePhone(text: string): ParsedValue {
  if (SCIENTIFIC.test(text)) {
    const v = shown(text);
    return fail('phone-damaged',
      `${v.en}: Excel turned this phone number into scientific notation and lost its last digits; ` +
        're-enter it from the original and format the column as text.',
      `${v.zh}：Excel 把这个电话号码变成了科学计数法，后几位数字已经丢失；请按原始记录重新输入，并把这一列设为“文本”格式。`);
  }
  const spaced = text.replace(/[\s()（）]/g, '');
  const compact = spaced.replace(/[-–—.]/g, '');
  const mobile = MOBILE.exec(compact);
  if (mobile) return { ok: true, value: mobile[1]! };
  const landline = parseLandline(spaced);
  if (landline) return { ok: true, value: landline };
  const international = INTERNATIONAL.exec(compact);
  if (international && !international[1]!.startsWith('0')) return { ok: true, value: `+${international[1]}` };
  const v = shown(text);
  return fail('bad-phone',
    `${v.en} is not a phone number we recognise. Write a mobile number (11 digits, e.g. 13812345678), ` +
      'a landline with its area code (e.g. 010-12345678), or an international number starting with + (e.g. +44 20 7946 0958).',
    `${v.zh}不是可识别的电话号码。请填写 11 位手机号（如 13812345678）、带区号的固定电话（如 010-12345678），` +
      '或以 + 开头的国际号码（如 +44 20 7946 0958）。');
}

/** "010-12345678", "(0755)1234567", "01012345678转123" → "0AA-NNNNNNNN" with "-EXT" when there is one. */
function parseLandline(spaced: string): string | undefined {
  const ext = EXTENSION.exec(spaced);
  const main = ext ? ext[1]!.replace(/-$/, '') : spaced;
  const extension = ext ? ext[2] : undefined;
  const dashed = LANDLINE_DASHED.exec(main);
  if (dashed && !(extension && dashed[3])) return join(dashed[1]!, dashed[2]!, extension ?? dashed[3]);
  const digits = main.replace(/-/g, '');
  if (!/^0\d{9,11}$/.test(digits)) return undefined;
  // Mainland area codes: 010 and 020–029 have three digits, every other one four.
  const areaLength = /^0[12]/.test(digits) ? 3 : 4;
  const number = digits.slice(areaLength);
  if (number.length < 7 || number.length > 8) return undefined;
  return join(digits.slice(0, areaLength), number, extension);
}

function join(area: string, number: string, extension: string | undefined): string {
  return extension ? `${area}-${number}-${extension}` : `${area}-${number}`;
}

const DATE_FORMS = 'e.g. 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日';
const DATE_FORMS_ZH = '如 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日';
const TIME_FORMS = 'e.g. 2026-11-03 14:05, 2026-11-03 14:05:00 or 2026年11月3日 14时05分';
const TIME_FORMS_ZH = '如 2026-11-03 14:05、2026-11-03 14:05:00 或 2026年11月3日 14时05分';

interface DateParts { y: number; m: number; d: number; rest: string }

const DATE_NUMERIC = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})/;
const DATE_CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?/;

/** The date at the start of text, and the separator-and-time that follows it ('' when none). */
function splitDate(text: string): DateParts | undefined {
  const numeric = DATE_NUMERIC.exec(text);
  if (numeric) return { y: +numeric[1]!, m: +numeric[3]!, d: +numeric[4]!, rest: separated(text.slice(numeric[0].length), false) };
  const chinese = DATE_CHINESE.exec(text);
  if (chinese) return { y: +chinese[1]!, m: +chinese[2]!, d: +chinese[3]!, rest: separated(text.slice(chinese[0].length), true) };
  return undefined;
}

/** The time after a date: a space or T must part them, except after 日; '\0' marks a missing separator. */
function separated(rest: string, chinese: boolean): string {
  if (rest === '') return '';
  const sep = /^(?:\s+|T)/.exec(rest);
  if (sep) return rest.slice(sep[0].length);
  return chinese ? rest : '\0';
}

interface Time { h: number; min: number; s: number }

const TIME_COLON = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const TIME_CHINESE = /^(\d{1,2})\s*[时点]\s*(\d{1,2})\s*分(?:\s*(\d{1,2})\s*秒)?$/;

function parseTime(text: string): Time | undefined {
  const match = TIME_COLON.exec(text) ?? TIME_CHINESE.exec(text);
  return match ? { h: +match[1]!, min: +match[2]!, s: +(match[3] ?? 0) } : undefined;
}

function isRealTime(t: Time): boolean {
  return t.h <= 23 && t.min <= 59 && t.s <= 59;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a y-m-d is not a calendar day, or undefined when it is one. */
function unrealDate(text: string, p: DateParts, code: string): ParsedValue | undefined {
  // Every month has a 28th: only later days need the calendar.
  if (p.m >= 1 && p.m <= 12 && p.d >= 1 && (p.d <= 28 || isRealDate(p.y, p.m, p.d))) return undefined;
  const v = shown(text);
  if (p.m < 1 || p.m > 12) {
    return fail(code, `${v.en} is not a real day: there is no month ${p.m}. Check the date.`,
      `${v.zh}这一天不存在：没有 ${p.m} 月。请核对日期。`);
  }
  const last = new Date(Date.UTC(p.y, p.m, 0)).getUTCDate();
  return fail(code, `${v.en} is not a real day: ${MONTHS[p.m - 1]} ${p.y} has only ${last} days. Check the date.`,
    `${v.zh}这一天不存在：${p.y}年${p.m}月只有 ${last} 天。请核对日期。`);
}

/** The forms Kefu itself writes, "2026-11-03" and "2026-11-03 14:05[:09]", all digits two wide (four for the year). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** y-m-d when it is a calendar day, checked as unrealDate does (without its parts object: this runs for every date cell). */
function realDay(y: string, m: string, d: string): boolean {
  const month = +m;
  const day = +d;
  return month >= 1 && month <= 12 && day >= 1 && (day <= 28 || isRealDate(+y, month, day));
}

function parseDate(text: string): ParsedValue {
  // Fast path: already in the ISO form parseDate would write, so the value is the text itself.
  const iso = ISO_DATE.exec(text);
  if (iso && realDay(iso[1]!, iso[2]!, iso[3]!)) return { ok: true, value: text };
  const v = shown(text);
  const parts = splitDate(text);
  const time = parts && parts.rest !== '' ? parseTime(parts.rest) : undefined;
  if (!parts || (parts.rest !== '' && !time)) {
    return fail('bad-date', `${v.en} is not a date we can read. Write it like ${DATE_FORMS}.`,
      `${v.zh}不是可识别的日期。请写成${DATE_FORMS_ZH}。`);
  }
  if (time && (time.h !== 0 || time.min !== 0 || time.s !== 0)) {
    return fail('bad-date', `${v.en}: this column holds a date only. Remove the time of day, ${DATE_FORMS}.`,
      `${v.zh}：这一列只填日期，请去掉时间，${DATE_FORMS_ZH}。`);
  }
  return unrealDate(text, parts, 'bad-date') ?? { ok: true, value: formatIsoDate(parts.y, parts.m, parts.d) };
}

/**
 * "2026-11-03 14:05" and "2026-11-03T14:05:09", read by position without a regex (a date-time column has a new text on
 * almost every row): the ISO value, or undefined for any other text (the regex path then reads it, or says why not).
 */
function isoDateTimeByPosition(text: string): string | undefined {
  const seconds = text.length === 19;
  if (text.length !== 16 && !seconds) return undefined;
  const sep = text.charCodeAt(10);
  if (text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d || (sep !== 0x20 && sep !== 0x54) || text.charCodeAt(13) !== 0x3a) return undefined;
  if (seconds && text.charCodeAt(16) !== 0x3a) return undefined;
  const century = twoDigits(text, 0);
  const yy = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = seconds ? twoDigits(text, 17) : 0;
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return undefined;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || (day > 28 && !isRealDate(year, month, day)) || hour > 23 || minute > 59 || second > 59) return undefined;
  if (sep === 0x54 && seconds) return text;
  return `${text.slice(0, 10)}T${text.slice(11, 16)}:${seconds ? text.slice(17) : '00'}`;
}

function parseDateTime(text: string): ParsedValue {
  const byPosition = isoDateTimeByPosition(text);
  if (byPosition !== undefined) return { ok: true, value: byPosition };
  // Fast path: zero-padded ISO-like text gives the same digits back in the ISO form.
  const iso = ISO_DATE_TIME.exec(text);
  if (iso && realDay(iso[1]!, iso[2]!, iso[3]!) && +iso[4]! <= 23 && +iso[5]! <= 59 && +(iso[6] ?? 0) <= 59) {
    return { ok: true, value: `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}:${iso[6] ?? '00'}` };
  }
  const v = shown(text);
  const parts = splitDate(text);
  if (parts && parts.rest === '') {
    return fail('bad-date-time', `${v.en} needs a time too, e.g. ${formatIsoDate(parts.y, parts.m, parts.d)} 14:05.`,
      `${v.zh}还需要填写时间，如 ${formatIsoDate(parts.y, parts.m, parts.d)} 14:05。`);
  }
  const time = parts ? parseTime(parts.rest) : undefined;
  if (!parts || !time) {
    return fail('bad-date-time', `${v.en} is not a date and time we can read. Write it like ${TIME_FORMS}.`,
      `${v.zh}不是可识别的日期时间。请写成${TIME_FORMS_ZH}。`);
  }
  const unreal = unrealDate(text, parts, 'bad-date-time');
  if (unreal) return unreal;
  if (!isRealTime(time)) {
    return fail('bad-date-time', `${v.en} is not a time of day: hours go from 0 to 23, minutes and seconds from 0 to 59.`,
      `${v.zh}不是有效的时间：小时为 0–23，分钟和秒为 0–59。`);
  }
  const hms = [time.h, time.min, time.s].map((n) => String(n).padStart(2, '0')).join(':');
  return { ok: true, value: `${formatIsoDate(parts.y, parts.m, parts.d)}T${hms}` };
}

const LISTED = 10;

function parseEnum(text: string, column: Column, settings: Settings, listLang: Lang | undefined): ParsedValue {
  const list = allowedValues(column, settings);
  const key = matchEnum(list, text);
  if (key !== undefined) return { ok: true, value: key };
  const v = shown(text);
  const more = list.length - LISTED;
  // The values as the sheet's users type them: a Chinese-headed sheet holds 已接通, an English one "reached".
  const en = list.slice(0, LISTED).map((x) => x[listLang ?? 'en']).join(', ') + (more > 0 ? ` and ${more} more` : '');
  const zh = list.slice(0, LISTED).map((x) => x[listLang ?? 'zh']).join('、') + (more > 0 ? ` 等 ${list.length} 项` : '');
  const fromSettings = typeof column.values === 'function';
  return fail('not-in-list',
    `${v.en} is not in the list. Use one of: ${en}` + (fromSettings ? ', or add it to the list in the Settings sheet (设置).' : '.'),
    `${v.zh}不在可选列表中。请使用：${zh}` + (fromSettings ? '；或先在“设置”表的列表中添加它。' : '。'));
}

const INTEGER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/;
const MONEY = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/;

/** The number in text without thousands commas; -0 becomes 0 so equal values compare equal. */
function toNumber(text: string): number {
  return Number(text.replace(/,/g, '')) + 0;
}

function checkRange(text: string, value: number, column: Column): ParsedValue {
  const low = column.min !== undefined && value < column.min;
  if (!low && !(column.max !== undefined && value > column.max)) return { ok: true, value };
  // The quoted value is built only for a message: most cells are fine.
  const v = shown(text);
  if (low) {
    return fail('below-min', `${v.en} is below the smallest allowed value, ${column.min}.`,
      `${v.zh}小于允许的最小值 ${column.min}。`);
  }
  if (column.max !== undefined && value > column.max) {
    return fail('above-max', `${v.en} is above the largest allowed value, ${column.max}.`,
      `${v.zh}大于允许的最大值 ${column.max}。`);
  }
  return { ok: true, value };
}

function parseInteger(text: string, column: Column): ParsedValue {
  const value = INTEGER.test(text) ? toNumber(text) : NaN;
  if (Number.isSafeInteger(value)) return checkRange(text, value, column);
  const v = shown(text);
  return fail('bad-integer', `${v.en} is not a whole number. Write digits only, e.g. 12 or 1,234.`,
    `${v.zh}不是整数。请只填数字，如 12 或 1,234。`);
}

function parseMoney(text: string, column: Column): ParsedValue {
  const bare = text.replace(/^([+-]?)\s*[¥￥]\s*/, '$1').replace(/\s*元$/, '');
  const value = MONEY.test(bare) ? toNumber(bare) : NaN;
  if (Number.isFinite(value) && Math.abs(value) < 1e15) return checkRange(text, value, column);
  const v = shown(text);
  return fail('bad-money', `${v.en} is not an amount of money. Write a number with at most 2 decimals, e.g. 1234.50 or ¥1,234.50.`,
    `${v.zh}不是有效的金额。请填写最多两位小数的数字，如 1234.50 或 ¥1,234.50。`);
}

const BOOLEANS: Record<string, boolean> = {
  '是': true, '否': false, yes: true, no: false, y: true, n: false, true: true, false: false,
  '1': true, '0': false, '✓': true, '✗': false, '✔': true, '✘': false, '√': true, '×': false, '对': true, '错': false,
};

function parseBoolean(text: string): ParsedValue {
  const value = BOOLEANS[text.toLowerCase()];
  if (value !== undefined) return { ok: true, value };
  const v = shown(text);
  return fail('bad-boolean', `${v.en} is not a yes or no. Write 是 or 否 (yes / no).`,
    `${v.zh}不是“是”或“否”。请填写 是 或 否。`);
}
