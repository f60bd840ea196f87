// 新人培训考核 — new-hire tests: one row per trainee per test.
import { TRAINING_DECISION, TRAINING_RESULT, TRAINING_TEST } from '../enums';
import type { Column, RecordOf, SheetSchema } from './types';

const COLUMNS = [
  { key: 'id', zh: '记录编号', en: 'Record ID', type: 'id', required: true, unique: true },
  { key: 'cohort', zh: '批次', en: 'Cohort', type: 'text', required: true },
  { key: 'trainee', zh: '学员', en: 'Trainee', type: 'text', required: true },
  { key: 'mentor', zh: '导师', en: 'Mentor', type: 'text' },
  { key: 'startDate', zh: '入职日期', en: 'Start date', type: 'date', required: true },
  { key: 'test', zh: '考核项目', en: 'Test', type: 'enum', values: TRAINING_TEST, required: true },
  { key: 'date', zh: '考核日期', en: 'Test date', type: 'date', required: true },
  { key: 'paper', zh: '试卷', en: 'Paper', type: 'text' },
  { key: 'score', zh: '成绩', en: 'Score', type: 'integer', required: true, min: 0, max: 100 },
  { key: 'decision', zh: '结果处理', en: 'Decision', type: 'enum', values: TRAINING_DECISION },
  { key: 'result', zh: '考核结果', en: 'Result', type: 'enum', values: TRAINING_RESULT, computed: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type TrainingResult = RecordOf<typeof COLUMNS>;

export const TRAINING: SheetSchema = {
  name: 'training',
  file: 'training.csv',
  zh: '新人培训考核',
  en: 'Training tests',
  columns: COLUMNS,
};
