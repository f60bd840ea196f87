// The privacy boundary: no customer field, free text or row id reaches a report, and pseudonyms hide every agent.
import { describe, it, expect } from 'vitest';
import { buildMonthReport } from '../../../shared/report/month-report';
import { dataMonths } from '../../../shared/report/months';
import type { ReportData } from '../../../shared/report/types';
import { COMPLAINT_STAGE, PURPOSE, QA_CRITERION, SATISFACTION, type ComplaintStage } from '../../../shared/enums';
import { STAGE_TIME_COLUMN, type Complaint } from '../../../shared/schema/complaints';
import { defaultSettings } from '../../../shared/settings';
import type { Call } from '../../../shared/schema/calls';
import type { Customer } from '../../../shared/schema/customers';
import type { QaAudit } from '../../../shared/schema/qa-audits';
import type { TrainingResult } from '../../../shared/schema/training';

const settings = defaultSettings();
const secret = (field: string, i: number) => `SECRET-${field}-${i}`;
const agents = ['AGENT-wang', 'AGENT-li', 'AGENT-zhao', 'AGENT-chen'];

/** A small deterministic generator, so the dataset is the same on every run. */
function lcg(seed: number): (n: number) => number {
  let state = seed;
  return (n) => { state = (state * 1103515245 + 12345) % 2147483648; return Math.floor(state / 65536) % n; };
}

function markedDataset(): ReportData {
  const pick = lcg(7);
  const testDay = { typing: 1, 'phone-manner': 1, basic: 3, 'comprehensive-1': 8, 'comprehensive-2': 18, probation: 22 } as const;
  const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;
  const months = ['2026-08', '2026-09', '2026-10', '2026-11', '2026-12'];
  const stages = settings.lists.stages.map((s) => s.key);
  const categories = settings.lists.complaintCategories.map((s) => s.key);

  const customers: Customer[] = Array.from({ length: 30 }, (_, i) => ({
    id: secret('id', i), name: secret('name', i), phone: secret('phone', i), organisation: secret('organisation', i),
    address: secret('address', i), source: secret('source', i), referrerId: secret('referrer', i),
    memberCardNo: i % 3 === 0 ? undefined : secret('card', i), cardIssued: '2026-01-01', stage: secret('stage', i),
    stageOwner: secret('owner', i), firstVisit: '2026-07-01', lastVisit: day(months[i % 5]!, 1 + (i % 28)),
    serviceItems: secret('items', i), serviceCycleDays: 90, spendThisYear: i * 1000, visitsThisYear: i % 9, referrals: i % 6,
    points: i * 10, birthday: secret('birthday', i), assignedAgent: i % 4 === 0 ? undefined : agents[i % 4], consent: i % 7 !== 0,
  }));

  const calls: Call[] = Array.from({ length: 300 }, (_, i) => {
    const month = months[pick(5)]!;
    const reached = pick(4) === 0 ? 'no-answer' : 'reached';
    return {
      id: secret('call', i), customerId: secret('id', pick(30)), at: `${day(month, 1 + pick(28))}T10:00:00`, agent: agents[pick(4)]!,
      channel: 'phone', purpose: PURPOSE[pick(PURPOSE.length)]!.key, serviceDate: pick(2) ? day(month, 1 + pick(5)) : undefined,
      stage: stages[pick(stages.length)], reached, satisfaction: pick(5) ? SATISFACTION[pick(3)]!.key : undefined,
      comment: secret('comment', i), suggestion: secret('suggestion', i), promisedAnswerDate: day(month, 28),
      nextContactDate: day(month, 28), complaintId: pick(5) === 0 ? secret('complaint', pick(20)) : undefined,
    };
  });

  const complaints: Complaint[] = Array.from({ length: 20 }, (_, i) => {
    const month = months[i % 5]!;
    const reachedStage = COMPLAINT_STAGE[pick(6)]!.key as ComplaintStage;
    const c: Complaint = {
      id: secret('complaint', i), customerId: secret('id', i), receivedAt: `${day(month, 1 + pick(20))}T09:00:00`, channel: 'phone',
      category: categories[pick(categories.length)]!, content: secret('content', i), stage: reachedStage, valid: pick(2) === 0,
      department: 'customer-service', cause: secret('cause', i), responsible: secret('responsible', i), solution: secret('solution', i),
      firstResponseAt: pick(3) ? `${day(month, 22)}T09:00:00` : undefined, customerSigned: true, feedback: secret('feedback', i),
    };
    const upTo = COMPLAINT_STAGE.findIndex((s) => s.key === reachedStage);
    COMPLAINT_STAGE.slice(1, upTo + 1).forEach((s, k) => { (c as unknown as Record<string, string>)[STAGE_TIME_COLUMN[s.key]] = `${day(month, 22 + k)}T10:00:00`; });
    if (reachedStage === 'review') c.closedAt = `${day(month, 28)}T10:00:00`;
    return c;
  });

  const qaAudits: QaAudit[] = months.flatMap((month, m) => agents.flatMap((agent, a) => Array.from({ length: 10 }, (_, k) => {
    const crit = QA_CRITERION[pick(QA_CRITERION.length)]!.key;
    const unqualified = pick(6);
    return { id: secret('audit', m * 1000 + a * 100 + k), date: day(month, 1 + k * 2), agent, auditor: 'Auditor Sun', sampled: 18 + pick(3),
      unqualified, [crit]: unqualified, note: secret('note', m * 1000 + a * 100 + k) } as QaAudit;
  })));

  const training: TrainingResult[] = (Object.keys(testDay) as (keyof typeof testDay)[]).flatMap((t, k) => ['Trainee Amy', 'Trainee Bo'].map((trainee, j) => ({
    id: secret('training', k * 10 + j), cohort: '2026-10', trainee, mentor: 'Mentor Wu', startDate: '2026-10-05', test: t,
    date: `2026-10-${String(5 + testDay[t] - 1).padStart(2, '0')}`, paper: secret('paper', k * 10 + j),
    score: j === 0 ? 90 : 70 + k,
  })));

  const points = customers.map((c, i) => ({ id: secret('points', i), customerId: c.id, date: '2026-09-01', kind: 'spend' as const, points: 10, note: secret('pnote', i) }));

  return { customers, calls, complaints, qaAudits, training, points };
}

