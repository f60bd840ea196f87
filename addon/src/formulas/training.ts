// Live formula of the training tests: pass or fail by the pass mark.
import { TRAINING_RESULT } from '../../../shared/enums';
import { namedRange as n } from './names';
import { text, type RangeContext } from './ranges';

type Body = (r: RangeContext) => string;

const label = (r: RangeContext, key: 'pass' | 'fail'): string => text(TRAINING_RESULT.find((v) => v.key === key)![r.lang]);

export const TRAINING_FORMULAS: Record<string, Body> = {
  result: (r) => `IF(${r.col('score')}>=${n('training.passMark')},${label(r, 'pass')},${label(r, 'fail')})`,
};
