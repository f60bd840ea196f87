// The formula columns an export from the sheet carries, filled from the shared rules so sheet and code agree.
import { dateOf, monthOf } from '../../shared/dates';
import { firstResponseSla } from '../../shared/rules/complaint-sla';
import { nextServiceDate } from '../../shared/rules/follow-up-schedule';
import { bonusBand, monthlyPoints } from '../../shared/rules/qa-points';
import { passes } from '../../shared/rules/training-outcome';
import type { Complaint, Customer, QaAudit, TrainingResult } from '../../shared/schema';
import type { Settings } from '../../shared/settings';

/** Only the columns whose rule is settled; follow-up due/overdue and complaint age are left for the sheet to work out. */
export function fillComputedColumns(
  data: { customers: Customer[]; complaints: Complaint[]; qaAudits: QaAudit[]; training: TrainingResult[] },
  settings: Settings,
  now: string,
): void {
  for (const c of data.customers) c.nextServiceDate = nextServiceDate(c, settings);
  for (const c of data.complaints) c.slaBreached = firstResponseSla(c, settings, now) === 'breached';
  const byAgentMonth = new Map<string, QaAudit[]>();
  for (const a of data.qaAudits) {
    const key = `${a.agent}\u0000${monthOf(a.date)}`;
    byAgentMonth.set(key, [...(byAgentMonth.get(key) ?? []), a]);
  }
  for (const audits of byAgentMonth.values()) {
    const { points, lostDays } = monthlyPoints(audits, settings);
    for (const a of audits) {
      // The day point is the agent's whole day, every row of that date added up, as the sheet formula does.
      a.dayPoint = lostDays.includes(dateOf(a.date)) ? 0 : 1;
      a.monthlyPoints = points;
      a.bonusBand = bonusBand(points, settings);
    }
  }
  for (const t of data.training) t.result = passes(t.score, settings) ? 'pass' : 'fail';
}
