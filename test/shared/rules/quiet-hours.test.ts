// Quiet hours: 001 "一个避免…即避免在客户休息时打扰客户"; default 12:00–14:00 and 20:00–08:00, start inclusive, end exclusive.
import { describe, expect, it } from 'vitest';
import { findQuietHourCall, findQuietRange } from '../../../shared/rules/quiet-hours';
import { defaultSettings, withSetting } from '../../../shared/settings';

const settings = defaultSettings();

describe('findQuietRange with the default quiet hours (12:00-14:00; 20:00-08:00)', () => {
  // 001: "避免在客户休息时打扰客户" — lunch rest and the night; a range holds its start, not its end.
  const cases: { description: string; input: string; expected: boolean }[] = [
    { description: '11:59 is before the lunch rest', input: '2026-10-03T11:59:00', expected: false },
    { description: '12:00 starts the lunch rest', input: '2026-10-03T12:00:00', expected: true },
    { description: '13:59 is still the lunch rest', input: '2026-10-03T13:59:00', expected: true },
    { description: '13:59:59 is still the lunch rest', input: '2026-10-03T13:59:59', expected: true },
    { description: '14:00 ends the lunch rest (end exclusive)', input: '2026-10-03T14:00:00', expected: false },
    { description: '19:59 is before the night', input: '2026-10-03T19:59:00', expected: false },
    { description: '20:00 starts the night', input: '2026-10-03T20:00:00', expected: true },
    { description: '23:30 is night', input: '2026-10-03T23:30:00', expected: true },
    { description: '00:00 is night (the range runs past midnight)', input: '2026-10-04T00:00:00', expected: true },
    { description: '07:59 next morning is still night', input: '2026-10-04T07:59:00', expected: true },
    { description: '08:00 ends the night (end exclusive)', input: '2026-10-04T08:00:00', expected: false },
    { description: 'a space instead of T, no seconds', input: '2026-10-03 12:30', expected: true },
    { description: 'a date with no clock is never inside', input: '2026-10-03', expected: false },
    { description: 'a one-digit hour is no clock', input: '2026-10-03T1:30', expected: false },
    { description: 'seconds that are not two digits are left off: 13:59 is the lunch rest', input: '2026-10-03T13:59:x', expected: true },
    { description: 'nothing at all is never inside', input: '', expected: false },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findQuietRange(input, settings.followUp.quietHours) !== undefined).toBe(expected);
  });
});

describe('findQuietRange with quiet hours from Settings', () => {
  const custom = withSetting(settings, 'followUp.quietHours', [{ from: '21:30', to: '00:00' }, { from: '06:00', to: '09:00' }]);
  const cases: { description: string; input: string; expected: { from: string; to: string } | undefined }[] = [
    { description: '21:29 before a range ending at midnight', input: '2026-10-03T21:29:00', expected: undefined },
    { description: '21:30 inside it', input: '2026-10-03T21:30:00', expected: { from: '21:30', to: '00:00' } },
    { description: '23:59:59 still inside it', input: '2026-10-03T23:59:59', expected: { from: '21:30', to: '00:00' } },
    { description: '00:00 after it (midnight is its end)', input: '2026-10-04T00:00:00', expected: undefined },
    { description: '08:59 inside the morning range', input: '2026-10-04T08:59:00', expected: { from: '06:00', to: '09:00' } },
    { description: '12:30 is no longer quiet once the shop drops lunch', input: '2026-10-04T12:30:00', expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findQuietRange(input, custom.followUp.quietHours)).toEqual(expected);
  });
});

describe('findQuietHourCall: which calls disturb', () => {
  // 001 places the rule under 电话回访 ("电话回访(与短信功能配合使用)"): a ringing phone disturbs; a message waits until read.
  const lunch = { from: '12:00', to: '14:00' };
  const cases: { description: string; input: { at?: unknown; channel?: unknown; purpose?: unknown }; expected: { from: string; to: string } | undefined }[] = [
    { description: 'an outbound phone call at 12:30', input: { at: '2026-10-03T12:30:00', channel: 'phone', purpose: 'post-service' }, expected: lunch },
    { description: 'the same call at 14:00', input: { at: '2026-10-03T14:00:00', channel: 'phone', purpose: 'post-service' }, expected: undefined },
    { description: 'an inbound phone call at 12:30', input: { at: '2026-10-03T12:30:00', channel: 'phone', purpose: 'inbound' }, expected: undefined },
    { description: 'an SMS at 12:30', input: { at: '2026-10-03T12:30:00', channel: 'sms', purpose: 'event-notice' }, expected: undefined },
    { description: 'a WeChat message at 21:00', input: { at: '2026-10-03T21:00:00', channel: 'wechat', purpose: 'greeting' }, expected: undefined },
    { description: 'a visit at 12:30 (the customer came in)', input: { at: '2026-10-03T12:30:00', channel: 'visit', purpose: 'post-service' }, expected: undefined },
    { description: 'a phone call with only a date', input: { at: '2026-10-03', channel: 'phone', purpose: 'renewal' }, expected: undefined },
    { description: 'a phone call with no time at all', input: { channel: 'phone', purpose: 'renewal' }, expected: undefined },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findQuietHourCall(input, settings)).toEqual(expected);
  });
});
