// kefu check warns about outbound phone calls inside quiet hours (001 "避免在客户休息时打扰客户"), never about inbound calls or messages.
import { describe, expect, it } from 'vitest';
import { checkWorkbook } from '../../../shared/check/check-workbook';
import { readSheet } from '../../../shared/csv/read-sheet';
import { formatIssue } from '../../../shared/issue';
import { CALLS } from '../../../shared/schema';
import { defaultSettings, withSetting } from '../../../shared/settings';

const settings = defaultSettings();
const HEADER = 'Call ID,Customer ID,Date and time,Agent,Channel,Purpose,Reached';

function warnings(row: string, s = settings) {
  const calls = readSheet(`${HEADER}\n${row}\n`, 'calls.csv', CALLS, s);
  expect(calls.issues).toEqual([]);
  return checkWorkbook({ calls }, s).map((i) => `${i.level ?? 'problem'}:${i.code}@${i.line}:${i.column}`);
}

describe('quiet-hours calls', () => {
  const flagged = ['warning:quiet-hours-call@2:3'];
  // 001: "避免在客户休息时打扰客户"; default quiet hours 12:00-14:00 and 20:00-08:00, the end not included.
  const cases: { description: string; input: string; expected: string[] }[] = [
    { description: 'a post-service phone call at 11:59', input: 'K1,C1,2026-10-03 11:59,张敏,电话,服务后回访,已接通', expected: [] },
    { description: 'a post-service phone call at 12:00', input: 'K1,C1,2026-10-03 12:00,张敏,电话,服务后回访,已接通', expected: flagged },
    { description: 'a phone call at 13:59', input: 'K1,C1,2026-10-03 13:59,张敏,phone,second follow-up,reached', expected: flagged },
    { description: 'a phone call at 14:00', input: 'K1,C1,2026-10-03 14:00,张敏,phone,second follow-up,reached', expected: [] },
    { description: 'a phone call at 19:59', input: 'K1,C1,2026-10-03 19:59,张敏,phone,greeting,reached', expected: [] },
    { description: 'a phone call at 20:00', input: 'K1,C1,2026-10-03 20:00,张敏,phone,greeting,reached', expected: flagged },
    { description: 'a phone call at 07:59', input: 'K1,C1,2026-10-03 07:59,张敏,phone,renewal,reached', expected: flagged },
    { description: 'a phone call at 08:00', input: 'K1,C1,2026-10-03 08:00,张敏,phone,renewal,reached', expected: [] },
    { description: 'an unanswered phone call still rang at 12:30', input: 'K1,C1,2026-10-03 12:30,张敏,phone,post-service,no answer', expected: flagged },
    { description: 'an inbound call at 21:00 is the customer\'s own choice', input: 'K1,C1,2026-10-03 21:00,张敏,phone,inbound enquiry,reached', expected: [] },
    { description: 'an SMS at 21:00 waits until read', input: 'K1,C1,2026-10-03 21:00,张敏,SMS,event notice,reached', expected: [] },
    { description: 'a WeChat message at 12:30 waits until read', input: 'K1,C1,2026-10-03 12:30,张敏,微信,服务后回访,已接通', expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(warnings(input)).toEqual(expected);
  });

  it('follows the quiet hours of the Settings sheet', () => {
    const lateLunch = withSetting(settings, 'followUp.quietHours', [{ from: '12:30', to: '14:30' }]);
    expect(warnings('K1,C1,2026-10-03 12:15,张敏,phone,post-service,reached', lateLunch)).toEqual([]);
    expect(warnings('K1,C1,2026-10-03 14:15,张敏,phone,post-service,reached', lateLunch)).toEqual(['warning:quiet-hours-call@2:3']);
    expect(warnings('K1,C1,2026-10-03 21:00,张敏,phone,post-service,reached', lateLunch)).toEqual([]);
  });

  it('says in both languages when, and which quiet hours, as a warning line', () => {
    const calls = readSheet(`${HEADER}\nK1,C1,2026-10-03 21:05,张敏,phone,post-service,reached\n`, 'calls.csv', CALLS, settings);
    const [issue] = checkWorkbook({ calls }, settings);
    expect(formatIssue(issue!, 'en')).toBe('calls.csv:2:3: warning: Date and time (回访时间) 2026-10-03 21:05 is inside the quiet hours 20:00-08:00 (Settings): outbound calls should not disturb customers while they rest');
    expect(formatIssue(issue!, 'zh')).toBe('calls.csv:2:3: 提醒：回访时间（Date and time） 2026-10-03 21:05 在客户休息时间 20:00-08:00（设置）内：回访应避免在客户休息时打扰客户');
  });
});
