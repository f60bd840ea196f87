// 投诉登记 — the complaints register: one row per complaint, with a time for each stage of the closed loop.
import { CHANNEL, COMPLAINT_STAGE, type ComplaintStage } from '../enums';
import type { Column, RecordOf, SheetSchema } from './types';


/** The time column stamped when a complaint enters each stage after 受理. */
export const STAGE_TIME_COLUMN: Record<ComplaintStage, keyof Complaint> = {
  accept: 'receivedAt',
  judge: 'judgedAt',
  investigate: 'investigatedAt',
  propose: 'proposedAt',
  implement: 'implementedAt',
  review: 'reviewedAt',
};

const COLUMNS = [
  { key: 'id', zh: '投诉编号', en: 'Complaint ID', type: 'id', required: true, unique: true },
  { key: 'customerId', zh: '客户编号', en: 'Customer ID', type: 'id', references: 'customers', private: true },
  { key: 'receivedAt', zh: '受理时间', en: 'Received', type: 'date-time', required: true },
  { key: 'channel', zh: '投诉渠道', en: 'Channel', type: 'enum', values: CHANNEL, required: true },
  { key: 'category', zh: '投诉类别', en: 'Category', type: 'enum', values: (s) => s.lists.complaintCategories, required: true },
  { key: 'content', zh: '投诉内容', en: 'Content', type: 'text', required: true, private: true, prose: true },
  { key: 'stage', zh: '处理阶段', en: 'Stage', type: 'enum', values: COMPLAINT_STAGE, required: true },
  { key: 'valid', zh: '是否有效', en: 'Valid', type: 'boolean' },
  { key: 'department', zh: '责任部门', en: 'Responsible department', type: 'enum', values: (s) => s.lists.departments },
  { key: 'cause', zh: '原因', en: 'Cause', type: 'text', private: true, prose: true },
  { key: 'responsible', zh: '责任人', en: 'Person responsible', type: 'text' },
  { key: 'solution', zh: '处理方案', en: 'Solution', type: 'text', private: true, prose: true },
  { key: 'firstResponseAt', zh: '首次响应时间', en: 'First response', type: 'date-time' },
  { key: 'judgedAt', zh: '判断时间', en: 'Judged', type: 'date-time' },
  { key: 'investigatedAt', zh: '调查时间', en: 'Investigated', type: 'date-time' },
  { key: 'proposedAt', zh: '方案时间', en: 'Proposed', type: 'date-time' },
  { key: 'implementedAt', zh: '实施时间', en: 'Implemented', type: 'date-time' },
  { key: 'reviewedAt', zh: '总结时间', en: 'Reviewed', type: 'date-time' },
  { key: 'closedAt', zh: '结案时间', en: 'Closed', type: 'date-time' },
  { key: 'customerSigned', zh: '客户签字确认', en: 'Customer signed', type: 'boolean' },
  { key: 'feedback', zh: '客户反馈', en: 'Feedback', type: 'text', private: true, prose: true },
  { key: 'ageHours', zh: '投诉时长(小时)', en: 'Age (hours)', type: 'integer', min: 0, computed: true },
  { key: 'slaBreached', zh: '首次响应超时', en: 'First response late', type: 'boolean', computed: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type Complaint = RecordOf<typeof COLUMNS>;

export const COMPLAINTS: SheetSchema = {
  name: 'complaints',
  file: 'complaints.csv',
  zh: '投诉登记',
  en: 'Complaints',
  columns: COLUMNS,
};
