// The sample's deliberate problems, measured with the same shared rules the reports use, for its README and tests.
import { dateOf, monthOf, monthsBetween } from '../../shared/dates';
import { BONUS_BAND, enumLabel, TIER, type Tier } from '../../shared/enums';
import { archiveCompleteness } from '../../shared/rules/completeness';
import { firstResponseSla, hasFollowUpAfterClose } from '../../shared/rules/complaint-sla';
import { isTimelyPostServiceCall, memberCoverage } from '../../shared/rules/follow-up-schedule';
import { bonusBand, isShortSample, monthlyPoints, type BonusBand } from '../../shared/rules/qa-points';
import { classifyTier } from '../../shared/rules/tier';
import { isBelowVisitMinimum } from '../../shared/rules/visit-minimum';
import { SETTING_DESCRIPTORS } from '../../shared/settings';
import { datesOfMonth } from './calendar';
import type { SampleData } from './generate';

export interface SampleSummary {
  counts: Record<'customers' | 'members' | 'calls' | 'complaints' | 'qaAudits' | 'training' | 'points', number>;
  organisation: { filled: number; total: number };
  archiveShare: number;
  qaBands: { agent: string; month: string; points: number; band: BonusBand }[];
  fullMonths: { count: number; of: number };
  shortSamples: number;
  latePostService: { late: number; of: number };
  slaBreached: number;
  closed: number;
  closedWithoutFollowUp: number;
  open: number;
  traineesLeft: string[];
  retakePassed: string[];
  coverage: { month: string; members: number; covered: number }[];
  belowVisitMinimum: Record<Tier, number>;
  csat: { agent: string; satisfied: number; answered: number }[];
}

export function summariseSample(data: SampleData): SampleSummary {
  const { settings, customers, calls, complaints, qaAudits, training } = data;
  const months = [...new Set(qaAudits.map((a) => monthOf(a.date)))].sort();
  const agents = [...new Set(qaAudits.map((a) => a.agent))];
  const monthPoints = agents.flatMap((agent) => months.map((month) => {
    const { points } = monthlyPoints(qaAudits.filter((a) => a.agent === agent && monthOf(a.date) === month), settings);
    return { agent, month, points, band: bonusBand(points, settings) };
  }));
  const organisation = archiveCompleteness(customers as unknown as Record<string, unknown>[]).fields.find((f) => f.key === 'organisation')!;
  const postService = calls.filter((c) => c.purpose === 'post-service' && c.serviceDate);
  const now = `${calls.reduce((last, c) => (dateOf(c.at) > last ? dateOf(c.at) : last), '')}T20:00`;
  const closed = complaints.filter((c) => c.closedAt);
  const firstMonth = monthOf(calls[0]?.at ?? now);
  const belowVisitMinimum = Object.fromEntries(TIER.map((t) => [t.key, 0])) as Record<Tier, number>;
  for (const c of customers) {
    const tier = classifyTier(c, settings);
    if (isBelowVisitMinimum(c, tier, settings)) belowVisitMinimum[tier] += 1;
  }
  return {
    counts: {
      customers: customers.length, members: customers.filter((c) => c.memberCardNo).length, calls: calls.length,
      complaints: complaints.length, qaAudits: qaAudits.length, training: training.length, points: data.points.length,
    },
    organisation: { filled: organisation.filled, total: organisation.total },
    archiveShare: archiveCompleteness(customers as unknown as Record<string, unknown>[]).overall.share ?? 0,
    qaBands: monthPoints.filter((m) => m.band === 'minus-50' || m.band === 'minus-100' || m.band === 'none'),
    fullMonths: { count: monthPoints.filter((m) => m.band === 'full').length, of: monthPoints.length },
    shortSamples: qaAudits.filter((a) => isShortSample(a, settings)).length,
    latePostService: { late: postService.filter((c) => isTimelyPostServiceCall(c, settings) === false).length, of: postService.length },
    slaBreached: complaints.filter((c) => firstResponseSla(c, settings, now) === 'breached').length,
    closed: closed.length,
    closedWithoutFollowUp: closed.filter((c) => !hasFollowUpAfterClose(c, calls)).length,
    open: complaints.length - closed.length,
    traineesLeft: [...new Set(training.filter((t) => t.decision === 'leave').map((t) => `${t.trainee}（${t.cohort}）`))],
    retakePassed: [...new Set(training.filter((t) => t.test === 'probation-retake' && t.decision === 'confirm').map((t) => `${t.trainee}（${t.cohort}）`))],
    coverage: monthsBetween(firstMonth, monthOf(now)).map((month) => {
      const days = datesOfMonth(month);
      const { members, covered } = memberCoverage(customers, calls, { from: days[0]!, to: days[days.length - 1]! });
      return { month, members, covered };
    }),
    belowVisitMinimum,
    csat: agents.map((agent) => {
      const answered = calls.filter((c) => c.agent === agent && c.reached === 'reached' && c.satisfaction);
      return { agent, satisfied: answered.filter((c) => c.satisfaction === 'satisfied').length, answered: answered.length };
    }),
  };
}

