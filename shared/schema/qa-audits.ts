// 质检 — quality audits: one row per agent per working day, counting unqualified conversations per criterion.
import { BONUS_BAND, QA_CRITERION, type QaCriterion } from '../enums';
import type { Column, RecordOf, SheetSchema } from './types';


const criterionColumns: Column[] = QA_CRITERION.map((c) => ({
  key: c.key,
  zh: `${c.zh}不合格`,
  en: `Unqualified: ${c.en}`,
  type: 'integer',
  min: 0,
}));

const HEAD = [
  { key: 'id', zh: '质检编号', en: 'Audit ID', type: 'id', required: true, unique: true },
  { key: 'date', zh: '质检日期', en: 'Date', type: 'date', required: true },
  { key: 'agent', zh: '客服', en: 'Agent', type: 'text', required: true },
  { key: 'auditor', zh: '质检员', en: 'Auditor', type: 'text' },
  { key: 'sampled', zh: '抽检数', en: 'Sampled', type: 'integer', required: true, min: 0 },
  { key: 'unqualified', zh: '不合格数', en: 'Unqualified', type: 'integer', required: true, min: 0 },
] as const satisfies readonly Column[];

const TAIL = [
  { key: 'note', zh: '扣分说明', en: 'Deduction note', type: 'text', prose: true },
  { key: 'dayPoint', zh: '当日得分', en: 'Day point', type: 'integer', min: 0, max: 1, computed: true },
  { key: 'monthlyPoints', zh: '当月积分', en: 'Points this month', type: 'integer', min: 0, computed: true },
  { key: 'bonusBand', zh: '当月奖金档', en: 'Bonus band this month', type: 'enum', values: BONUS_BAND, computed: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns (one integer column per QA criterion). */
export type QaAudit = RecordOf<[...typeof HEAD, ...typeof TAIL]> & Partial<Record<QaCriterion, number>>;

export const QA_AUDITS: SheetSchema = {
  name: 'qaAudits',
  file: 'qa-audits.csv',
  zh: '质检',
  en: 'QA audits',
  columns: [...HEAD, ...criterionColumns, ...TAIL],
};
