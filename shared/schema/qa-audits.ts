// 质检 — quality audits: one row per agent per working day, counting unqualified conversations per criterion.
import { BONUS_BAND, QA_CRITERION, type BonusBand, type QaCriterion } from '../enums';
import type { Column, SheetSchema } from './types';

export type QaAudit = {
  id: string;
  date: string;
  agent: string;
  auditor?: string;
  sampled: number;
  unqualified: number;
  note?: string;
  dayPoint?: number;
  monthlyPoints?: number;
  bonusBand?: BonusBand;
} & Partial<Record<QaCriterion, number>>;

const criterionColumns: Column[] = QA_CRITERION.map((c) => ({
  key: c.key,
  zh: `${c.zh}不合格`,
  en: `Unqualified: ${c.en}`,
  type: 'integer',
  min: 0,
}));

export const QA_AUDITS: SheetSchema = {
  name: 'qaAudits',
  file: 'qa-audits.csv',
  zh: '质检',
  en: 'QA audits',
  columns: [
    { key: 'id', zh: '质检编号', en: 'Audit ID', type: 'id', required: true, unique: true },
    { key: 'date', zh: '质检日期', en: 'Date', type: 'date', required: true },
    { key: 'agent', zh: '客服', en: 'Agent', type: 'text', required: true },
    { key: 'auditor', zh: '质检员', en: 'Auditor', type: 'text' },
    { key: 'sampled', zh: '抽检数', en: 'Sampled', type: 'integer', required: true, min: 0 },
    { key: 'unqualified', zh: '不合格数', en: 'Unqualified', type: 'integer', required: true, min: 0 },
    ...criterionColumns,
    { key: 'note', zh: '扣分说明', en: 'Deduction note', type: 'text', prose: true },
    { key: 'dayPoint', zh: '当日得分', en: 'Day point', type: 'integer', min: 0, max: 1, computed: true },
    { key: 'monthlyPoints', zh: '当月积分', en: 'Points this month', type: 'integer', min: 0, computed: true },
    { key: 'bonusBand', zh: '当月奖金档', en: 'Bonus band this month', type: 'enum', values: BONUS_BAND, computed: true },
  ],
};
