// 上门拜访 for the sample: staff visit customers through the year by tier (004), most on schedule, some behind.
import { addDays } from '../../shared/dates';
import type { Call } from '../../shared/schema/calls';
import type { Settings } from '../../shared/settings';
import { monthsJudged, staffVisitsDue } from '../../shared/rules/visit-minimum';
import { isClosed, isHolidayWeek, workingTime, type Roster } from './calendar';
import type { CustomerPlan, Period } from './customers';
import type { Random } from './random';

const NOTES = ['上门送相册', '上门拜访，了解近况', '周年纪念上门问候', '上门商谈续拍', '上门回访，客户很满意'];

/** Share of customers owing visits whose visits fall behind: the archive report's finding. */
const BEHIND = 0.2;

/** Each calendar year's part of the period from the customer's first visit on. */
function yearParts(period: Period, firstVisit: string): { from: string; to: string }[] {
  const parts: { from: string; to: string }[] = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year += 1) {
    const from = [`${year}-01-01`, period.from, firstVisit].reduce((a, b) => (a > b ? a : b));
    const to = `${year}-12-31` < period.to ? `${year}-12-31` : period.to;
    if (from <= to) parts.push({ from, to });
  }
  return parts;
}

export function generateStaffVisits(random: Random, plans: readonly CustomerPlan[], roster: Roster, settings: Settings, period: Period): Call[] {
  const calls: Call[] = [];
  const visit = (plan: CustomerPlan, date: string, until: string): void => {
    let day = date;
    while (day <= until && (isClosed(day) || isHolidayWeek(day) || roster.working(day).length === 0)) day = addDays(day, 1);
    if (day > until) return;
    const own = plan.customer.assignedAgent;
    const agent = own && roster.works(own, day) ? own : random.pick(roster.working(day));
    calls.push({
      id: '', customerId: plan.customer.id, at: workingTime(random, day, 10, 16), agent, channel: 'staff-visit', purpose: 'greeting',
      reached: 'reached', comment: random.pick(NOTES),
    });
  };
  for (const plan of plans) {
    const c = plan.customer;
    if (c.consent === false || !c.tier) continue;
    const minimum = settings.staffVisitsPerYear[c.tier];
    for (const part of yearParts(period, c.firstVisit!)) {
      if (minimum === 0) {
        // Potential customers: case by case (004 "根据项目具体跟进情况"), now and then a visit.
        if (random.chance(0.1)) visit(plan, addDays(part.from, random.int(0, 200)), part.to);
        continue;
      }
      const every = Math.floor(365 / minimum);
      const dates: string[] = [];
      for (let k = 0; ; k += 1) {
        const date = addDays(part.from, Math.floor((k + 0.1 + random.next() * 0.8) * every));
        if (date > part.to) break;
        dates.push(date);
      }
      // Behind: fewer visits than the part's end asks for.
      const owed = staffVisitsDue(minimum, monthsJudged(part.to, part.from));
      const kept = owed > 0 && random.chance(BEHIND) ? dates.slice(0, random.int(0, owed - 1)) : dates;
      for (const date of kept) visit(plan, date, part.to);
    }
  }
  return calls;
}
