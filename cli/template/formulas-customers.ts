// Excel formulas of the customer archive, one per row: referrals, tier, next service date, follow-up due and overdue.
import { PURPOSE, REACHED, TIER, type EnumValue, type Tier } from '../../shared/enums';
import { namedRange as n, text, type RowContext } from './row-context';

type Body = (r: RowContext) => string;

const labelOf = (r: RowContext, list: readonly EnumValue[], key: string): string => text(list.find((v) => v.key === key)![r.lang]);

/** Any one threshold reached (classifyTier). */
function reaches(r: RowContext, tier: Exclude<Tier, 'ordinary'>): string {
  return `OR(${r.cell('spendThisYear')}>=${n(`tier.${tier}.spend`)},${r.cell('visitsThisYear')}>=${n(`tier.${tier}.visits`)},`
    + `${r.cell('referrals')}>=${n(`tier.${tier}.referrals`)})`;
}

/** TRUE where the row's stage is one of the Settings' after-sales stages: separators and spaces evened out, matched whole. */
function afterSales(r: RowContext): string {
  let items = n('followUp.afterSalesStages');
  for (const separator of ['"；"', '"、"', 'CHAR(10)', '"/"']) items = `SUBSTITUTE(${items},${separator},";")`;
  const stage = r.cell('stage');
  return `AND(${stage}<>"",ISNUMBER(SEARCH(";"&SUBSTITUTE(${stage}," ","")&";",";"&SUBSTITUTE(${items}," ","")&";")))`;
}

/** The window's last day: after-sales first call (000, day 3–7) or post-service call (001, 3 days). */
const due = (r: RowContext): string =>
  `${r.cell('lastVisit')}+IF(${afterSales(r)},${n('followUp.firstAfterSalesMaxDays')},${n('followUp.postServiceDays')})`;
/** The window's first day: after-sales calls count from day 3, post-service calls from the visit day. */
const opens = (r: RowContext): string => `${r.cell('lastVisit')}+IF(${afterSales(r)},${n('followUp.firstAfterSalesMinDays')},0)`;

/**
 * Reached, outbound, not a second follow-up, dated from the window's first day to today: the calls that complete it.
 * Counted as all reached calls less the inbound and second follow-up ones: a "<>" criterion also matches every empty
 * row, which makes LibreOffice scan a whole column's million rows (the sample's 500 customers took 97 s to recalculate, now 9 s).
 */
function completing(r: RowContext): string {
  const calls = (key: string): string => r.other('calls', key);
  const reached = `${calls('customerId')},${r.cell('id')},${calls('at')},">="&(${opens(r)}),${calls('at')},"<"&(TODAY()+1),`
    + `${calls('reached')},${labelOf(r, REACHED, 'reached')}`;
  const purpose = (key: string): string => `-COUNTIFS(${reached},${calls('purpose')},${labelOf(r, PURPOSE, key)})`;
  return `(COUNTIFS(${reached})${purpose('inbound')}${purpose('second-follow-up')})`;
}

/** Words `kefu check` reads as "no" in a yes/no cell (shared/csv/parse-value); a logical FALSE reads "false" once joined to "". */
export const NO_WORDS = ['否', 'no', 'n', 'false', '0', '✗', '✘', '×', '错'] as const;

/** The customer refused contact: the consent cell says no, typed as a word or a logical FALSE; blank is not a refusal. */
function refused(r: RowContext): string {
  const said = `LOWER(TRIM(${r.cell('consent')}&""))`;
  return `OR(${NO_WORDS.map((w) => `${said}=${text(w)}`).join(',')})`;
}

export const CUSTOMER_FORMULAS: Record<string, Body> = {
  referrals: (r) => `COUNTIF(${r.col('referrerId')},${r.cell('id')})`,
  tier: (r) => TIER.slice(0, -1).reduceRight(
    (otherwise, t) => `IF(${reaches(r, t.key as Exclude<Tier, 'ordinary'>)},${text(t[r.lang])},${otherwise})`,
    text(TIER.at(-1)![r.lang])),
  nextServiceDate: (r) => `IF(${r.cell('lastVisit')}="","",${r.cell('lastVisit')}`
    + `+IF(${r.cell('serviceCycleDays')}="",${n('serviceCycleDays')},${r.cell('serviceCycleDays')}))`,
  followUpDue: (r) => `IF(${r.cell('lastVisit')}="","",${due(r)})`,
  // Overdue: the window has closed and no completing call is dated from its first day to today; never for a refusal.
  followUpOverdue: (r) => `IF(${r.cell('lastVisit')}="",FALSE(),AND(${due(r)}<TODAY(),${completing(r)}=0,NOT(${refused(r)})))`,
};
