// Excel formulas of the QA audits, one per row: the agent's day point, their points for the calendar month and its bonus band.
import { BONUS_BAND, QA_CRITERION, type BonusBand } from '../../shared/enums';
import { CRITICAL_MARKS, normaliseRubricText, RUBRIC_IGNORED, RUBRIC_SEPARATORS, rubricLabels } from '../../shared/rules/qa-rubric';
import { namedRange as n, text, type RowContext } from './row-context';

type Body = (r: RowContext) => string;

const CHAR_OF: Record<string, string> = { '\n': 'CHAR(10)', '\r': 'CHAR(13)' };
const literal = (ch: string): string => CHAR_OF[ch] ?? text(ch);
const substitute = (inner: string, from: string, to: string): string => `SUBSTITUTE(${inner},${from},${text(to)})`;

/** The name of the Lists-sheet cell saying whether a criterion is critical (1) or not (0) under the Settings rubric. */
export const criticalName = (key: string): string => n(`qa.critical.${key}`);

/**
 * Whether qa.rubric marks a criterion critical, read as parseQaRubric reads it: ";" between items, ignored characters and
 * penalty digits dropped, every label turned into its key and a critical mark into "!", then ";key!;" looked for.
 * Computed once in a helper cell rather than in every row, which would make each row's formula several thousand characters.
 */
export function criticalFormula(key: string): string {
  let t = `LOWER(${n('qa.rubric')})`;
  for (const sep of RUBRIC_SEPARATORS) if (sep !== ';') t = substitute(t, literal(sep), ';');
  for (const ch of [...RUBRIC_IGNORED, ...'0123456789']) t = substitute(t, text(ch), '');
  for (const mark of Object.values(CRITICAL_MARKS)) t = substitute(t, text(normaliseRubricText(mark)), '!');
  t = `";"&${t}&";"`;
  for (const { key: k } of QA_CRITERION) {
    for (const label of rubricLabels(k)) if (label !== k) t = substitute(t, text(`;${label}`), `;${k}`);
  }
  return `IF(ISNUMBER(FIND(${text(`;${key}!;`)},${t})),1,0)`;
}

/** SUMIFS criteria picking this row's agent on this row's calendar day. */
const sameDay = (r: RowContext): string =>
  `${r.col('agent')},${r.cell('agent')},${r.col('date')},">="&INT(${r.cell('date')}),${r.col('date')},"<"&(INT(${r.cell('date')})+1)`;

/** 002: the day's unqualified count, all its rows added up, reaches the limit, or a critical criterion failed that day. */
function dayLost(r: RowContext): string {
  const tooMany = `SUMIFS(${r.col('unqualified')},${sameDay(r)})>=${n('qa.unqualifiedLimit')}`;
  const critical = QA_CRITERION.map(({ key }) => `${criticalName(key)}*SUMIFS(${r.col(key)},${sameDay(r)})`).join('+');
  return `OR(${tooMany},${critical}>0)`;
}

/** The longest month: its days are counted one by one, as Excel 2016 has no way to count distinct days in one COUNTIFS. */
const MONTH_DAYS = 31;
/** Every month has at least this many days, so only later days need checking against the month's end. */
const SHORTEST_MONTH = 28;

/** Days of this agent in this row's month with a day point of 0: one COUNTIFS per day of the month. */
function lostDays(r: RowContext): string {
  const first = `(EOMONTH(${r.cell('date')},-1)+1)`;
  const terms = Array.from({ length: MONTH_DAYS }, (_, d) => {
    const lost = `(COUNTIFS(${r.col('agent')},${r.cell('agent')},${r.col('date')},">="&(${first}+${d}),`
      + `${r.col('date')},"<"&(${first}+${d + 1}),${r.col('dayPoint')},0)>0)`;
    return d < SHORTEST_MONTH ? lost : `${lost}*(${d}<DAY(EOMONTH(${r.cell('date')},0)))`;
  });
  return terms.join('+');
}

const band = (r: RowContext, key: BonusBand): string => text(BONUS_BAND.find((b) => b.key === key)![r.lang]);

/** 002's bands on the row's monthly points, as bonusBand: 以下 includes the number (<=), 低于 does not (<). */
function bonusBand(r: RowContext): string {
  const points = r.cell('monthlyPoints');
  return `IF(${points}<=${n('qa.noBonusAtOrBelow')},${band(r, 'none')},IF(${points}<${n('qa.minus100Below')},${band(r, 'minus-100')},`
    + `IF(${points}<${n('qa.minus50Below')},${band(r, 'minus-50')},IF(${points}>=${n('qa.fullBonusPoints')},${band(r, 'full')},${band(r, 'standard')}))))`;
}

export const QA_AUDIT_FORMULAS: Record<string, Body> = {
  dayPoint: (r) => `IF(${dayLost(r)},0,1)`,
  // max(0, points − lost days): a points setting of 0 or less scores the month 0, as the rule says.
  monthlyPoints: (r) => `MAX(0,${n('qa.pointsPerMonth')}-(${lostDays(r)}))`,
  bonusBand,
};
