// A small hand-written workbook for `kefu summary` (month 2026-10, default photo-studio Settings); the figures it should give are worked out by hand in summary.test.ts.
import type { QaAudit } from '../../../shared/schema/qa-audits';
import type { TrainingResult } from '../../../shared/schema/training';
import { audit, call, complaint, customer, data, result, type RowData } from './fixtures';

/** Agent → Oct days that lose their point (unqualified 4 or more); each agent is audited on Oct 1–20, other days 3 unqualified. */
const LOST_DAYS: Record<string, number> = { Bo: 11, Li: 7, Qi: 12, Wang: 4, Xu: 14, Zhao: 0, Zhu: 13 };

function octoberAudits(): QaAudit[] {
  const rows: QaAudit[] = [];
  for (const [agent, lost] of Object.entries(LOST_DAYS)) {
    for (let day = 1; day <= 20; day += 1) {
      const date = `2026-10-${String(day).padStart(2, '0')}`;
      // Wang's fourth lost day is two rows of 2 on one day: 2 + 2 = 4 (002: "有4條不合格者扣一分").
      if (agent === 'Wang' && day === lost) rows.push(audit(agent, date, 2), audit(agent, date, 2));
      else rows.push(audit(agent, date, day <= lost ? 4 : 3));
    }
  }
  return rows;
}

const cohortSep = (trainee: string, test: TrainingResult['test'], date: string, score: number, extra: Partial<TrainingResult> = {}): TrainingResult =>
  result(trainee, test, date, score, { cohort: '2026-09', startDate: '2026-09-09', ...extra });
const cohortOct = (trainee: string, test: TrainingResult['test'], date: string, score: number): TrainingResult =>
  result(trainee, test, date, score, { cohort: '2026-10', startDate: '2026-10-05' });

export function summaryFixture(): RowData {
  return data({
    customers: [
      customer('C1', { phone: '13800000001', firstVisit: '2026-01-05', lastVisit: '2026-10-10', spendThisYear: 25000 }),
      customer('C2', { phone: '13800000002', firstVisit: '2026-03-01', lastVisit: '2026-10-20', spendThisYear: 13000 }),
      customer('C3', { phone: '13800000003', firstVisit: '2026-05-01', lastVisit: '2026-10-15', visitsThisYear: 5, consent: false }),
      customer('C4', { phone: '13800000004', firstVisit: '2026-09-02', lastVisit: '2026-09-02', spendThisYear: 100 }),
      customer('C5', { phone: '13800000005', firstVisit: '2026-11-03', lastVisit: '2026-11-03' }),
    ],
    calls: [
      call('C1', '2026-09-22T10:00:00', { serviceDate: '2026-09-20', stage: 'pickup' }),
      call('C4', '2026-09-30T10:00:00', { serviceDate: '2026-09-28', stage: 'pickup', satisfaction: 'satisfied' }),
      call('C1', '2026-10-06T10:00:00', { purpose: 'second-follow-up', stage: 'pickup', satisfaction: 'satisfied' }),
      call('C1', '2026-10-13T10:00:00', { serviceDate: '2026-10-10', stage: 'shoot', satisfaction: 'satisfied' }),
      call('C4', '2026-10-15T10:00:00', { purpose: 'second-follow-up', stage: 'pickup' }),
      call('C2', '2026-10-21T09:00:00', { serviceDate: '2026-10-20', stage: 'pickup', reached: 'no-answer' }),
      call('C2', '2026-10-24T09:00:00', { serviceDate: '2026-10-20', stage: 'pickup', satisfaction: 'neutral' }),
      call('C1', '2026-10-28T11:00:00', { purpose: 'inbound', satisfaction: 'satisfied' }),
      call('C1', '2026-10-29T15:00:00', { serviceDate: '2026-10-29', stage: 'pickup', satisfaction: 'dissatisfied' }),
    ],
    complaints: [
      complaint('T3', '2026-09-20T08:00:00', { customerId: 'C4', firstResponseAt: '2026-09-20T09:00:00', closedAt: '2026-10-02T08:00:00' }),
      complaint('T1', '2026-10-05T10:00:00', { customerId: 'C1', firstResponseAt: '2026-10-06T10:00:00', closedAt: '2026-10-10T10:00:00' }),
      complaint('T2', '2026-10-10T09:00:00', { customerId: 'C2', firstResponseAt: '2026-10-11T09:00:01' }),
      complaint('T6', '2026-10-12T10:00:00', { customerId: 'C2', firstResponseAt: '2026-10-12T11:00:00', closedAt: '2026-11-02T10:00:00' }),
      complaint('T5', '2026-10-20T10:00:00', { customerId: 'C1' }),
      complaint('T4', '2026-10-31T12:00:00', { customerId: 'C4' }),
    ],
    qaAudits: octoberAudits(),
    training: [
      cohortSep('Dai', 'basic', '2026-09-11', 88), cohortSep('Dai', 'probation', '2026-09-30', 90),
      cohortSep('Eng', 'basic', '2026-09-11', 85), cohortSep('Eng', 'probation', '2026-09-30', 75, { paper: 'A' }),
      cohortSep('Eng', 'probation-retake', '2026-10-02', 70, { paper: 'B', decision: 'extend' }),
      cohortSep('Fan', 'basic', '2026-09-11', 82), cohortSep('Fan', 'probation', '2026-09-30', 60, { paper: 'A' }),
      cohortSep('Fan', 'probation-retake', '2026-10-02', 65, { paper: 'B', decision: 'leave' }),
      cohortOct('An', 'typing', '2026-10-05', 90), cohortOct('An', 'basic', '2026-10-07', 70),
      cohortOct('Bai', 'typing', '2026-10-05', 80), cohortOct('Bai', 'basic', '2026-10-07', 80),
      cohortOct('Cui', 'typing', '2026-10-05', 79), cohortOct('Cui', 'basic', '2026-10-07', 85),
    ],
  });
}
