// 客户档案 — the customer archive: one row per customer.
import { TIER } from '../enums';
import type { Column, RecordOf, SheetSchema } from './types';

const COLUMNS = [
  { key: 'id', zh: '客户编号', en: 'Customer ID', type: 'id', required: true, unique: true, private: true },
  { key: 'name', zh: '客户姓名', en: 'Name', type: 'text', required: true, private: true },
  { key: 'phone', zh: '联系电话', en: 'Phone', type: 'phone', required: true, unique: true, private: true },
  { key: 'organisation', zh: '单位名称', en: 'Organisation', type: 'text', private: true },
  { key: 'address', zh: '地址', en: 'Address', type: 'text', private: true, prose: true },
  { key: 'source', zh: '客户来源', en: 'Source', type: 'enum', values: (s) => s.lists.sources },
  { key: 'referrerId', zh: '介绍人编号', en: 'Referrer ID', type: 'id', references: 'customers', private: true },
  { key: 'memberCardNo', zh: '会员卡号', en: 'Member card no.', type: 'text', unique: true, private: true },
  { key: 'cardIssued', zh: '发卡日期', en: 'Card issued', type: 'date' },
  { key: 'cardRecalled', zh: '收卡日期', en: 'Card recalled', type: 'date' },
  { key: 'stage', zh: '服务阶段', en: 'Stage', type: 'enum', values: (s) => s.lists.stages },
  { key: 'stageOwner', zh: '负责人', en: 'Stage owner', type: 'text' },
  { key: 'firstVisit', zh: '首次到店', en: 'First visit', type: 'date' },
  { key: 'lastVisit', zh: '最近到店', en: 'Last visit', type: 'date' },
  { key: 'serviceItems', zh: '服务项目', en: 'Service items', type: 'text', private: true, prose: true },
  { key: 'serviceCycleDays', zh: '保养周期', en: 'Service cycle (days)', type: 'integer', min: 0 },
  { key: 'spendThisYear', zh: '本年消费', en: 'Spend this year', type: 'money', min: 0 },
  { key: 'visitsThisYear', zh: '本年到店次数', en: 'Visits this year', type: 'integer', min: 0 },
  { key: 'referrals', zh: '介绍客户数', en: 'Referrals', type: 'integer', min: 0, computed: true },
  { key: 'points', zh: '积分', en: 'Points', type: 'integer', min: 0 },
  { key: 'birthday', zh: '生日', en: 'Birthday', type: 'date', private: true },
  { key: 'tier', zh: '客户等级', en: 'Tier', type: 'enum', values: TIER, computed: true },
  { key: 'assignedAgent', zh: '专属客服', en: 'Assigned agent', type: 'text' },
  { key: 'consent', zh: '同意回访', en: 'Consent to contact', type: 'boolean' },
  { key: 'createdAt', zh: '建档日期', en: 'Created', type: 'date' },
  { key: 'nextServiceDate', zh: '下次服务日期', en: 'Next service date', type: 'date', computed: true },
  { key: 'followUpDue', zh: '回访期限', en: 'Follow-up due', type: 'date', computed: true },
  { key: 'followUpOverdue', zh: '回访逾期', en: 'Follow-up overdue', type: 'boolean', computed: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type Customer = RecordOf<typeof COLUMNS>;

export const CUSTOMERS: SheetSchema = {
  name: 'customers',
  file: 'customers.csv',
  zh: '客户档案',
  en: 'Customers',
  columns: COLUMNS,
};
