// Live formulas of the QA audits: the row's day point and the agent's points for that calendar month.
import { namedRange as n } from './names';
import type { RangeContext } from './ranges';

type Body = (r: RangeContext) => string;

/**
 * Days of this agent in this month that lost their point. Rows of one agent and date are added up
 * first (the limit is per day), and only the first row of such a day is counted, so a day counts once.
 * "@" joins the keys because HyperFormula's criteria fail to match text containing "|".
 */
function lostDays(r: RangeContext): string {
  const [date, agent, unqualified] = [r.col('date'), r.col('agent'), r.col('unqualified')];
  const month = `${agent}&"@"&EOMONTH(${date},0)`;
  const day = `${agent}&"@"&${date}`;
  const lost = `(SUMIFS(${unqualified},${agent},${agent},${date},${date})>=${n('qa.unqualifiedLimit')})`;
  const first = `(MATCH(${day},${day},0)=SEQUENCE(${r.rows}))`;
  return `COUNTIFS(${month},${month},${lost}*${first},1)`;
}

export const QA_AUDIT_FORMULAS: Record<string, Body> = {
  dayPoint: (r) => `IF(${r.col('unqualified')}>=${n('qa.unqualifiedLimit')},0,1)`,
  // max(0, points − lost) as "how many of 1…points exceed lost": MAX would collapse the array, IF would repeat the count.
  monthlyPoints: (r) => `COUNTIF(SEQUENCE(${n('qa.pointsPerMonth')}),">"&${lostDays(r)})`,
};
