// 质检 for the sample: 20 conversations per agent per working day, one agent with months bad enough to lose bonus.
import { monthOf, monthsBetween } from '../../shared/dates';
import { QA_CRITERION, type QaCriterion } from '../../shared/enums';
import type { QaAudit } from '../../shared/schema/qa-audits';
import type { Settings } from '../../shared/settings';
import { datesOfMonth, type Roster } from './calendar';
import type { Period } from './customers';
import { AGENTS, SUPERVISOR, WEAK_AGENT } from './names';
import type { Random } from './random';

const CRITERION_WEIGHTS: readonly (readonly [QaCriterion, number])[] = [
  ['greeting', 18], ['closing', 16], ['attitude', 10], ['wording', 14], ['knowledge', 14], ['response-time', 16], ['handling', 12],
];

/** Lost days in the weak agent's bad months, by position in the period: two minus-50 months and one minus-100. */
function badMonths(months: readonly string[], settings: Settings): Map<string, number> {
  const qa = settings.qa;
  const plan: [number, number][] = [
    [0.34, qa.pointsPerMonth - (qa.minus50Below - 2)],
    [0.6, qa.pointsPerMonth - (qa.minus100Below - 2)],
    [0.7, qa.pointsPerMonth - (qa.minus50Below - 3)],
  ];
  return new Map(plan.map(([at, lost]) => [months[Math.floor(months.length * at)]!, lost] as const));
}

function criteria(random: Random, unqualified: number): Partial<Record<QaCriterion, number>> {
  const counts = Object.fromEntries(QA_CRITERION.map((c) => [c.key, 0])) as Record<QaCriterion, number>;
  for (let i = 0; i < unqualified; i += 1) {
    const first = random.weighted(CRITERION_WEIGHTS);
    counts[first] += 1;
    if (random.chance(0.25)) {
      const second = random.weighted(CRITERION_WEIGHTS.filter(([key]) => key !== first));
      counts[second] += 1;
    }
  }
  return counts;
}

function deductionNote(unqualified: number, counts: Partial<Record<QaCriterion, number>>): string {
  const worst = QA_CRITERION.filter((c) => (counts[c.key] ?? 0) > 0)
    .sort((a, b) => (counts[b.key] ?? 0) - (counts[a.key] ?? 0))
    .slice(0, 2)
    .map((c) => `${c.zh}${counts[c.key]}条`);
  return `不合格${unqualified}条（${worst.join('、')}），扣当日积分1分`;
}

export function generateQaAudits(random: Random, roster: Roster, period: Period, settings: Settings): QaAudit[] {
  const months = monthsBetween(monthOf(period.from), monthOf(period.to));
  const bad = badMonths(months, settings);
  const limit = settings.qa.unqualifiedLimit;
  const rows: { audit: Omit<QaAudit, 'id'>; agentIndex: number }[] = [];
  for (const month of months) {
    AGENTS.forEach((agent, agentIndex) => {
      const weak = agent === WEAK_AGENT;
      const worked = datesOfMonth(month).filter((d) => d >= period.from && d <= period.to && roster.works(agent, d));
      const lostCount = weak ? bad.get(month) ?? random.int(1, 4) : random.weighted([[0, 70], [1, 22], [2, 8]] as const);
      const lost = new Set(random.shuffle(worked).slice(0, lostCount));
      for (const date of worked) {
        const unqualified = lost.has(date)
          ? random.weighted([[limit, 55], [limit + 1, 30], [limit + 2, 15]] as const)
          : random.weighted(weak ? [[0, 30], [1, 35], [2, 22], [3, 13]] as const : [[0, 50], [1, 30], [2, 14], [3, 6]] as const);
        const short = !lost.has(date) && random.chance(0.005);
        const sampled = short ? settings.qa.samplesPerDay - 2 : settings.qa.samplesPerDay;
        const counts = criteria(random, unqualified);
        const note = lost.has(date) ? deductionNote(unqualified, counts) : short ? `当日会话量不足，仅抽检${sampled}条` : undefined;
        rows.push({ audit: { date, agent, auditor: SUPERVISOR, sampled, unqualified, ...counts, note }, agentIndex });
      }
    });
  }
  return rows
    .sort((a, b) => (a.audit.date < b.audit.date ? -1 : a.audit.date > b.audit.date ? 1 : a.agentIndex - b.agentIndex))
    .map(({ audit }, i) => ({ id: `ZJ${String(i + 1).padStart(5, '0')}`, ...audit }));
}
