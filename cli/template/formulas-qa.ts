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
  // IF, not a product: Excel skips the SUMIFS of a criterion the rubric does not mark critical (by default, none).
  const critical = QA_CRITERION.map(({ key }) => `IF(${criticalName(key)}=1,SUMIFS(${r.col(key)},${sameDay(r)}),0)`).join('+');
  return `OR(${tooMany},${critical}>0)`;
}

/**
 * The row's share of its agent-day when that day lost its point: 1 / the day's rows, else 0. A month's shares add up to
 * its lost days, each counted once however many rows it has; one SUMIFS then replaces counting distinct days, which
 * Excel 2016 cannot do in one formula.
 */
const lostDayShare = (r: RowContext): string => `IF(${r.cell('dayPoint')}=0,1/COUNTIFS(${sameDay(r)}),0)`;

/** Lost days of this agent in this row's calendar month: the shares added up, rounded off the float noise of 1/3 + 1/3 + 1/3. */
function lostDays(r: RowContext): string {
  const date = r.cell('date');
  return `ROUND(SUMIFS(${r.col('lostDayShare')},${r.col('agent')},${r.cell('agent')},${r.col('date')},">="&(EOMONTH(${date},-1)+1),`
    + `${r.col('date')},"<"&(EOMONTH(${date},0)+1)),0)`;
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
  monthlyPoints: (r) => `MAX(0,${n('qa.pointsPerMonth')}-${lostDays(r)})`,
  bonusBand,
  lostDayShare,
};
