// English check messages count with the right noun form: "1 customer names", "failed in 1 conversation", "1 day after".
import { describe, expect, it } from 'vitest';
import { findLateArchives } from '../../../shared/check/archive-build';
import { checkWorkbook } from '../../../shared/check/check-workbook';
import { readSheet } from '../../../shared/csv/read-sheet';
import { countOf } from '../../../shared/plural';
import { CUSTOMERS, POINTS, QA_AUDITS, TRAINING, type SheetSchema } from '../../../shared/schema';
import { defaultSettings, withSetting, type Settings } from '../../../shared/settings';

const settings = defaultSettings();
const read = (schema: SheetSchema, lines: string[], s: Settings = settings) => readSheet(`${lines.join('\n')}\n`, schema.file, schema, s);
const messages = (issues: readonly { message: string }[]): string => issues.map((i) => i.message).join('\n');

describe('counts in English check messages', () => {
  it.each([
    { description: 'zero', input: 0, expected: '0 days' },
    { description: 'one', input: 1, expected: '1 day' },
    { description: 'two', input: 2, expected: '2 days' },
  ])('countOf $description', ({ input, expected }) => {
    expect(countOf(input, 'day')).toBe(expected);
  });

  it.each([
    {
      description: 'one customer naming a referrer',
      input: () => checkWorkbook({ customers: read(CUSTOMERS, ['Customer ID,Name,Phone,Referrer ID,Spend this year,Visits this year,Referrals,Tier,Points',
        'C1,王芳,13812345678,,0,0,0,普通,0', 'C2,李强,13912345678,C1,0,0,0,普通,0']) }, settings),
      expected: 'Referrals (介绍客户数) is 0 but 1 customer names C1 as their referrer',
    },
    {
      description: 'a criterion failed in one conversation when none was unqualified',
      input: () => checkWorkbook({ qaAudits: read(QA_AUDITS, ['Audit ID,Date,Agent,Sampled,Unqualified,Unqualified: greeting', 'Q1,2026-11-03,张敏,20,0,1']) }, settings),
      expected: 'failed in 1 conversation but only 0 were unqualified',
    },
    {
      description: 'a criterion failed in two conversations when one was unqualified',
      input: () => checkWorkbook({ qaAudits: read(QA_AUDITS, ['Audit ID,Date,Agent,Sampled,Unqualified,Unqualified: greeting', 'Q1,2026-11-03,张敏,20,1,2']) }, settings),
      expected: 'failed in 2 conversations but only 1 was unqualified',
    },
    {
      description: 'a retake one day after the exam',
      input: () => checkWorkbook({ training: read(TRAINING, ['Record ID,Cohort,Trainee,Start date,Test,Test date,Paper,Score',
        'R1,2026-03,小周,2026-03-02,probation,2026-03-23,A,70', 'R2,2026-03,小周,2026-03-02,probation-retake,2026-03-24,B,85']) }, settings),
      expected: 'the probation retake was sat on 2026-03-24, 1 day after the probation exam (2026-03-23); it is due 2 days after, on 2026-03-25',
    },
    {
      description: 'an archive limit of one day',
      input: () => {
        const s = withSetting(settings, 'archive.buildWithinDays', 1);
        return findLateArchives(read(CUSTOMERS, ['客户编号,客户姓名,联系电话,首次到店,建档日期', 'C1,王芳,13812345678,2026-03-05,2026-03-07'], s), s);
      },
      expected: 'is 2 days after First visit (首次到店) 2026-03-05; the archive should be made within 1 day of the first visit',
    },
    {
      description: 'a referral worth one point',
      input: () => {
        const s = withSetting(settings, 'points.perReferral', 1);
        return checkWorkbook({ points: read(POINTS, ['Entry ID,Customer ID,Date,Kind,Points,Amount spent', 'P1,C1,2026-10-04,referral,80,'], s) }, s);
      },
      expected: 'but a referral earns 1 point (Settings: points per referred customer)',
    },
  ])('$description', ({ input, expected }) => {
    expect(messages(input())).toContain(expected);
  });
});
