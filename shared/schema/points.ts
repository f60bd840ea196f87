// 积分 — the membership points ledger: earned from spend and referrals, spent on redemptions.
import { POINTS_KIND, type PointsKind } from '../enums';
import type { SheetSchema } from './types';

export interface PointsEntry {
  id: string;
  customerId: string;
  date: string;
  kind: PointsKind;
  /** Positive earns, negative spends; a redemption is always negative. */
  points: number;
  /** Yuan spent, on a spend entry: its points must be floor(amount × points.perYuan). */
  amount?: number;
  note?: string;
}

export const POINTS: SheetSchema = {
  name: 'points',
  file: 'points.csv',
  zh: '积分',
  en: 'Points ledger',
  columns: [
    { key: 'id', zh: '流水号', en: 'Entry ID', type: 'id', required: true, unique: true },
    { key: 'customerId', zh: '客户编号', en: 'Customer ID', type: 'id', required: true, references: 'customers', private: true },
    { key: 'date', zh: '日期', en: 'Date', type: 'date', required: true },
    { key: 'kind', zh: '类型', en: 'Kind', type: 'enum', values: POINTS_KIND, required: true },
    { key: 'points', zh: '积分变动', en: 'Points', type: 'integer', required: true },
    { key: 'amount', zh: '消费金额', en: 'Amount spent', type: 'money', min: 0 },
    { key: 'note', zh: '备注', en: 'Note', type: 'text', private: true, prose: true },
  ],
};
