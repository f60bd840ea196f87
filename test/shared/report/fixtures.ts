// Row builders for the report tests: each row is minimal, with only what a test sets on top.
import type { Call } from '../../../shared/schema/calls';
import type { Complaint } from '../../../shared/schema/complaints';
import type { Customer } from '../../../shared/schema/customers';
import type { QaAudit } from '../../../shared/schema/qa-audits';
import type { PointsEntry } from '../../../shared/schema/points';
import type { TrainingResult } from '../../../shared/schema/training';
import type { ReportData, ReportOptions } from '../../../shared/report/types';

export const open: ReportOptions = { minGroupSize: 1, pseudonymiseAgents: false };

export const customer = (id: string, extra: Partial<Customer> = {}): Customer => ({ id, name: `name ${id}`, phone: '13800000000', ...extra });

let callSeq = 0;
export const call = (customerId: string, at: string, extra: Partial<Call> = {}): Call => ({
  id: `K${++callSeq}`, customerId, at, agent: 'Wang', channel: 'phone', purpose: 'post-service', reached: 'reached', ...extra,
});

export const complaint = (id: string, receivedAt: string, extra: Partial<Complaint> = {}): Complaint => ({
  id, receivedAt, channel: 'phone', category: 'pricing', content: '…', stage: 'accept', ...extra,
});

let auditSeq = 0;
export const audit = (agent: string, date: string, unqualified: number, extra: Partial<QaAudit> = {}): QaAudit => ({
  id: `Q${++auditSeq}`, date, agent, sampled: 20, unqualified, ...extra,
});

let trainingSeq = 0;
export const result = (trainee: string, test: TrainingResult['test'], date: string, score: number, extra: Partial<TrainingResult> = {}): TrainingResult => ({
  id: `T${++trainingSeq}`, cohort: '2026-11', trainee, startDate: '2026-11-02', test, date, score, ...extra,
});

/** A report's input as the tests type it: the calls and the points as rows (the report reads them as asCallTable, asSpendTable make them). */
export type RowData = Omit<ReportData, 'calls' | 'points'> & { calls: Call[]; points: PointsEntry[] };

export const data = (parts: Partial<RowData> = {}): RowData => ({
  customers: [], calls: [], complaints: [], qaAudits: [], training: [], points: [], ...parts,
});
