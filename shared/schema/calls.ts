// 回访记录 — follow-up call records: one row per contact attempt.
import { CHANNEL, PURPOSE, REACHED, SATISFACTION } from '../enums';
import type { Column, RecordOf, SheetSchema } from './types';

const COLUMNS = [
  { key: 'id', zh: '回访编号', en: 'Call ID', type: 'id', required: true, unique: true },
  { key: 'customerId', zh: '客户编号', en: 'Customer ID', type: 'id', required: true, references: 'customers', private: true },
  { key: 'at', zh: '回访时间', en: 'Date and time', type: 'date-time', required: true },
  { key: 'agent', zh: '客服', en: 'Agent', type: 'text', required: true },
  { key: 'channel', zh: '方式', en: 'Channel', type: 'enum', values: CHANNEL, required: true },
  { key: 'purpose', zh: '回访目的', en: 'Purpose', type: 'enum', values: PURPOSE, required: true },
  { key: 'serviceDate', zh: '服务日期', en: 'Service date', type: 'date' },
  { key: 'stage', zh: '服务阶段', en: 'Stage', type: 'enum', values: (s) => s.lists.stages },
  { key: 'reached', zh: '接通情况', en: 'Reached', type: 'enum', values: REACHED, required: true },
  { key: 'satisfaction', zh: '满意度', en: 'Satisfaction', type: 'enum', values: SATISFACTION },
  { key: 'comment', zh: '客户意见', en: 'Comment', type: 'text', private: true, prose: true },
  { key: 'suggestion', zh: '客户建议', en: 'Suggestion', type: 'text', private: true, prose: true },
  { key: 'promisedAnswerDate', zh: '承诺答复日期', en: 'Promised answer date', type: 'date' },
  { key: 'nextContactDate', zh: '下次联系日期', en: 'Next contact date', type: 'date' },
  { key: 'complaintId', zh: '投诉编号', en: 'Complaint ID', type: 'id', references: 'complaints' },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type Call = RecordOf<typeof COLUMNS>;

export const CALLS: SheetSchema = {
  name: 'calls',
  file: 'calls.csv',
  zh: '回访记录',
  en: 'Follow-up calls',
  columns: COLUMNS,
};
