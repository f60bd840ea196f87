// Live formulas of the customer archive: referrals, tier, next service date, follow-up due and overdue.
import { TIER, type Tier } from '../../../shared/enums';
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

const due = (r: RangeContext): string => `${r.col('lastVisit')}+${n('followUp.postServiceDays')}`;

export const CUSTOMER_FORMULAS: Record<string, Body> = {
  referrals: (r) => `COUNTIF(${r.col('referrerId')},${r.col('id')})`,
  tier: (r) => `IF(${reaches(r, 'vip')},${label(r, 'vip')},IF(${reaches(r, 'core')},${label(r, 'core')},`
    + `IF(${reaches(r, 'potential')},${label(r, 'potential')},${label(r, 'ordinary')})))`,
  nextServiceDate: (r) => `IF(${r.col('lastVisit')}="","",${r.col('lastVisit')}`
    + `+IF(${r.col('serviceCycleDays')}="",${n('serviceCycleDays')},${r.col('serviceCycleDays')}))`,
  followUpDue: (r) => `IF(${r.col('lastVisit')}="","",${due(r)})`,
  // Overdue: the due day has passed and no call to the customer is dated on or after the last visit.
  followUpOverdue: (r) => `IF(${r.col('lastVisit')}="",FALSE(),`
    + `(${due(r)}<TODAY())*(COUNTIFS(${r.other('calls', 'customerId')},${r.col('id')},`
    + `${r.other('calls', 'at')},">="&${r.col('lastVisit')})=0)=1)`,
};
