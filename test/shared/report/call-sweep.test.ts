// sweepCalls: what the archive and the complaints take from the calls, from one sweep of the sheet.
import { describe, expect, it } from 'vitest';
import type { Call } from '../../../shared/schema/calls';
import { sweepCalls } from '../../../shared/report/call-sweep';

const call = (id: string, customerId: string, at: string, more: Partial<Call> = {}): Call =>
  ({ id, customerId, at, agent: 'A', channel: 'phone', purpose: 'greeting', reached: 'reached', ...more });

const calls: Call[] = [
  call('K1', 'C1', '2026-03-05T10:00:00', { channel: 'staff-visit' }),
  call('K2', 'C1', '2026-01-09T09:00:00', { channel: 'staff-visit' }),
  // 004 上门拜访: only a visit that met the customer counts.
  call('K3', 'C2', '2026-02-01T09:00:00', { channel: 'staff-visit', reached: 'no-answer' }),
  call('K4', 'C2', '2025-12-31T23:00:00', { complaintId: 'T1' }),
  call('K5', 'C3', '2026-04-01T08:00:00', { purpose: 'complaint-follow-up' }),
  call('K6', 'C3', '2026-04-02T08:00:00', { purpose: 'complaint-follow-up', complaintId: 'T1' }),
];

/** A call as the sweep hands it: what the report reads of it (the table keeps no call id). */
const read = ({ id: _id, ...rest }: Call): Omit<Call, 'id'> => rest;

describe('sweepCalls', () => {
  const sweep = sweepCalls(calls);
  it.each([
    { description: 'the first call is the earliest time, wherever it stands', input: 'firstAt', expected: '2025-12-31T23:00:00' },
    { description: 'staff visits that met the customer, by customer, ascending', input: 'staffVisits', expected: new Map([['C1', ['2026-01-09T09:00:00', '2026-03-05T10:00:00']]]) },
    { description: 'calls naming a complaint, in sheet order', input: 'byComplaint', expected: new Map([['T1', [read(calls[3]!), read(calls[5]!)]]]) },
    { description: 'complaint follow-ups by customer', input: 'complaintFollowUps', expected: new Map([['C3', [read(calls[4]!), read(calls[5]!)]]]) },
  ] as const)('$description', ({ input, expected }) => {
    expect(sweep[input]).toEqual(expected);
  });

  it('sweeps a calls sheet once', () => {
    expect(sweepCalls(calls)).toBe(sweep);
  });

  it('no calls: no first call', () => {
    expect(sweepCalls([]).firstAt).toBeUndefined();
  });
});
