// Cross-sheet checks: duplicates, references, and rows that disagree with a domain rule.
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/check/check-workbook';
import { readSheet, type SheetRead } from '../../../shared/csv/read-sheet';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, QA_AUDITS, TRAINING, type SheetName, type SheetSchema } from '../../../shared/schema';
import { defaultSettings, withSetting } from '../../../shared/settings';
import { sortIssues } from '../../../shared/issue';

const settings = defaultSettings();

function sheet(schema: SheetSchema, lines: string[]): SheetRead {
  return readSheet(lines.join('\n') + '\n', schema.file, schema, settings);
}

const customerHeader = 'Customer ID,Name,Phone,Referrer ID,Spend this year,Visits this year,Referrals,Tier,Points';
const customers = (...rows: string[]) => sheet(CUSTOMERS, [customerHeader, ...rows]);

function codesAndPlaces(sheets: Partial<Record<SheetName, SheetRead>>, s = settings): string[] {
  return sortIssues(checkWorkbook(sheets, s)).map((i) => `${i.code}@${i.file}:${i.line}:${i.column}`);
}

describe('checkWorkbook', () => {
  it('finds nothing wrong in a consistent workbook', () => {
    const c = customers('C1,王芳,13812345678,,25000,1,1,VIP,0', 'C2,李强,13912345678,C1,0,0,0,普通,0');
    expect(c.issues).toEqual([]);
    expect(checkWorkbook({ customers: c }, settings)).toEqual([]);
  });

  // Ids match ignoring case in the sheet (COUNTIF); check makes that harmless: ids unique ignoring case, references exact.
  it.each([
    { description: 'C1 and c1 are the same id twice', input: { ids: ['C1', 'c1'], referrer: '' }, expected: ['duplicate-id@customers.csv:3:1'] },
    { description: 'a referrer c1 for the customer C1 names the case slip', input: { ids: ['C1', 'C2'], referrer: 'c1' }, expected: ['unknown-reference@customers.csv:3:4'] },
    { description: 'a referrer written exactly is fine', input: { ids: ['C1', 'C2'], referrer: 'C1' }, expected: [] },
  ])('ids and letter case: $description', ({ input, expected }) => {
    // Referrals and tier left blank: only the ids are under test.
    const c = customers(`${input.ids[0]},王芳,13812345678,,0,0,,,0`, `${input.ids[1]},李强,13912345678,${input.referrer},0,0,,,0`);
    const issues = sortIssues(checkWorkbook({ customers: c }, settings));
    expect(issues.map((i) => `${i.code}@${i.file}:${i.line}:${i.column}`)).toEqual(expected);
    if (input.referrer === 'c1') expect(issues[0]!.messageZh).toContain('只差大小写，请写成"C1"');
  });

  it('names the second use of an id and of a phone, pointing back to the first', () => {
    const c = customers('C1,王芳,13812345678,,0,0,0,普通,0', 'C1,李强,138 1234 5678,,0,0,0,普通,0');
    const issues = checkWorkbook({ customers: c }, settings);
    expect(issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['duplicate-id@3:1', 'duplicate-phone@3:3']);
    expect(issues[0]!.message).toContain('already used at line 2');
  });

  it('reports a call whose customer is not in the archive, but only when the archive was read', () => {
    const c = customers('C1,王芳,13812345678,,0,0,0,普通,0');
    const calls = sheet(CALLS, ['Call ID,Customer ID,Date and time,Agent,Channel,Purpose,Reached',
      'K1,C1,2026-11-03 10:00,张敏,phone,post-service,reached', 'K2,C9,2026-11-03 11:00,张敏,phone,post-service,reached']);
    expect(codesAndPlaces({ customers: c, calls })).toEqual(['unknown-reference@calls.csv:3:2']);
    expect(codesAndPlaces({ calls })).toEqual([]);
  });

  it('flags a tier column that disagrees with the tier rule, with the Settings thresholds', () => {
    const c = customers('C1,王芳,13812345678,,19999,0,0,VIP,0');
    expect(codesAndPlaces({ customers: c })).toEqual(['tier-mismatch@customers.csv:2:8']);
    expect(codesAndPlaces({ customers: c }, withSetting(settings, 'tier.vip.spend', 19999))).toEqual([]);
  });

  it('flags a referrals count that does not match who names the customer as referrer', () => {
    const c = customers('C1,王芳,13812345678,,0,0,1,潜力,0', 'C2,李强,13912345678,,0,0,0,普通,0');
    expect(codesAndPlaces({ customers: c })).toEqual(['referrals-mismatch@customers.csv:2:7']);
  });

  it('flags a points ledger that goes negative, and a points column that disagrees with the ledger', () => {
    const c = customers('C1,王芳,13812345678,,0,0,0,普通,100');
    const points = sheet(POINTS, ['Entry ID,Customer ID,Date,Kind,Points',
      'P1,C1,2026-01-01,spend,50', 'P2,C1,2026-02-01,redeem,-80', 'P3,C1,2026-03-01,spend,100']);
    expect(codesAndPlaces({ customers: c, points })).toEqual(['points-mismatch@customers.csv:2:9', 'points-negative@points.csv:3:5']);
  });

  it('flags satisfaction on a call that did not reach the customer', () => {
    const calls = sheet(CALLS, ['Call ID,Customer ID,Date and time,Agent,Channel,Purpose,Reached,Satisfaction',
      'K1,C1,2026-11-03 10:00,张敏,电话,服务后回访,无人接听,满意']);
    expect(codesAndPlaces({ calls })).toEqual(['satisfaction-unreached@calls.csv:2:8']);
  });

  it('flags complaint times out of order and a stage without its time', () => {
    const complaints = sheet(COMPLAINTS, ['投诉编号,受理时间,投诉渠道,投诉类别,投诉内容,处理阶段,首次响应时间,判断时间,调查时间,结案时间',
      'T1,2026-11-03 10:00,电话,交付延期,相册晚了,调查,2026-11-03 09:00,2026-11-03 12:00,,2026-11-03 11:00']);
    expect(codesAndPlaces({ complaints })).toEqual([
      'time-order@complaints.csv:2:7', 'stage-time-missing@complaints.csv:2:9', 'time-order@complaints.csv:2:10',
    ]);
  });

  it('flags more unqualified conversations than were sampled, and a criterion above the unqualified count', () => {
    const audits = sheet(QA_AUDITS, ['Audit ID,Date,Agent,Sampled,Unqualified,Unqualified: greeting',
      'Q1,2026-11-03,张敏,20,21,0', 'Q2,2026-11-04,张敏,20,2,3']);
    expect(codesAndPlaces({ qaAudits: audits })).toEqual(['qa-over-sampled@qa-audits.csv:2:5', 'qa-criterion-over@qa-audits.csv:3:6']);
  });

  it('flags a probation retake on the same paper', () => {
    const training = sheet(TRAINING, ['Record ID,Cohort,Trainee,Start date,Test,Test date,Paper,Score',
      'R1,2026-03,小周,2026-03-02,probation,2026-03-23,A,70', 'R2,2026-03,小周,2026-03-02,probation-retake,2026-03-25,A,85']);
    expect(codesAndPlaces({ training })).toEqual(['retake-same-paper@training.csv:3:7']);
  });

  // 000: "二天后再次考試(考試題目與上次不同)": day +2 is right, +1 and +3 are flagged at the retake's date.
  const retakeOn = (date: string) => sheet(TRAINING, ['Record ID,Cohort,Trainee,Start date,Test,Test date,Paper,Score',
    'R1,2026-03,小周,2026-03-02,probation,2026-03-23,A,70', `R2,2026-03,小周,2026-03-02,probation-retake,${date},B,85`]);
  const wrongDay = [
    { description: 'retake 1 day after → wrong day', input: '2026-03-24', expected: ['retake-wrong-day@training.csv:3:6'] },
    { description: 'retake 2 days after → fine', input: '2026-03-25', expected: [] },
    { description: 'retake 3 days after → wrong day', input: '2026-03-26', expected: ['retake-wrong-day@training.csv:3:6'] },
  ];
  it.each(wrongDay)('$description', ({ input, expected }) => {
    expect(codesAndPlaces({ training: retakeOn(input) })).toEqual(expected);
  });

  it('says the wrong retake day in both languages, with the day it was due', () => {
    const [issue] = checkWorkbook({ training: retakeOn('2026-03-26') }, settings);
    expect(issue!.message).toContain('2026-03-25');
    expect(issue!.message).toContain('3 days after');
    expect(issue!.messageZh).toContain('应在 2 天后，即 2026-03-25');
  });

  it('reads the retake gap from Settings for the check', () => {
    expect(codesAndPlaces({ training: retakeOn('2026-03-26') }, withSetting(settings, 'training.retakeAfterDays', 3))).toEqual([]);
  });
});
