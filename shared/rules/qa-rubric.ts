// 质检 rubric: each criterion's penalty points and whether one failure costs the day (一票否决), read from and written to its Settings cell.
import { QA_CRITERION, type QaCriterion } from '../enums';

export interface RubricEntry {
  /** Penalty points per unqualified conversation on this criterion (000's 扣分 table). */
  penalty: number;
  /** One unqualified conversation on it makes the day lose its point, whatever the count (auto-fail). */
  critical: boolean;
}
export type QaRubric = Record<QaCriterion, RubricEntry>;

/** The words that mark a criterion critical in the Settings cell; the sheet formula looks for the same words. */
export const CRITICAL_MARKS = { zh: '一票否决', en: 'critical' } as const;

/** Item separators in the cell; the sheet formula turns the same characters into ";". */
export const RUBRIC_SEPARATORS = [';', '；', '、', '\n', '\r'] as const;
/** Characters dropped inside an item, so "服务态度：10，一票否决" reads like "服务态度10一票否决"; the formula drops them too. */
export const RUBRIC_IGNORED = [' ', ':', '：', ',', '，'] as const;

/** A label as the cell and the formula compare it: lower case, without the ignored characters. */
export function normaliseRubricText(text: string): string {
  let out = text.toLowerCase();
  for (const ch of RUBRIC_IGNORED) out = out.split(ch).join('');
  return out;
}

/** Every spelling of a criterion the cell accepts: its key, zh and en label (normalised, without repeats). */
export function rubricLabels(criterion: QaCriterion): string[] {
  const value = QA_CRITERION.find((c) => c.key === criterion)!;
  return [...new Set([value.zh, value.en, value.key].map(normaliseRubricText))];
}

export type RubricParse =
  | { ok: true; value: QaRubric }
  | { ok: false; message: string; messageZh: string };

const MARKS = Object.values(CRITICAL_MARKS).map(normaliseRubricText);

function readItem(item: string): { criterion: QaCriterion; penalty?: number; critical: boolean } | undefined {
  for (const { key } of QA_CRITERION) {
    const label = rubricLabels(key).find((l) => item.startsWith(l));
    if (label === undefined) continue;
    const rest = item.slice(label.length);
    const mark = MARKS.find((m) => rest.includes(m));
    const number = mark === undefined ? rest : rest.startsWith(mark) ? rest.slice(mark.length) : rest.endsWith(mark) ? rest.slice(0, -mark.length) : 'x';
    if (!/^\d*$/.test(number)) return undefined;
    return { criterion: key, critical: mark !== undefined, ...(number ? { penalty: Number(number) } : {}) };
  }
  return undefined;
}

/** The cell's text over the defaults: a criterion left out keeps its default; an unknown or repeated one is a problem. */
export function parseQaRubric(text: string, defaults: QaRubric): RubricParse {
  let normalised = text;
  for (const sep of RUBRIC_SEPARATORS) normalised = normalised.split(sep).join(';');
  const items = normalised.split(';').map(normaliseRubricText).filter(Boolean);
  const rubric = JSON.parse(JSON.stringify(defaults)) as QaRubric;
  const seen = new Set<QaCriterion>();
  for (const item of items) {
    const read = readItem(item);
    if (!read) {
      return {
        ok: false,
        message: `cannot read "${item}": write each criterion as its name, its penalty points and, if one failure costs the day, "${CRITICAL_MARKS.en}", e.g. "attitude 10 ${CRITICAL_MARKS.en}"`,
        messageZh: `无法读取"${item}"：每项写作 名称 扣分，一条不合格即当日失分的再加"${CRITICAL_MARKS.zh}"，如"服务态度 10 ${CRITICAL_MARKS.zh}"`,
      };
    }
    if (seen.has(read.criterion)) {
      return { ok: false, message: `names ${read.criterion} twice`, messageZh: `"${QA_CRITERION.find((c) => c.key === read.criterion)!.zh}"出现了两次` };
    }
    seen.add(read.criterion);
    rubric[read.criterion] = { penalty: read.penalty ?? defaults[read.criterion].penalty, critical: read.critical };
  }
  return { ok: true, value: rubric };
}

/** The Settings cell's text: "问候语 5; …; 服务态度 10 一票否决" in the sheet's language. */
export function formatQaRubric(rubric: QaRubric, lang: 'zh' | 'en' = 'zh'): string {
  return QA_CRITERION.map((c) => `${c[lang]} ${rubric[c.key].penalty}${rubric[c.key].critical ? ` ${CRITICAL_MARKS[lang]}` : ''}`).join('; ');
}

/** The criteria whose single failure costs the day. */
export function criticalCriteria(rubric: QaRubric): QaCriterion[] {
  return QA_CRITERION.map((c) => c.key).filter((key) => rubric[key].critical);
}
