// The calls as a table of numbers: every field a report reads comes back exactly as the rows held it.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { asCallTable, atOf, callAt, createCallTable, joinCallTables, pickCalls, TABLED, timeText } from '../../../shared/sheet/call-table';
import { byCodes, codeOf, valueOf } from '../../../shared/sheet/interned';
import { recordsOf } from '../../../shared/sheet/records';
import { call } from '../report/fixtures';

const rows = [
  call('C1', '2026-10-03T10:00:00', { satisfaction: 'satisfied', stage: '婚纱', serviceDate: '2026-10-01', complaintId: 'TS1' }),
  call('C2', '2026-10-04T09:05:07', { reached: 'no-answer', purpose: 'inbound', channel: 'staff-visit', promisedAnswerDate: '2026-10-09' }),
  // Not the reader's form (a hand-typed row): the text is kept as it is.
  call('C1', '2026-11-03 14:05'),
  call('', '2026-12-31T23:59:59', { agent: 'Li', complaintId: '' }),
];

describe('asCallTable', () => {
  const table = asCallTable(rows);

  it('gives back every tabled field and the time of each row, as typed', () => {
    expect(table.length).toBe(4);
    rows.forEach((row, i) => {
      const expected: Record<string, string> = { at: row.at };
      for (const key of TABLED) if (row[key] !== undefined) expected[key] = row[key]!;
      expect(callAt(table, i)).toEqual(expected);
    });
  });

  it('keeps each distinct text once, and −1 where a cell is empty', () => {
    expect(table.columns.customerId.values).toEqual(['C1', 'C2', '']);
    expect([...table.columns.customerId.codes]).toEqual([0, 1, 0, 2]);
    expect([...table.columns.satisfaction.codes]).toEqual([0, -1, -1, -1]);
    expect(valueOf(table.columns.complaintId, 3)).toBe('');
    expect(valueOf(table.columns.complaintId, 1)).toBeUndefined();
  });

  it('reads times as yyyymmddhhmmss and keeps a text not in that form beside them', () => {
    // 2026-10-04T09:05:07 → 20261004090507 by its digits.
    expect(table.time[1]).toBe(20261004090507);
    expect(Number.isNaN(table.time[2])).toBe(true);
    expect(atOf(table, 1)).toBe('2026-10-04T09:05:07');
    expect(atOf(table, 2)).toBe('2026-11-03 14:05');
    expect(timeText(19000101000000)).toBe('1900-01-01T00:00:00');
  });

  it('gives lines as in a file under its header, and the same table for the same rows', () => {
    expect([...table.line]).toEqual([2, 3, 4, 5]);
    expect(asCallTable(rows)).toBe(table);
    expect(asCallTable(table)).toBe(table);
  });

  it('byCodes applies a rule to each call\'s two texts, an empty cell as undefined', () => {
    const rule = byCodes(table.columns.channel, table.columns.satisfaction, (c, s) => `${c}/${s}`);
    // Rows above: phone/satisfied, staff-visit/none, phone/none, phone/none.
    expect([0, 1, 2, 3].map(rule)).toEqual(['phone/satisfied', 'staff-visit/undefined', 'phone/undefined', 'phone/undefined']);
  });

  it('answers codeOf with −2 for a text no call has (never equal to an empty cell’s −1)', () => {
    expect(codeOf(table.columns.reached, 'no-answer')).toBe(1);
    expect(codeOf(table.columns.reached, 'wrong-number')).toBe(-2);
  });
});

describe('createCallTable', () => {
  it('grows past its first capacity without losing a call', () => {
    const builder = createCallTable(16);
    for (let i = 0; i < 100; i++) builder.add({ at: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}`, agent: `A${i % 7}` }, i + 2);
    builder.skip(200);
    const table = builder.finish();
    expect(table.length).toBe(100);
    expect(atOf(table, 99)).toBe('2026-01-01T00:00:39');
    expect(valueOf(table.columns.agent, 99)).toBe('A1');
    expect(table.line[99]).toBe(101);
    expect(table.partialLines).toEqual([200]);
    const noTime = createCallTable();
    noTime.add({ agent: 'Wang' }, 2);
    const none = noTime.finish();
    expect([Number.isNaN(none.time[0]), none.oddAt.size, atOf(none, 0)]).toEqual([true, 0, '']);
  });
});

describe('pickCalls and joinCallTables', () => {
  const table = asCallTable(rows);

  it('pickCalls keeps the calls at the positions given, odd times too', () => {
    const picked = pickCalls(table, [2, 3]);
    expect([callAt(picked, 0), callAt(picked, 1)]).toEqual([callAt(table, 2), callAt(table, 3)]);
    expect([...picked.line]).toEqual([4, 5]);
  });

  it('joinCallTables puts tables one after another, renaming texts per table', () => {
    const other = asCallTable([call('C1', '2026-10-05T10:00:00', { complaintId: 'TS1' })]);
    const joined = joinCallTables([table, other], (key, value, k) => (key === 'customerId' ? `${k}:${value}` : value));
    expect(joined.length).toBe(5);
    expect([...Array(5).keys()].map((i) => valueOf(joined.columns.customerId, i))).toEqual(['0:C1', '0:C2', '0:C1', '0:', '1:C1']);
    // Same text after renaming, same code: both stores' TS1 stay one value when not renamed.
    expect(joined.columns.complaintId.values).toEqual(['TS1', '']);
    expect(atOf(joined, 2)).toBe('2026-11-03 14:05');
    expect(atOf(joined, 4)).toBe('2026-10-05T10:00:00');
  });
});

describe('loadWorkbook with tables (the report’s read)', () => {
  it('hands the calls as a table holding what the rows hold, and keeps no call rows', () => {
    const kept = loadWorkbook(['data/sample']);
    const tabled = loadWorkbook(['data/sample'], { tables: true });
    const callRows = recordsOf(kept.sheets.calls, 'calls');
    expect(tabled.sheets.calls!.rows).toEqual([]);
    expect(tabled.sheets.customers!.rows.length).toBe(kept.sheets.customers!.rows.length);
    const table = tabled.calls!;
    expect(table.length).toBe(callRows.length);
    expect(callRows.length).toBeGreaterThan(1000);
    const expected = asCallTable(callRows);
    for (let i = 0; i < table.length; i += 97) expect(callAt(table, i)).toEqual(callAt(expected, i));
    expect([...table.line]).toEqual(kept.sheets.calls!.rows.map((r) => r.line));
    expect(tabled.issues).toEqual(kept.issues);
  });
});
