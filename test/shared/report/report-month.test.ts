// Which month a report opens on (issue 12 item 2): asked, else the newest ended month with data; a month in progress is partial.
import { describe, expect, it } from 'vitest';
import { chooseReportMonth, type ReportMonth } from '../../../shared/report/report-month';

describe('chooseReportMonth', () => {
  const months = ['2026-09', '2026-10', '2026-11'];
  const cases: { description: string; input: { months: string[]; today: string; asked?: string }; expected: ReportMonth }[] = [
    { description: 'the 1st of December with one call logged: November has ended, December is not shown', input: { months: [...months, '2026-12'], today: '2026-12-01' }, expected: { ok: true, month: '2026-11', partial: false } },
    { description: 'on the last day of November: October, the newest ended month', input: { months, today: '2026-11-30' }, expected: { ok: true, month: '2026-10', partial: false } },
    { description: 'asked for the month in progress: shown, marked partial', input: { months, today: '2026-11-30', asked: '2026-11' }, expected: { ok: true, month: '2026-11', partial: true } },
    { description: 'asked for an ended month', input: { months, today: '2026-11-30', asked: '2026-09' }, expected: { ok: true, month: '2026-09', partial: false } },
    { description: 'no month has ended yet: the newest, partial', input: { months: ['2026-11'], today: '2026-11-15' }, expected: { ok: true, month: '2026-11', partial: true } },
    { description: 'no data at all', input: { months: [], today: '2026-11-15' }, expected: { ok: true, month: undefined, partial: false } },
    { description: 'a malformed month', input: { months, today: '2026-11-30', asked: '2026-13' }, expected: { ok: false, problem: { en: 'KEFU_MONTH must be YYYY-MM (e.g. 2026-10), not "2026-13".', zh: 'KEFU_MONTH 应写作 YYYY-MM（例如 2026-10），而不是"2026-13"。' } } },
    { description: 'a month without data', input: { months, today: '2026-11-30', asked: '2026-05' }, expected: { ok: false, problem: { en: '2026-05 has no data; months with data: 2026-09, 2026-10, 2026-11.', zh: '2026-05 没有数据；有数据的月份：2026-09, 2026-10, 2026-11。' } } },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => expect(chooseReportMonth(input.months, input.today, input.asked)).toEqual(expected));
  }
});
