// The sample's deliberate problems, measured with the same shared rules the reports use, for its README and tests.
import { dateOf, monthOf, monthsBetween } from '../../shared/dates';
import { BONUS_BAND, enumLabel, TIER, type Tier } from '../../shared/enums';
import { summariseArchive } from '../../shared/report/archive';
import { firstResponseSla, hasFollowUpAfterClose } from '../../shared/rules/complaint-sla';
import { isTimelyPostServiceCall, memberCoverage } from '../../shared/rules/follow-up-schedule';
import { bonusBand, isShortSample, monthlyPoints, type BonusBand } from '../../shared/rules/qa-points';
import { findQuietHourCall } from '../../shared/rules/quiet-hours';
import { daysArchiveLate } from '../../shared/check/archive-build';
import { passes } from '../../shared/rules/training-outcome';
import { SETTING_DESCRIPTORS } from '../../shared/settings';
import { datesOfMonth } from './calendar';
import type { SampleData } from './generate';

export interface SampleSummary {
  counts: Record<'customers' | 'members' | 'calls' | 'complaints' | 'qaAudits' | 'training' | 'points' | 'notes', number>;
  organisation: { filled: number; total: number };
  /** Customers with every key field filled (the completeness headline). */
  archiveComplete: { filled: number; total: number };
  lapsed: { customers: number; members: number };
  /** The Settings the archive lines quote. */
  archiveRules: Pick<SampleData['settings'], 'archive' | 'staffVisitsPerYear'>;
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
  basicFailed: string[];
  coverage: { month: string; members: number; covered: number }[];
  /** Customers behind on staff visits (上门拜访) at the period's end, by tier. */
  staffVisitsBehind: Record<Tier, number>;
  csat: { agent: string; satisfied: number; answered: number }[];
  /** Outbound phone calls inside quiet hours, by agent: `kefu check` warns about each. */
  quietHourCalls: { hours: string; byAgent: { agent: string; calls: number }[] };
  /** Archives made later than archive.buildWithinDays after the first visit: `kefu check` warns about each. */
  lateArchives: number;
}

export function summariseSample(data: SampleData): SampleSummary {
  const { settings, customers, calls, complaints, qaAudits, training } = data;
  const months = [...new Set(qaAudits.map((a) => monthOf(a.date)))].sort();
  const agents = [...new Set(qaAudits.map((a) => a.agent))];
  const monthPoints = agents.flatMap((agent) => months.map((month) => {
    const { points } = monthlyPoints(qaAudits.filter((a) => a.agent === agent && monthOf(a.date) === month), settings);
    return { agent, month, points, band: bonusBand(points, settings) };
  }));
  const postService = calls.filter((c) => c.purpose === 'post-service' && c.serviceDate);
  const now = `${calls.reduce((last, c) => (dateOf(c.at) > last ? dateOf(c.at) : last), '')}T20:00`;
  const closed = complaints.filter((c) => c.closedAt);
  const firstMonth = monthOf(calls[0]?.at ?? now);
  const archive = summariseArchive(data, monthOf(now), settings);
  const organisation = archive.completeness.fields.find((f) => f.key === 'organisation')!;
  return {
    counts: {
      customers: customers.length, members: customers.filter((c) => c.memberCardNo).length, calls: calls.length,
      complaints: complaints.length, qaAudits: qaAudits.length, training: training.length, points: data.points.length,
      notes: data.notes?.length ?? 0,
    },
    organisation: { filled: organisation.filled, total: organisation.total },
    archiveComplete: { filled: archive.completeness.overall.filled, total: archive.completeness.overall.total },
    lapsed: { customers: archive.lapsed, members: archive.lapsedMembers },
    archiveRules: { archive: settings.archive, staffVisitsPerYear: settings.staffVisitsPerYear },
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
    basicFailed: training.filter((t) => t.test === 'basic' && !passes(t.score, settings)).map((t) => `${t.trainee}（${t.cohort}）`),
    coverage: monthsBetween(firstMonth, monthOf(now)).map((month) => {
      const days = datesOfMonth(month);
      const { members, covered } = memberCoverage(customers, calls, { from: days[0]!, to: days[days.length - 1]! });
      return { month, members, covered };
    }),
    staffVisitsBehind: Object.fromEntries(archive.staffVisitsByTier.map((t) => [t.tier, t.behind])) as Record<Tier, number>,
    csat: agents.map((agent) => {
      const answered = calls.filter((c) => c.agent === agent && c.reached === 'reached' && c.satisfaction);
      return { agent, satisfied: answered.filter((c) => c.satisfaction === 'satisfied').length, answered: answered.length };
    }),
    quietHourCalls: {
      hours: settings.followUp.quietHours.map((r) => `${r.from}–${r.to}`).join(', '),
      byAgent: agents.map((agent) => ({ agent, calls: calls.filter((c) => c.agent === agent && findQuietHourCall(c, settings)).length }))
        .filter((a) => a.calls > 0),
    },
    lateArchives: customers.filter((c) => daysArchiveLate(c, settings) !== undefined).length,
  };
}

