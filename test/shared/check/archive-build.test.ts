// 建档日期 check: an archive made later than archive.buildWithinDays after the first visit is flagged, in both languages.
import { describe, expect, it } from 'vitest';
import { daysArchiveLate, findLateArchives } from '../../../shared/check/archive-build';
import { checkWorkbook } from '../../../shared/check/check-workbook';
import { readSheet } from '../../../shared/csv/read-sheet';
import { CUSTOMERS } from '../../../shared/schema';
import { defaultSettings, withSetting } from '../../../shared/settings';

const settings = defaultSettings();

describe('daysArchiveLate', () => {
  // 000: "业务部应于二日内将客户有关情况整理制表并建立档案" — within 2 days; day 2 is on time, day 3 late.
  const cases = [
    { description: 'made the same day → on time', input: { firstVisit: '2026-03-05', createdAt: '2026-03-05' }, expected: undefined },
    { description: 'made 2 days later → on time (二日内)', input: { firstVisit: '2026-03-05', createdAt: '2026-03-07' }, expected: undefined },
    { description: 'made 3 days later → 3 days late', input: { firstVisit: '2026-03-05', createdAt: '2026-03-08' }, expected: 3 },
    { description: 'across a month end: 28 Feb → 3 Mar is 3 days', input: { firstVisit: '2026-02-28', createdAt: '2026-03-03' }, expected: 3 },
    { description: 'made before the first visit (a phone enquiry) → not late', input: { firstVisit: '2026-03-05', createdAt: '2026-03-01' }, expected: undefined },
    { description: 'no created date → not judged', input: { firstVisit: '2026-03-05' }, expected: undefined },
    { description: 'no first visit → not judged', input: { createdAt: '2026-03-05' }, expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(daysArchiveLate(input, settings)).toBe(expected);
  });

  it('reads the limit from Settings', () => {
    expect(daysArchiveLate({ firstVisit: '2026-03-05', createdAt: '2026-03-08' }, withSetting(settings, 'archive.buildWithinDays', 3))).toBeUndefined();
  });
});

describe('findLateArchives', () => {
  const read = readSheet([
    'Customer ID,Name,Phone,First visit,Created',
    'C1,王芳,13812345678,2026-03-05,2026-03-07',
    'C2,李强,13912345678,2026-03-05,2026/3/8',
    'C3,赵敏,13712345678,2026-03-05,',
  ].join('\n') + '\n', 'customers.csv', CUSTOMERS, settings);

  it('warns at the late row\'s 建档日期 cell, with both dates and the limit in zh and en', () => {
    expect(read.issues).toEqual([]);
    const issues = findLateArchives(read, settings);
    expect(issues).toEqual([{
      file: 'customers.csv', line: 3, column: 5, code: 'archive-late', level: 'warning',
      message: 'Created (建档日期) 2026-03-08 is 3 days after First visit (首次到店) 2026-03-05; the archive should be made within 2 days of the first visit',
      messageZh: '建档日期（Created） 2026-03-08 比首次到店（First visit） 2026-03-05 晚 3 天，档案应在首次到店后 2 天内建立',
    }]);
  });

  it('runs as part of checkWorkbook', () => {
    expect(checkWorkbook({ customers: read }, settings).map((i) => i.code)).toEqual(['archive-late']);
  });

  it('accepts the zh header 建档日期', () => {
    const zh = readSheet('客户编号,客户姓名,联系电话,首次到店,建档日期\nC1,王芳,13812345678,2026-03-05,2026-03-09\n', 'customers.csv', CUSTOMERS, settings);
    expect(findLateArchives(zh, settings).map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['archive-late@2:5']);
  });
});
