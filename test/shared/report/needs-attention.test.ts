// 需要跟进 / Needs attention: weak agents (published CSAT, QA band), open complaints by id and age, missed second calls, tests due, archive.
import { describe, expect, it } from 'vitest';
import { buildMonthReport } from '../../../shared/report/month-report';
import { listNeedsAttention } from '../../../shared/report/needs-attention';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { ReportOptions } from '../../../shared/report/types';
import { audit, call, complaint, customer, data, result } from './fixtures';

const settings = defaultSettings();
const named: ReportOptions = { minGroupSize: 5, pseudonymiseAgents: false, nameTrainees: true };
const pickup = { stage: 'pickup', reached: 'reached' } as const;
const noSat = { satisfaction: undefined };
const full = { organisation: 'Studio', address: 'Road 1' };

const october = data({
  customers: [
    customer('C1', { assignedAgent: 'Liu', ...full }), customer('C2', { assignedAgent: 'Liu', ...full }),
    customer('C3', { assignedAgent: 'Wang', ...full }), customer('C4'),
  ],
  calls: [
    // Reached 取件 calls open a second follow-up 7–14 days later (000); C3's is kept, the others missed by 10-31.
    call('C1', '2026-10-01T10:00:00', { agent: 'Liu', ...pickup, ...noSat }),
    call('C2', '2026-10-02T10:00:00', { agent: 'Liu', ...pickup, ...noSat }),
    call('C3', '2026-10-03T10:00:00', { agent: 'Wang', ...pickup, ...noSat }),
    call('C3', '2026-10-12T10:00:00', { agent: 'Wang', purpose: 'second-follow-up' }),
    call('C4', '2026-10-04T10:00:00', { agent: 'Wang', ...pickup, ...noSat }),
    // CSAT: Liu 3 of 5 = 60% (below 80%); Wang 5 of 5; Zhao 0 of 2, too few, so hidden (and Wang with him, as cover).
    ...[1, 2, 3].map((d) => call('C1', `2026-10-1${d}T10:00:00`, { agent: 'Liu', purpose: 'inbound', satisfaction: 'satisfied' })),
    ...[4, 5].map((d) => call('C1', `2026-10-1${d}T10:00:00`, { agent: 'Liu', purpose: 'inbound', satisfaction: 'dissatisfied' })),
    ...[1, 2, 3, 4, 5].map((d) => call('C3', `2026-10-2${d}T10:00:00`, { agent: 'Wang', purpose: 'inbound', satisfaction: 'satisfied' })),
    ...[6, 7].map((d) => call('C3', `2026-10-2${d}T10:00:00`, { agent: 'Zhao', purpose: 'inbound', satisfaction: 'dissatisfied' })),
  ],
  // QA: 26 points less one per lost day (4+ unqualified of 20). Liu loses 7 → 19, under 20: −50. Zhao loses 1 → 25: standard.
  qaAudits: [
    ...[1, 2, 5, 6, 7, 8, 9].map((d) => audit('Liu', `2026-10-0${d}`, 5)),
    audit('Wang', '2026-10-01', 0),
    audit('Zhao', '2026-10-01', 6),
  ],
  complaints: [
    complaint('TS046', '2026-10-01T10:00:00', { firstResponseAt: '2026-10-01T11:00:00', closedAt: '2026-10-05T10:00:00', stage: 'review' }),
    complaint('TS047', '2026-10-20T10:00:00'), // 11 d 14 h at month end: overdue
    complaint('TS048', '2026-10-25T09:00:00'), // 6 d 15 h
    complaint('TS049', '2026-10-24T00:00:00'), // 7 d 23 h 59 m: over 7 days
    complaint('TS050', '2026-10-28T10:00:00', { closedAt: '2026-11-03T10:00:00' }), // open at month end: closed later
    complaint('TS051', '2026-11-02T10:00:00'), // not yet received
  ],
  // Cohort 2026-10 starts 10-20: Amy passed days 1, 3 and 8, so comprehensive exam 2 (day 18) falls 11-06; Ben failed the basic exam: out.
  training: [
    ...(['typing', 'phone-manner'] as const).map((t) => result('Amy', t, '2026-10-20', 90, { cohort: '2026-10', startDate: '2026-10-20' })),
    result('Amy', 'basic', '2026-10-22', 90, { cohort: '2026-10', startDate: '2026-10-20' }),
    result('Amy', 'comprehensive-1', '2026-10-27', 90, { cohort: '2026-10', startDate: '2026-10-20' }),
    result('Ben', 'typing', '2026-10-20', 90, { cohort: '2026-10', startDate: '2026-10-20' }),
    result('Ben', 'basic', '2026-10-22', 50, { cohort: '2026-10', startDate: '2026-10-20' }),
  ],
});