describe('privacy of the month report', () => {
  const data = markedDataset();
  const months = dataMonths(data);

  it('the dataset covers several months and gives real figures, so the check is not vacuous', () => {
    expect(months).toEqual(['2026-08', '2026-09', '2026-10', '2026-11', '2026-12']);
    const r = buildMonthReport(data, '2026-11', settings, { minGroupSize: 5, pseudonymiseAgents: false });
    expect(r.headline.csat.suppressed).toBe(false);
    expect(r.headline.complaintsReceived).toBeGreaterThan(0);
    expect(r.quality.agents).toHaveLength(4);
    expect(r.followUps.missed.byAgent.length).toBeGreaterThan(0);
    expect(JSON.stringify(r)).toContain('AGENT-wang');
  });

  it.each([false, true])('no customer field, free text or row id appears in any month (pseudonymise %s)', (pseudonymiseAgents) => {
    for (const minGroupSize of [1, 5]) {
      const json = JSON.stringify(months.map((m) => buildMonthReport(data, m, settings, { minGroupSize, pseudonymiseAgents })));
      expect(json.match(/SECRET-[a-z]+-\d+/g) ?? []).toEqual([]);
    }
  });

  it('pseudonymised reports name no agent, assigned or working', () => {
    const json = JSON.stringify(months.map((m) => buildMonthReport(data, m, settings, { minGroupSize: 1, pseudonymiseAgents: true, pseudonymKey: 'k' })));
    expect(json).not.toContain('AGENT-');
    expect(json).toContain('客服 A');
  });

  it('by default no trainee or mentor is named; with nameTrainees they are', () => {
    const report = (nameTrainees: boolean) => JSON.stringify(months.map((m) => buildMonthReport(data, m, settings, { minGroupSize: 5, pseudonymiseAgents: false, pseudonymKey: 'k', nameTrainees })));
    expect(report(false)).not.toMatch(/Trainee Amy|Trainee Bo|Mentor Wu/);
    expect(report(false)).toContain('学员 1');
    expect(report(true)).toContain('Trainee Amy');
  });

  it('the pseudonym key appears nowhere in a report', () => {
    const key = 'the-secret-key-0123456789';
    const json = JSON.stringify(months.map((m) => buildMonthReport(data, m, settings, { minGroupSize: 1, pseudonymiseAgents: true, pseudonymKey: key })));
    expect(json).not.toContain(key);
  });
});
