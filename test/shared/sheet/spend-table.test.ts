// The points ledger as the report keeps it: each spend's customer and day, exactly as the rows held them; other entries by line only.
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../../load/load-workbook';
import { dayNumber } from '../../../shared/dates';
import type { PointsEntry } from '../../../shared/schema/points';
import { valueOf } from '../../../shared/sheet/interned';
import { recordsOf } from '../../../shared/sheet/records';
import { asSpendTable, createSpendTable, entryCount, joinSpendTables, pickSpends, type SpendTable } from '../../../shared/sheet/spend-table';

const entry = (id: string, customerId: string, date: string, kind: PointsEntry['kind']): PointsEntry => ({ id, customerId, date, kind, points: 10 });

const rows = [
  entry('P1', 'C1', '2026-10-01', 'spend'),
  entry('P2', 'C2', '2026-10-02', 'redeem'),
  entry('P3', 'C2', '2026-10-03', 'spend'),
  entry('P4', 'C1', '2026-10-31', 'spend'),
  entry('P5', 'C3', '2026-11-01', 'referral'),
];

/** Each spend of a table as [customer, day, line]. */
const spendsOf = (table: SpendTable): [string, number, number][] =>
  [...table.line].map((line, i) => [valueOf(table.customerId, i)!, table.day[i]!, line]);

describe('asSpendTable', () => {
  const table = asSpendTable(rows);

  it('keeps the spends, in ledger order, each with its customer, its day and its line (position + 2)', () => {
    // Days one apart in the calendar are one apart as numbers: 10-01, 10-03, 10-31 are days 0, 2 and 30 of October.
    const first = dayNumber('2026-10-01');
    expect(spendsOf(table)).toEqual([['C1', first, 2], ['C2', first + 2, 4], ['C1', first + 30, 5]]);
  });

  it('keeps the other kinds by their lines only, and counts every entry', () => {
    expect(table.otherLines).toEqual([3, 6]);
    expect(entryCount(table)).toBe(5);
    expect(entryCount(rows)).toBe(5);
  });

  it('is made once per array', () => {
    expect(asSpendTable(rows)).toBe(table);
  });
});

describe('createSpendTable', () => {
  it('grows past its first size and keeps rows that are not whole entries apart', () => {
    const builder = createSpendTable(16);
    for (let i = 0; i < 40; i++) builder.add(entry(`P${i}`, `C${i % 3}`, `2026-10-${String(1 + (i % 28)).padStart(2, '0')}`, 'spend'), i + 2);
    builder.skip(42);
    const table = builder.finish();
    expect(table.length).toBe(40);
    expect(valueOf(table.customerId, 39)).toBe('C0');
    expect(table.day[39]! - table.day[0]!).toBe(11);
    expect(table.partialLines).toEqual([42]);
    expect(entryCount(table)).toBe(40);
  });
});

describe('pickSpends and joinSpendTables', () => {
  const table = asSpendTable(rows);

  it('picks the spends at some positions and keeps the other lines given', () => {
    const picked = pickSpends(table, [0, 2], [6]);
    expect(spendsOf(picked)).toEqual([spendsOf(table)[0], spendsOf(table)[2]]);
    expect(entryCount(picked)).toBe(3);
  });

  it('joins tables one after another, each one’s customers renamed', () => {
    const other = asSpendTable([entry('Q1', 'C1', '2026-09-09', 'spend'), entry('Q2', 'C1', '2026-09-10', 'adjust')]);
    const joined = joinSpendTables([table, other], (id, k) => `${k}:${id}`);
    expect(spendsOf(joined).map(([customer]) => customer)).toEqual(['0:C1', '0:C2', '0:C1', '1:C1']);
    expect(joined.day[3]).toBe(dayNumber('2026-09-09'));
    expect(entryCount(joined)).toBe(7);
  });
});

describe('loadWorkbook with tables (the report’s read)', () => {
  it('hands the ledger’s spends as a table holding what the rows hold, and keeps no ledger rows', () => {
    const kept = loadWorkbook(['data/sample']);
    const tabled = loadWorkbook(['data/sample'], { tables: true });
    const ledger = recordsOf(kept.sheets.points, 'points');
    const lines = kept.sheets.points!.rows.map((r) => r.line);
    expect(tabled.sheets.points!.rows).toEqual([]);
    const table = tabled.spends!;
    const spends = ledger.flatMap((e, i) => (e.kind === 'spend' ? [[e.customerId, dayNumber(e.date), lines[i]!]] : []));
    expect(spends.length).toBeGreaterThan(100);
    expect(spendsOf(table)).toEqual(spends);
    expect(entryCount(table)).toBe(ledger.length);
    expect(tabled.issues).toEqual(kept.issues);
  });
});
