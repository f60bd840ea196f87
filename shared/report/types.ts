// What the report aggregations take in, their options, and the one figure type that suppresses itself for small groups.
import type { Calls } from '../sheet/call-table';
import type { Points } from '../sheet/spend-table';
import type { Complaint } from '../schema/complaints';
import type { Customer } from '../schema/customers';
import type { QaAudit } from '../schema/qa-audits';
import type { TrainingResult } from '../schema/training';

export interface ReportData {
  customers: Customer[];
  /** As rows (typed by hand, kept by a reader) or as the table a streaming read filled (shared/sheet/call-table). */
  calls: Calls;
  complaints: Complaint[];
  qaAudits: QaAudit[];
  training: TrainingResult[];
  /** The points ledger, as rows or as the spends a streaming read kept (shared/sheet/spend-table). */
  points: Points;
}

export interface ReportOptions {
  /** Fewest cases behind a published share, median or average. */
  minGroupSize: number;
  /** Show agents as "客服 A", "客服 B" … instead of their names. */
  pseudonymiseAgents: boolean;
  /** The secret behind every pseudonym's order (never published; the site reads it from the user's config or KEFU_PSEUDONYM_KEY). */
  pseudonymKey?: string;
  /** Show trainees and mentors by name; by default a report shows them as "学员 1" … and "客服 A" …. */
  nameTrainees?: boolean;
}

/** A share, median or average computed from n cases; suppressed when n < minGroupSize (see publishFigure) so a figure cannot point at a person. */
export type Figure = { n: number; value: number; suppressed: false } | { n: number; suppressed: true };