describe('listNeedsAttention', () => {
  const list = listNeedsAttention(october, buildMonthReport(october, '2026-10', settings, named), settings);

  it('lists agents under the satisfaction threshold only where their share is published', () => {
    expect(list.lowCsat).toEqual([{ agent: 'Liu', csat: 0.6, answered: 5 }]);
  });
  it('lists agents whose QA points fall below the standard band', () => {
    expect(list.belowStandard).toEqual([{ agent: 'Liu', points: 19, band: 'minus-50' }]);
  });
  it('lists complaints open at month end by id, oldest first, marking those over 7 days', () => {
    expect(list.openComplaints).toEqual([
      { id: 'TS047', receivedAt: '2026-10-20T10:00:00', ageDays: 11, overdue: true },
      { id: 'TS049', receivedAt: '2026-10-24T00:00:00', ageDays: 7, overdue: true },
      { id: 'TS048', receivedAt: '2026-10-25T09:00:00', ageDays: 6, overdue: false },
      { id: 'TS050', receivedAt: '2026-10-28T10:00:00', ageDays: 3, overdue: false },
    ]);
  });
  it('counts the missed second follow-ups by assigned agent, unassigned last', () => {
    expect(list.secondMissedByAgent).toEqual([{ agent: 'Liu', count: 2 }, { agent: 'unassigned', count: 1 }]);
  });
  it('lists trainees in training with their next test', () => {
    expect(list.testsDue).toEqual([{ cohort: '2026-10', trainee: 'Amy', test: 'comprehensive-2', due: '2026-11-06' }]);
  });
  it('sets archive completeness against the target', () => {
    expect(list.archive).toEqual({ share: 0.75, target: 0.85, below: true });
  });
  it('reads its thresholds from Settings', () => {
    const strict = withSetting(withSetting(settings, 'report.attentionCsatBelow', 0.5), 'report.overdueComplaintDays', 10);
    const other = listNeedsAttention(october, buildMonthReport(october, '2026-10', strict, named), strict);
    expect(other.lowCsat).toEqual([]);
    expect(other.openComplaints.map((c) => c.overdue)).toEqual([true, false, false, false]);
    expect(other.thresholds).toEqual({ csatBelow: 0.5, overdueDays: 10 });
  });
  it('ages open complaints to today for a month still in progress', () => {
    const partial = listNeedsAttention(october, buildMonthReport(october, '2026-10', settings, named), settings, '2026-10-26T10:00:00');
    expect(partial.openComplaints).toEqual([
      { id: 'TS047', receivedAt: '2026-10-20T10:00:00', ageDays: 6, overdue: false },
      { id: 'TS049', receivedAt: '2026-10-24T00:00:00', ageDays: 2, overdue: false },
      { id: 'TS048', receivedAt: '2026-10-25T09:00:00', ageDays: 1, overdue: false },
    ]);
  });
  it('names trainees and agents only as the report does: pseudonymised, no customer anywhere', () => {
    const hidden = listNeedsAttention(october, buildMonthReport(october, '2026-10', settings, { minGroupSize: 5, pseudonymiseAgents: true, pseudonymKey: 'k' }), settings);
    const text = JSON.stringify(hidden);
    for (const name of ['Amy', 'Liu', 'Wang', 'C1', 'name C', '13800000000']) expect(text).not.toContain(name);
    expect(hidden.testsDue.map((t) => t.trainee)).toEqual([expect.stringMatching(/^学员 \d$/)]);
  });
});
