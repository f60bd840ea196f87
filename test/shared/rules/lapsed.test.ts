// 客户流失 (003): lapsed when the last visit or purchase is more than the service cycle × archive.lapsedAfterCycles days back.
import { describe, it, expect } from 'vitest';
import { isLapsed, lapsedAfterDays } from '../../../shared/rules/lapsed';
import { defaultSettings, withSetting } from '../../../shared/settings';
import type { Customer } from '../../../shared/schema/customers';

// Photo studio: cycle 365 days × 1.5 = 547.5 days (hand computed); a car-service cycle of 180 × 1.5 = 270.
const settings = defaultSettings('photo-studio');
const car = defaultSettings('car-service');

describe('lapsedAfterDays', () => {
  const cases = [
    { description: 'default cycle 365 × 1.5', input: { customer: {}, s: settings }, expected: 547.5 },
    { description: "the customer's own cycle 180 × 1.5", input: { customer: { serviceCycleDays: 180 }, s: settings }, expected: 270 },
    { description: 'car-service default 180 × 1.5', input: { customer: {}, s: car }, expected: 270 },
    { description: 'factor from Settings: 365 × 2', input: { customer: {}, s: withSetting(settings, 'archive.lapsedAfterCycles', 2) }, expected: 730 },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(lapsedAfterDays(input.customer, input.s)).toBe(expected);
  });
});

describe('isLapsed', () => {
  // 003 "客户流失": no visit for longer than the cycle × factor; boundary rows on either side of 270 and 547.5 days.
  const cases: { description: string; input: { customer: Pick<Customer, 'lastVisit' | 'firstVisit' | 'serviceCycleDays'>; on: string }; expected: boolean }[] = [
    { description: 'cycle 180: 270 days since the last visit is not yet lapsed', input: { customer: { lastVisit: '2026-01-01', serviceCycleDays: 180 }, on: '2026-09-28' }, expected: false },
    { description: 'cycle 180: 271 days is lapsed', input: { customer: { lastVisit: '2026-01-01', serviceCycleDays: 180 }, on: '2026-09-29' }, expected: true },
    { description: 'default 365: 547 days is not lapsed', input: { customer: { lastVisit: '2025-01-01' }, on: '2026-07-02' }, expected: false },
    { description: 'default 365: 548 days is lapsed', input: { customer: { lastVisit: '2025-01-01' }, on: '2026-07-03' }, expected: true },
    { description: 'no last visit: the first visit stands in', input: { customer: { firstVisit: '2024-01-01' }, on: '2026-07-03' }, expected: true },
    { description: 'no visit on record is not judged', input: { customer: {}, on: '2026-07-03' }, expected: false },
    { description: 'a last visit after the day (a later month in the sheet) is not lapsed', input: { customer: { lastVisit: '2026-08-01', firstVisit: '2020-01-01' }, on: '2026-07-03' }, expected: false },
    { description: 'a date-time day is read by its date', input: { customer: { lastVisit: '2026-01-01', serviceCycleDays: 180 }, on: '2026-09-29T23:59:59' }, expected: true },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isLapsed(input.customer, input.on, settings)).toBe(expected);
  });
});

describe('isLapsed with the last purchase', () => {
  // Issue 9 item 10: "no visit or purchase for longer than the service cycle × a Settings factor".
  const customer = { lastVisit: '2025-01-01' };
  const cases = [
    { description: 'a purchase 100 days back keeps a customer not seen for 548 days', input: { purchase: '2026-03-25', on: '2026-07-03' }, expected: false },
    { description: 'a purchase 548 days back does not', input: { purchase: '2025-01-01', on: '2026-07-03' }, expected: true },
    { description: 'a purchase after the day does not count yet', input: { purchase: '2026-08-01', on: '2026-07-03' }, expected: true },
    { description: 'a purchase alone, 547 days back → not lapsed', input: { purchase: '2025-01-02', on: '2026-07-03', alone: true }, expected: false },
    { description: 'a purchase alone, 548 days back → lapsed', input: { purchase: '2025-01-01', on: '2026-07-03', alone: true }, expected: true },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(isLapsed('alone' in input ? {} : customer, input.on, settings, input.purchase)).toBe(expected);
  });
});
