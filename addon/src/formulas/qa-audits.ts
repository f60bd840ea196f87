// Live formulas of the QA audits: the row's day point, the agent's points for that calendar month (honouring critical criteria) and its bonus band.
import { BONUS_BAND, QA_CRITERION, type BonusBand } from '../../../shared/enums';
import { CRITICAL_MARKS, normaliseRubricText, RUBRIC_IGNORED, RUBRIC_SEPARATORS, rubricLabels } from '../../../shared/rules/qa-rubric';
import { namedRange as n } from './names';
import { text, type RangeContext } from './ranges';
import { countOfRank, rankIn } from './sorted-lookup';

type Body = (r: RangeContext) => string;

const CHAR_OF: Record<string, string> = { '\n': 'CHAR(10)', '\r': 'CHAR(13)' };
const literal = (ch: string): string => CHAR_OF[ch] ?? text(ch);
const substitute = (inner: string, from: string, to: string): string => `SUBSTITUTE(${inner},${from},${text(to)})`;

/**
 * The rubric cell read as parseQaRubric reads it: ";" between items, ignored characters and penalty digits
 * dropped, every label turned into its key and a critical mark into "!". A critical criterion then shows as ";key!;".
 */
function rubricKeys(): string {
  let t = `LOWER(${n('qa.rubric')})`;
  for (const sep of RUBRIC_SEPARATORS) if (sep !== ';') t = substitute(t, literal(sep), ';');
  for (const ch of [...RUBRIC_IGNORED, ...'0123456789']) t = substitute(t, text(ch), '');
  for (const mark of Object.values(CRITICAL_MARKS)) t = substitute(t, text(normaliseRubricText(mark)), '!');
  t = `";"&${t}&";"`;
  for (const { key } of QA_CRITERION) {
    for (const label of rubricLabels(key)) if (label !== key) t = substitute(t, text(`;${label}`), `;${key}`);
  }
  return t;
}

/** Per row: unqualified conversations on critical criteria (each criterion's count times 1 if critical, else 0). */
function criticalFails(r: RangeContext): string {
  const rubric = rubricKeys();
  return QA_CRITERION.map(({ key }) => `ISNUMBER(FIND(${text(`;${key}!;`)},${rubric}))*${r.col(key)}`).join('+');
}

/** "AGENT@day" and "AGENT@month end" keys (upper case, as SUMIF matches without case) and their ranks among the dated rows. */
function keys(r: RangeContext): { day: string; month: string; dated: string; dayRank: (key: string) => string; monthRank: (key: string) => string } {
  const [date, agent] = [r.col('date'), r.col('agent')];
  const day = `UPPER(${agent}&"@"&INT(${date}))`;
  const month = `UPPER(${agent}&"@"&EOMONTH(${date},0))`;
  const dated = `ISNUMBER(${date})`;
  return {
    day, month, dated,
    dayRank: (key) => rankIn(`FILTER(${day},${dated})`, key),
    monthRank: (key) => rankIn(`FILTER(${month},${dated})`, key),
  };
}

/**
 * Per row: whether the row's agent and day lost the point. Rows of one agent and date are added up first (002's limit
 * is per day) with SUMIF on "agent@date" keys, which Sheets expands row by row inside ARRAYFORMULA (SUMIFS it does not):
 * n² comparisons, as no sum per key is possible with lookups alone (a running total needs SCAN/LAMBDA, which
 * HyperFormula lacks). A critical criterion is a lookup: is the day's rank among the ranks of days with one. "@" because
 * HyperFormula's criteria fail to match text with "|".
 */
function dayLost(r: RangeContext): string {
  const k = keys(r);
  const day = `${r.col('agent')}&"@"&INT(${r.col('date')})`;
  const tooMany = `(SUMIF(${day},${day},${r.col('unqualified')})>=${n('qa.unqualifiedLimit')})`;
  // IFERROR: the header row's criterion cells hold text, and an error in a FILTER condition would fail the whole list.
  const criticalDays = `UNIQUE(FILTER(${k.dayRank(k.day)},IFERROR(${k.dated}*(${criticalFails(r)}),0)>0))`;
  const critical = `(${countOfRank(k.dayRank(k.day), criticalDays, '1')}>0)`;
  return `((${tooMany}+${critical})>0)`;
}

/**
 * Days of this agent in this month that lost their point (the day point column is 0): each such day once, as
 * month rank × rows + day rank made distinct by UNIQUE, counted by the month's rank.
 */
function lostDays(r: RangeContext): string {
  const k = keys(r);
  const point = r.col('dayPoint');
  const span = `ROWS(${r.col('date')})`;
  const lost = `UNIQUE(FILTER(${k.monthRank(k.month)}*${span}+${k.dayRank(k.day)},${k.dated}*(${point}<>"")*(${point}=0)>0))`;
  return countOfRank(k.monthRank(k.month), lost, span);
}

const band = (r: RangeContext, key: BonusBand): string => text(BONUS_BAND.find((b) => b.key === key)![r.lang]);

/** 002's bands on the row's monthly points, as bonusBand: 以下 includes the number (<=), 低于 does not (<). */
function bonusBand(r: RangeContext): string {
  const points = r.col('monthlyPoints');
  return `IF(${points}<=${n('qa.noBonusAtOrBelow')},${band(r, 'none')},IF(${points}<${n('qa.minus100Below')},${band(r, 'minus-100')},`
    + `IF(${points}<${n('qa.minus50Below')},${band(r, 'minus-50')},IF(${points}>=${n('qa.fullBonusPoints')},${band(r, 'full')},${band(r, 'standard')}))))`;
}

export const QA_AUDIT_FORMULAS: Record<string, Body> = {
  dayPoint: (r) => `IF(${dayLost(r)},0,1)`,
  // max(0, points − lost) as "how many of 1…points exceed lost": MAX would collapse the array, IF would repeat the count.
  // MAX(1, …) and ×(points>0) keep a points setting of 0 or less from an error: the month then scores 0, as the rule says.
  monthlyPoints: (r) => `COUNTIF(SEQUENCE(MAX(1,${n('qa.pointsPerMonth')})),">"&${lostDays(r)})*(${n('qa.pointsPerMonth')}>0)`,
  bonusBand,
};
