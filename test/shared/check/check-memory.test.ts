// The one-pass check keeps, per row, only what a later check needs (issue 13 item 8: 1 M calls checked in ≤ 300 MB).
import { describe, expect, it } from 'vitest';
import { createWorkbookCheck, type WorkbookCheck } from '../../../shared/check/check-workbook';
import { CALLS, COMPLAINTS, CUSTOMERS, POINTS, type SheetName, type SheetSchema } from '../../../shared/schema';
import type { Row } from '../../../shared/schema/types';
import { defaultSettings } from '../../../shared/settings';
import type { SheetHead } from '../../../shared/sheet/sheet-read';
import { heapUsed } from '../heap-used';

const ROWS = 100_000;
const head = (schema: SheetSchema): SheetHead => ({
  file: schema.file, schema, columnOf: Object.fromEntries(schema.columns.map((c, i) => [c.key, i + 1])), headerLang: 'zh',
});
const pad = (n: number): string => String(n).padStart(7, '0');
// Fresh strings per row, as a reader makes them; notes and complaint texts as long as the bench workbook's.
const note = (i: number): string => `第 ${i} 笔：上年积分结转，按会员章程折算后计入本年度积分账户`;

/**
 * Row i of a sheet, every check passing: the points are an adjustment (no rate to match), calls are inbound by day
 * (no quiet hours), each complaint reaches only its first stage.
 */
const ROW_OF: Partial<Record<SheetName, (i: number) => Row>> = {
  customers: (i) => ({ id: `C${pad(i)}`, name: `客户${i}`, phone: `138${String(i).padStart(8, '0')}`, memberCardNo: `M${pad(i)}`, consent: true }),
  points: (i) => ({ id: `JF${pad(i)}`, customerId: `C${pad(i % 1000)}`, date: '2025-11-01', kind: 'adjust', points: 10, note: note(i) }),
  complaints: (i) => ({ id: `TS${pad(i)}`, customerId: `C${pad(i % 1000)}`, receivedAt: '2025-11-11T17:57:00', channel: 'phone',
    category: '拍摄质量', content: note(i), stage: 'received', cause: note(i + 1), solution: note(i + 2), feedback: note(i + 3) }),
  calls: (i) => ({ id: `HF${pad(i)}`, customerId: `C${pad(i % 1000)}`, at: '2025-11-01T10:00:00', agent: '李娜', channel: 'phone',
    purpose: 'inbound', reached: 'reached', comment: note(i) }),
};

/** A check that has seen ROWS rows of one sheet, and the end of that sheet when `done`. */
function checkedSheet(name: SheetName, schema: SheetSchema, present: SheetName[], done: boolean): WorkbookCheck {
  const check = createWorkbookCheck(new Set(present), defaultSettings('photo-studio'));
  const sheet = head(schema);
  const rowOf = ROW_OF[name]!;
  for (let i = 1; i <= ROWS; i++) check.row({ line: i + 1, values: rowOf(i) }, sheet);
  if (done) check.sheetDone(name);
  return check;
}

/** The codes of every issue found, the check then let go (synchronously, so no suspended frame keeps it). */
function finishAndDrop(holder: { check?: WorkbookCheck }): string[] {
  const codes = [...new Set(holder.check!.finish().map((issue) => issue.code))];
  holder.check = undefined;
  return codes;
}

/**
 * Bytes the check holds per row after the sheet's rows (each row object dropped as a reader drops it), and after the sheet's
 * end when `done`: the heap with the check alive less the heap once it is let go, so garbage left before cannot blur it.
 */
async function retainedPerRow(name: SheetName, schema: SheetSchema, present: SheetName[], done: boolean): Promise<{ bytes: number; codes: string[] }> {
  const holder: { check?: WorkbookCheck } = { check: checkedSheet(name, schema, present, done) };
  const held = await heapUsed();
  const codes = finishAndDrop(holder);
  const dropped = await heapUsed();
  return { bytes: (held - dropped) / ROWS, codes };
}

describe('what the one-pass check keeps per row', () => {
  // Budgets in bytes per row on 64-bit V8: a Map entry of two small integers costs ≈ 37 B, a short flat string ≈ 32 B.
  it.each([
    { description: 'a points entry: its id, date, points and line for the balance, not the row', input: { name: 'points' as const, schema: POINTS, present: ['points', 'customers'] as SheetName[], done: true },
      // No customer row comes: every entry's customer is unknown, so each reference waits for the customers (a number and a string).
      expected: { bytes: 200, codes: ['unknown-reference'] } },
    { description: 'a complaint: its id for the calls that name it, not its texts', input: { name: 'complaints' as const, schema: COMPLAINTS, present: ['complaints', 'calls'] as SheetName[], done: true }, expected: { bytes: 100, codes: [] } },
    { description: 'a customer: the id the calls refer to; the duplicate and referral indexes are dropped once the sheet is done', input: { name: 'customers' as const, schema: CUSTOMERS, present: ['customers', 'calls'] as SheetName[], done: true }, expected: { bytes: 100, codes: [] } },
    { description: 'a call, while the calls pass: its first line in a run of counted-up ids (4 bytes, no string or Map entry per id)', input: { name: 'calls' as const, schema: CALLS, present: ['calls'] as SheetName[], done: false }, expected: { bytes: 16, codes: [] } },
  ])('$description', async ({ input, expected }) => {
    const { bytes, codes } = await retainedPerRow(input.name, input.schema, input.present, input.done);
    expect(bytes).toBeLessThan(expected.bytes);
    expect(codes).toEqual(expected.codes);
  });
});
