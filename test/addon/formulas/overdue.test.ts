// The overdue formula by hand: the whole-sheet count has no TODAY() in it, and calls dated after today never complete a follow-up.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { enumLabel, PURPOSE, REACHED } from '../../../shared/enums';
import { CALLS, CUSTOMERS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';
import { buildWorkbook, serial } from './workbook';

// Today is 2026-11-15; a visit on 2026-11-05 had its post-service window (3 days) close on 2026-11-08.
const VISIT = '2026-11-05';
const call = (customerId: string, at: string, reached = 'reached', purpose = 'post-service') => ({
  id: `R-${customerId}`, customerId, at: serial(at), agent: '王芳', channel: '电话',
  purpose: enumLabel(PURPOSE, purpose, 'zh'), reached: enumLabel(REACHED, reached, 'zh'),
});

const cases = [
  { description: 'no call at all: overdue', input: { id: 'C1', calls: [] as ReturnType<typeof call>[] }, expected: true },
  { description: 'a reached call on the visit day: done', input: { id: 'C2', calls: [call('C2', '2026-11-05T09:00:00')] }, expected: false },
  { description: 'a reached call today, late: done', input: { id: 'C3', calls: [call('C3', '2026-11-15T08:00:00')] }, expected: false },
  { description: 'a reached call dated tomorrow only: overdue (it has not happened)', input: { id: 'C4', calls: [call('C4', '2026-11-16T09:00:00')] }, expected: true },
  { description: 'a call the day before the visit: overdue', input: { id: 'C5', calls: [call('C5', '2026-11-04T23:59:00')] }, expected: true },
  { description: 'an unanswered call: overdue', input: { id: 'C6', calls: [call('C6', '2026-11-06T10:00:00', 'no-answer')] }, expected: true },
];

describe('customers.followUpOverdue by hand (post-service, 3 days)', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 15, 10, 30, 0));
  });
  afterAll(() => vi.useRealTimers());

  it.each([
    { name: 'with calls dated after today in the sheet', future: true },
    { name: 'with none (FILTER finds nothing)', future: false },
  ])('$name', ({ future }) => {
    const picked = cases.filter((c) => future || c.input.id !== 'C4');
    const wb = buildWorkbook(defaultSettings(), [
      { schema: CUSTOMERS, rows: picked.map((c) => ({ id: c.input.id, lastVisit: serial(VISIT) })) },
      { schema: CALLS, rows: picked.flatMap((c) => c.input.calls) },
    ], { rows: 20 });
    expect(wb.column(CUSTOMERS, 'followUpOverdue', picked.length)).toEqual(picked.map((c) => c.expected));
  });
});