const percent = (part: number, whole: number): string => `${Math.round((part / whole) * 1000) / 10}%`;

/** The list of deliberate problems, exactly as data/sample/README.md shows it. */
export function problemsMarkdown(s: SampleSummary): string {
  const uncovered = s.coverage.filter((m) => m.covered < m.members);
  const below = TIER.map((t) => `${t.en} ${s.belowVisitMinimum[t.key]}`).join(', ');
  const lowest = [...s.csat].sort((a, b) => a.satisfied / a.answered - b.satisfied / b.answered)[0]!;
  const others = s.csat.filter((c) => c !== lowest);
  const othersShare = others.reduce((n, c) => n + c.satisfied, 0) / others.reduce((n, c) => n + c.answered, 0);
  return [
    `- **Archive completeness (档案完整率)** — organisation (单位名称) is filled in for ${s.organisation.filled} of ${s.organisation.total} customers (${percent(s.organisation.filled, s.organisation.total)}), below the 85% target; the whole archive is ${percent(s.archiveShare, 1)} complete.`,
    `- **QA bonus bands (质检)** — ${s.qaBands.map((b) => `${b.agent} ${b.month}: ${b.points} points (${b.band}, ${enumLabel(BONUS_BAND, b.band, 'zh')})`).join('; ')}. ${s.fullMonths.count} of ${s.fullMonths.of} agent-months are a full 26.`,
    `- **Short QA samples** — ${s.shortSamples} audit days sampled fewer than 20 conversations.`,
    `- **Late post-service calls (服务后回访超时)** — ${s.latePostService.late} of ${s.latePostService.of} post-service calls were made more than 3 days after the service.`,
    `- **Complaints past the 24 h first-response SLA** — ${s.slaBreached} of ${s.counts.complaints}.`,
    `- **Closed complaints without a follow-up call (结案未回访)** — ${s.closedWithoutFollowUp} of ${s.closed} closed; ${s.open} complaints are still open at the end of the period.`,
    `- **Training** — ${s.traineesLeft.join(', ')} failed the probation retake and left; ${s.retakePassed.join(', ')} passed the retake on a different paper.`,
    `- **Members not covered (会员回访覆盖)** — months where some members were not reached by any outgoing contact: ${uncovered.map((m) => `${m.month} ${m.members - m.covered} of ${m.members}`).join('; ')}.`,
    `- **Below their tier's visit minimum (未达最少服务次数)** — ${below} customers.`,
    `- **Satisfaction by agent** — ${lowest.agent} ${percent(lowest.satisfied, lowest.answered)} satisfied (${lowest.answered} answers) against ${percent(othersShare, 1)} for the other agents.`,
  ].join('\n');
}

/** The files and their row counts, as the README's table shows them. */
export function contentsMarkdown(s: SampleSummary): string {
  const rows: [string, string, string, number][] = [
    ['settings.csv', '设置', 'the Settings sheet: every default of a photo studio', SETTING_DESCRIPTORS.length],
    ['customers.csv', '客户档案', `customers, ${s.counts.members} of them with a member card`, s.counts.customers],
    ['calls.csv', '回访记录', 'follow-up calls, messages and inbound enquiries', s.counts.calls],
    ['complaints.csv', '投诉登记', 'complaints through the closed loop', s.counts.complaints],
    ['qa-audits.csv', '质检', 'one QA audit per agent per working day', s.counts.qaAudits],
    ['training.csv', '新人培训考核', 'two cohorts of new hires through the test plan', s.counts.training],
    ['points.csv', '积分', 'the membership points ledger', s.counts.points],
  ];
  return ['| file | sheet | what | rows |', '|---|---|---|---:|', ...rows.map(([f, zh, what, n]) => `| \`${f}\` | ${zh} | ${what} | ${n} |`)].join('\n');
}
