// The data table beside a chart is read off its config: same row labels, one column per series, the same numbers.
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../../site/charts/chart-table';
import { noCasesOf, wrapLabel } from '../../../site/charts/chart-kit';
import { complaintParetoChart } from '../../../site/charts/complaint-pareto';
import { defaultSettings } from '../../../shared/settings';

describe('chartTable', () => {
  it('gives the category axis title, the series labels and every value, nulls kept', () => {
    const config = complaintParetoChart({ byCategory: [{ category: 'late-delivery', count: 3, cumulativeShare: 1 }], categories: defaultSettings().lists.complaintCategories }, 'en');
    expect(chartTable(config)).toEqual({
      rowHeader: 'Complaint category',
      columns: ['Complaints (count)'],
      rows: [{ label: 'late delivery', values: [3] }],
    });
  });
});

describe('wrapLabel', () => {
  it.each([
    { input: 'typing test', expected: 'typing test' },
    { input: 'comprehensive exam 1', expected: ['comprehensive', 'exam 1'] },
    { input: '处理及时清晰处理及时清晰处理及时清晰', expected: '处理及时清晰处理及时清晰处理及时清晰' },
  ])('$input', ({ input, expected }) => expect(wrapLabel(input)).toEqual(expected));
});

describe('noCasesOf', () => {
  it('marks only gaps with no cases at all: too few and withheld still read "too few"', () => {
    expect(noCasesOf([{ n: 0, suppressed: true }, { n: 3, suppressed: true }, { suppressed: true, withheld: true }, { n: 9, value: 0.5, suppressed: false }]))
      .toEqual([true, false, false, false]);
  });
});
