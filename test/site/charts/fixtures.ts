// Small golden inputs for the chart tests: Figures published and suppressed, as shared/report returns them.
import type { Figure } from '../../../shared/report/types';

export const shown = (value: number, n = 20): Figure => ({ n, value, suppressed: false });
export const hidden = (n = 2): Figure => ({ n, suppressed: true });
