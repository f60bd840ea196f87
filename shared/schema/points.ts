// 积分 — the membership points ledger: earned from spend and referrals, spent on redemptions.
import { POINTS_KIND } from '../enums';
import type { Column, RecordOf, SheetSchema } from './types';

const COLUMNS = [
  { key: 'id', zh: '流水号', en: 'Entry ID', type: 'id', required: true, unique: true },
  { key: 'customerId', zh: '客户编号', en: 'Customer ID', type: 'id', required: true, references: 'customers', private: true },
  { key: 'date', zh: '日期', en: 'Date', type: 'date', required: true },
  { key: 'kind', zh: '类型', en: 'Kind', type: 'enum', values: POINTS_KIND, required: true },
  { key: 'points', zh: '积分变动', en: 'Points', type: 'integer', required: true },
  { key: 'amount', zh: '消费金额', en: 'Amount spent', type: 'money', min: 0 },
  { key: 'note', zh: '备注', en: 'Note', type: 'text', private: true, prose: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type PointsEntry = RecordOf<typeof COLUMNS>;

export const POINTS: SheetSchema = {
  name: 'points',
  file: 'points.csv',
  zh: '积分',
  en: 'Points ledger',
  columns: COLUMNS,
};