const percent = (part: number, whole: number): string => `${Math.round((part / whole) * 1000) / 10}%`;

/** The list of deliberate problems, exactly as data/sample/README.md shows it. */
export function problemsMarkdown(s: SampleSummary): string {
  const uncovered = s.coverage.filter((m) => m.covered < m.members);
  const behind = TIER.map((t) => `${t.en} ${s.staffVisitsBehind[t.key]}`).join(', ');
  const { archive: rules, staffVisitsPerYear: minimum } = s.archiveRules;
  const lowest = [...s.csat].sort((a, b) => a.satisfied / a.answered - b.satisfied / b.answered)[0]!;
  const others = s.csat.filter((c) => c !== lowest);
  const othersShare = others.reduce((n, c) => n + c.satisfied, 0) / others.reduce((n, c) => n + c.answered, 0);
  return [
    `- **Archive completeness (档案完整率)** — ${s.archiveComplete.filled} of ${s.archiveComplete.total} customers (${percent(s.archiveComplete.filled, s.archiveComplete.total)}) have ${rules.keyFields.join(', ')} all filled in, below the ${percent(rules.completenessTarget, 1)} target; organisation (单位名称) alone is filled in for ${s.organisation.filled} (${percent(s.organisation.filled, s.organisation.total)}).`,
    `- **QA bonus bands (质检)** — ${s.qaBands.map((b) => `${b.agent} ${b.month}: ${b.points} points (${b.band}, ${enumLabel(BONUS_BAND, b.band, 'zh')})`).join('; ')}. ${s.fullMonths.count} of ${s.fullMonths.of} agent-months are a full 26.`,
    `- **Short QA samples** — ${s.shortSamples} audit days sampled fewer than 20 conversations.`,
    `- **Late post-service calls (服务后回访超时)** — ${s.latePostService.late} of ${s.latePostService.of} post-service calls were made more than 3 days after the service.`,
    `- **Complaints past the 24 h first-response SLA** — ${s.slaBreached} of ${s.counts.complaints}.`,
    `- **Closed complaints without a follow-up call (结案未回访)** — ${s.closedWithoutFollowUp} of ${s.closed} closed; ${s.open} complaints are still open at the end of the period.`,
    `- **Training** — ${s.traineesLeft.join(', ')} failed the probation retake and left; ${s.retakePassed.join(', ')} passed the retake on a different paper; ${s.basicFailed.join(', ')} failed the day-3 basic exam and was eliminated.`,
    `- **Members not covered (会员回访覆盖)** — months where some members were not reached by any outgoing contact: ${uncovered.map((m) => `${m.month} ${m.members - m.covered} of ${m.members}`).join('; ')}.`,
    `- **Behind on staff visits (上门拜访未达标)** — at the end of the period, customers with fewer staff visits this year than due pro rata (a year: VIP ${minimum.vip}, core ${minimum.core}, ordinary ${minimum.ordinary}, potential ${minimum.potential}): ${behind}.`,
    `- **Lapsed customers (客户流失)** — ${s.lapsed.customers} customers (${s.lapsed.members} of them members) have neither visited nor bought anything for longer than ${rules.lapsedAfterCycles} service cycles.`,
    `- **Satisfaction by agent** — ${lowest.agent} ${percent(lowest.satisfied, lowest.answered)} satisfied (${lowest.answered} answers) against ${percent(othersShare, 1)} for the other agents.`,
    `- **Archives made late (建档超期)** — ${s.lateArchives} customers' 建档日期 is more than ${rules.buildWithinDays} days after their first visit; \`kefu check\` warns about each.`,
    `- **Calls in quiet hours (休息时间外呼)** — ${s.quietHourCalls.byAgent.map((a) => `${a.agent} ${a.calls}`).join(', ') || 'none'} outbound phone calls inside ${s.quietHourCalls.hours}; \`kefu check\` warns about each.`,
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
    ['notes.csv', '月度备注', 'the supervisor\'s comment on a month, published on its report', s.counts.notes],
  ];
  return ['| file | sheet | what | rows |', '|---|---|---|---:|', ...rows.map(([f, zh, what, n]) => `| \`${f}\` | ${zh} | ${what} | ${n} |`)].join('\n');
}
