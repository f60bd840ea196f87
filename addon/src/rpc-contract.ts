// The google.script.run contract between the sidebars (addon/src/sidebar/*.html) and the server functions in main.ts.

import type { Lang } from '../../shared/issue';

export type { Lang };

/** One choice of a dropdown: the key is what the server wants back, zh/en what a person reads. */
export interface Choice {
  key: string;
  zh: string;
  en: string;
}

export interface SidebarContext {
  lang: Lang;
  /** Agents already named in the calls sheet (and the assigned agents of customers), sorted. */
  agents: string[];
  channels: Choice[];
  purposes: Choice[];
  reachedValues: Choice[];
  satisfactionValues: Choice[];
  /** From the Settings sheet's list, so a shop's own categories appear. */
  complaintCategories: Choice[];
  complaintStages: Choice[];
  /** Service stages from the Settings sheet's list, for a call's 服务阶段. */
  stages: Choice[];
  /** yyyy-mm-dd in the spreadsheet's time zone. */
  today: string;
}

export interface CustomerMatch {
  id: string;
  name: string;
  phone: string;
  /** The tier key (vip, core, potential, ordinary) when the sheet has one. */
  tier?: string;
}

/** Enum fields are keys (Choice.key); dates are yyyy-mm-dd, `at` is yyyy-mm-ddThh:mm (defaults to now). */
export interface CallInput {
  customerId: string;
  at?: string;
  agent: string;
  channel: string;
  purpose: string;
  reached: string;
  satisfaction?: string;
  serviceDate?: string;
  comment?: string;
  promisedAnswerDate?: string;
  nextContactDate?: string;
  complaintId?: string;
  /** Stage key of the service the call follows up. */
  stage?: string;
}

/** 新建客户 from the sidebar: consent true when the customer agreed, left out when not asked. */
export interface NewCustomerInput {
  name: string;
  phone: string;
  consent?: boolean;
}

export interface ComplaintInput {
  customerId?: string;
  channel: string;
  category: string;
  content: string;
}

export interface RpcIssue {
  /** The input field (CallInput / ComplaintInput key) the message is about; '' for the whole request. */
  field: string;
  message: string;
}

/**
 * warnings: saved, but worth the person's attention (a call logged inside quiet hours). followUpDue: a closed
 * complaint's follow-up call is owed by this day (yyyy-mm-dd).
 */
export type RpcResult = { ok: true; id: string; warnings?: RpcIssue[]; followUpDue?: string } | { ok: false; issues: RpcIssue[] };

export interface OpenComplaint {
  id: string;
  /** yyyy-mm-ddThh:mm:ss */
  receivedAt: string;
  /** Category key. */
  category: string;
  /** Stage key (accept … review). */
  stage: string;
  ageHours: number;
  slaBreached: boolean;
  /** The first-response clock: met / breached / pending (shared/rules/complaint-sla). */
  sla: 'met' | 'breached' | 'pending';
  /** Hours left before the first-response limit, negative once over; absent once answered (the clock has stopped). */
  hoursLeft?: number;
  /** yyyy-mm-ddThh:mm:ss, when recorded. */
  firstResponseAt?: string;
  customerName?: string;
  /** What the customer complained about (the sidebar shows one line). */
  content: string;
}

export interface FollowUpItem {
  customerId: string;
  name: string;
  phone: string;
  /** Why the call is due, in the sidebar's language. */
  reason: string;
  /** yyyy-mm-dd */
  due: string;
  /** 1-based row of the customer in the customers sheet. */
  sheetRow: number;
  /** Days past `due`, on overdue items. */
  overdueDays?: number;
  /** What the call form starts with when the item is logged (keys; dates yyyy-mm-dd). */
  prefill: { purpose?: string; stage?: string; serviceDate?: string };
}

export interface FollowUpsToday {
  /** Window open today, the earliest deadline first. */
  due: FollowUpItem[];
  /** Missed at most followUp.foldOverdueAfterDays days ago, the most recent first. */
  overdue: FollowUpItem[];
  /** Missed longer ago: shown folded. */
  folded: FollowUpItem[];
  /** followUp.foldOverdueAfterDays, for the folded section's heading. */
  foldAfterDays: number;
  /** today: due by today; overdue: overdue + folded; week: due within the next 7 days (today included). */
  counts: { today: number; overdue: number; week: number };
  coverage: { members: number; covered: number; share: number | undefined };
}

export interface ValidationIssue {
  /** The sheet's name as the workbook shows it. */
  sheet: string;
  /** e.g. "C12"; "A1" when the problem is the whole sheet. */
  a1: string;
  message: string;
  /** 'warning': worth a look, not wrong data (e.g. a call in quiet hours); absent: a problem to fix. */
  level?: 'warning';
  /** The rule's code (e.g. points-mismatch): the sidebar groups a sheet's issues by it. */
  rule?: string;
  /** Where, as a person says it: "客户档案 · 第 2 行 · 积分" / "Customers · row 2 · Points". */
  place?: string;
  /** The column's title in the workbook's language, when the issue is about one column. */
  column?: string;
}

export interface ValidationReport {
  issues: ValidationIssue[];
  checkedRows: number;
}

/** Every function a sidebar may call through google.script.run, with its signature. */
export interface ServerFunctions {
  getSidebarContext(): SidebarContext;
  searchCustomers(query: string): CustomerMatch[];
  addCustomer(input: NewCustomerInput): RpcResult;
  logCall(input: CallInput): RpcResult;
  registerComplaint(input: ComplaintInput): RpcResult;
  listOpenComplaints(): OpenComplaint[];
  advanceComplaint(id: string, stage: string): RpcResult;
  respondToComplaint(id: string): RpcResult;
  /** Selects the row of a record by its sheet key (calls, complaints, customers …) and id; false when there is none. */
  goToRecord(sheetKey: string, id: string): boolean;
  closeComplaint(id: string): RpcResult;
  todaysFollowUps(): FollowUpsToday;
  validationReport(): ValidationReport;
  goToCell(sheet: string, a1: string): void;
}

/** The names, for tests that check each resolves to a global of the built bundle. */
export const SERVER_FUNCTION_NAMES: readonly (keyof ServerFunctions)[] = [
  'getSidebarContext', 'searchCustomers', 'addCustomer', 'logCall', 'registerComplaint', 'listOpenComplaints',
  'advanceComplaint', 'todaysFollowUps', 'validationReport', 'goToCell', 'respondToComplaint', 'closeComplaint',
  'goToRecord',
];
