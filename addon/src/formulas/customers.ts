// Live formulas of the customer archive: referrals, tier, next service date, follow-up due and overdue.
import { PURPOSE, REACHED, TIER, type EnumValue, type Tier } from '../../../shared/enums';
import { namedRange as n } from './names';
import { text, type RangeContext } from './ranges';

type Body = (r: RangeContext) => string;

/** Any one threshold reached; + stands for OR because OR would collapse the whole array to one value. */
function reaches(r: RangeContext, tier: Exclude<Tier, 'ordinary'>): string {
  return `(${r.col('spendThisYear')}>=${n(`tier.${tier}.spend`)})`
    + `+(${r.col('visitsThisYear')}>=${n(`tier.${tier}.visits`)})`
    + `+(${r.col('referrals')}>=${n(`tier.${tier}.referrals`)})`;
}

function label(r: RangeContext, tier: Tier): string {
  return text(TIER.find((t) => t.key === tier)![r.lang]);
}

const labelOf = (r: RangeContext, list: readonly EnumValue[], key: string): string => text(list.find((v) => v.key === key)![r.lang]);

/** 1 where the row's stage is one of the after-sales stages: the Settings cell's items, separators and spaces evened out, matched whole. */
function afterSales(r: RangeContext): string {
  let items = n('followUp.afterSalesStages');
  for (const separator of ['"；"', '"、"', 'CHAR(10)', '"/"']) items = `SUBSTITUTE(${items},${separator},";")`;
  return `(${r.col('stage')}<>"")*ISNUMBER(SEARCH(";"&SUBSTITUTE(${r.col('stage')}," ","")&";",";"&SUBSTITUTE(${items}," ","")&";"))`;
}

/** Last visit + the window's last day: the after-sales first call's (000, 3–7 days) or the post-service call's (001, 3 days). */
const due = (r: RangeContext): string => `${r.col('lastVisit')}+IF(${afterSales(r)},${n('followUp.firstAfterSalesMaxDays')},${n('followUp.postServiceDays')})`;
/** The window's first day: after-sales calls count from day 3, post-service calls from the visit day. */
const opens = (r: RangeContext): string => `${r.col('lastVisit')}+IF(${afterSales(r)},${n('followUp.firstAfterSalesMinDays')},0)`;

/** The calls sheet's criteria that make a call complete a follow-up: reached, not inbound, not a second follow-up. */
function completingCriteria(r: RangeContext, calls: (key: string) => string): string {
  return `${calls('reached')},${labelOf(r, REACHED, 'reached')},`
    + `${calls('purpose')},"<>"&${labelOf(r, PURPOSE, 'inbound')},${calls('purpose')},"<>"&${labelOf(r, PURPOSE, 'second-follow-up')}`;
}

/**
 * Completing calls to the customer from the window's first day to today. The whole-sheet count has no TODAY() in it
 * (its result does not change with the day); the calls dated after today, normally none, are taken off through FILTER.
 */
function completing(r: RangeContext): string {
  const calls = (key: string) => r.other('calls', key);
  const fromOpens = `COUNTIFS(${calls('customerId')},${r.col('id')},${calls('at')},">="&(${opens(r)}),${completingCriteria(r, calls)})`;
  const future = `${calls('at')}>=TODAY()+1`;
  const later = (key: string): string => `IFERROR(FILTER(${calls(key)},${future}),"")`;
  const dated = `COUNTIFS(${later('customerId')},${r.col('id')},${later('at')},">="&(${opens(r)}),${completingCriteria(r, later)})`;
  return `(${fromOpens}-${dated})`;
}

export const CUSTOMER_FORMULAS: Record<string, Body> = {
  referrals: (r) => `COUNTIF(${r.col('referrerId')},${r.col('id')})`,
  tier: (r) => `IF(${reaches(r, 'vip')},${label(r, 'vip')},IF(${reaches(r, 'core')},${label(r, 'core')},`
    + `IF(${reaches(r, 'potential')},${label(r, 'potential')},${label(r, 'ordinary')})))`,
  nextServiceDate: (r) => `IF(${r.col('lastVisit')}="",,${r.col('lastVisit')}`
    + `+IF(${r.col('serviceCycleDays')}="",${n('serviceCycleDays')},${r.col('serviceCycleDays')}))`,
  followUpDue: (r) => `IF(${r.col('lastVisit')}="",,${due(r)})`,
  // Overdue: the window has closed and no reached call completing it is dated from its first day to today; never for a refusal
  // (ISLOGICAL first, because a blank cell equals FALSE in Sheets).
  followUpOverdue: (r) => `IF(${r.col('lastVisit')}="",FALSE(),(${due(r)}<TODAY())*(${completing(r)}=0)`
    + `*(1-ISLOGICAL(${r.col('consent')})*(${r.col('consent')}=FALSE()))=1)`,
};
