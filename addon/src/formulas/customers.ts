// Live formulas of the customer archive: referrals, tier, next service date, follow-up due, done and overdue; and the calls' completion index.
import { PURPOSE, REACHED, TIER, type EnumValue, type Tier } from '../../../shared/enums';
import { namedRange as n } from './names';
import { text, type RangeContext } from './ranges';
import { DAY_SPAN, filledKeys, keyOf, rankIn, countOfRank } from './sorted-lookup';

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

/** 1 for a calls-sheet row that completes a follow-up: a customer, a date, reached, not inbound, not a second follow-up. */
function completes(r: RangeContext, calls: (key: string) => string): string {
  return `(${calls('customerId')}<>"")*ISNUMBER(${calls('at')})*(${calls('at')}<${DAY_SPAN})*(${calls('reached')}=${labelOf(r, REACHED, 'reached')})`
    + `*(${calls('purpose')}<>${labelOf(r, PURPOSE, 'inbound')})*(${calls('purpose')}<>${labelOf(r, PURPOSE, 'second-follow-up')})>0`;
}

/**
 * The ids of both sheets ranked together, written the same from either sheet so both rank a key alike: the
 * customers' ids and the completing calls' customer ids. customerIds is the customers sheet's id column.
 */
function completionRanks(r: RangeContext, customerIds: string, calls: (key: string) => string): { all: string; callKeys: string } {
  const callKeys = `FILTER(${keyOf(calls('customerId'))},${completes(r, calls)})`;
  return { all: `{${filledKeys(customerIds)};${callKeys}}`, callKeys };
}

/**
 * The calls sheet's hidden completion index: every completing call as -(its customer's rank × DAY_SPAN + its day),
 * sorted, so VLOOKUP(-(rank × DAY_SPAN + first day), …, TRUE) finds the customer's first completing call from that day.
 * Nothing in it changes with the day (no TODAY()).
 */
export function completionIndex(r: RangeContext): string {
  const calls = (key: string): string => r.col(key);
  const { all, callKeys } = completionRanks(r, r.other('customers', 'id'), calls);
  const days = `INT(FILTER(${calls('at')},${completes(r, calls)}))`;
  return `IFERROR(SORT(-(${rankIn(all, callKeys)}*${DAY_SPAN}+${days})),)`;
}

/**
 * The day of the first completing call on or after the window's first day, however late (even after today), as the
 * shared rule's doneAt; blank when there is none. Per customer its rank (a binary search in the ids, written three
 * times) and a VLOOKUP(…,TRUE) into the index (a binary search, written twice); no TODAY().
 */
function doneOn(r: RangeContext): string {
  const calls = (key: string): string => r.other('calls', key);
  const { all } = completionRanks(r, r.col('id'), calls);
  const rank = rankIn(all, keyOf(r.col('id')));
  const found = `-VLOOKUP(-(${rank}*${DAY_SPAN}+${opens(r)}),${r.other('calls', 'completionIndex')},1,TRUE())`;
  // The call found belongs to the next customer when this one has none from that day: then blank.
  return `IF(${r.col('lastVisit')}="",,IFERROR(IF(INT(${found}/${DAY_SPAN})=${rank},MOD(${found},${DAY_SPAN}),),))`;
}

/** How many customers name the row's customer as referrer: ids and referrers ranked together, then counted by rank. */
function referrals(r: RangeContext): string {
  const [id, referrer] = [r.col('id'), r.col('referrerId')];
  const referrers = `FILTER(${keyOf(referrer)},${referrer}<>"",SEQUENCE(ROWS(${referrer}))>1)`;
  const all = `{${filledKeys(id)};${referrers}}`;
  const span = `ROWS(${referrer})`;
  const entries = `${rankIn(all, referrers)}*${span}+SEQUENCE(ROWS(${referrers}))`;
  return countOfRank(rankIn(all, keyOf(id)), entries, span);
}

export const CUSTOMER_FORMULAS: Record<string, Body> = {
  referrals,
  tier: (r) => `IF(${reaches(r, 'vip')},${label(r, 'vip')},IF(${reaches(r, 'core')},${label(r, 'core')},`
    + `IF(${reaches(r, 'potential')},${label(r, 'potential')},${label(r, 'ordinary')})))`,
  nextServiceDate: (r) => `IF(${r.col('lastVisit')}="",,${r.col('lastVisit')}`
    + `+IF(${r.col('serviceCycleDays')}="",${n('serviceCycleDays')},${r.col('serviceCycleDays')}))`,
  followUpDue: (r) => `IF(${r.col('lastVisit')}="",,${due(r)})`,
  followUpDoneAt: doneOn,
  // Overdue: the window has closed and the first completing call (the hidden helper) is not dated today or before; never
  // for a refusal (ISLOGICAL first, because a blank cell equals FALSE in Sheets). Element-wise only: TODAY() reruns nothing big.
  followUpOverdue: (r) => `IF(${r.col('lastVisit')}="",FALSE(),(${due(r)}<TODAY())`
    + `*(1-(${r.col('followUpDoneAt')}<>"")*(${r.col('followUpDoneAt')}<=TODAY()))`
    + `*(1-ISLOGICAL(${r.col('consent')})*(${r.col('consent')}=FALSE()))=1)`,
};
