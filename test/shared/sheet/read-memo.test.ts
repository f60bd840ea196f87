// The reader parses a repeated text once per column, but a column whose texts hardly repeat keeps no memo (issue 13 item 8).
import { describe, expect, it } from 'vitest';
import { CALLS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';
import { createGridReader, type GridReader } from '../../../shared/sheet/read-grid';
import { heapUsed } from '../heap-used';

const ROWS = 20_000;
const HEADER = ['回访编号', '客户编号', '回访时间', '客服', '方式', '回访目的', '接通情况', '客户意见'];
const pad = (n: number): string => String(n).padStart(7, '0');

/** A reader that has read ROWS calls whose customer ids and comments never repeat (each call one customer, one remark). */
function readerAfterRows(): GridReader {
  const reader = createGridReader({ file: 'calls.csv' }, CALLS, defaultSettings('photo-studio'), { keepRows: false });
  reader.row({ line: 1, cells: HEADER });
  for (let i = 1; i <= ROWS; i++) {
    reader.row({ line: i + 1, cells: [`HF${pad(i)}`, `C${pad(i)}`, '2025-11-01 10:00', '李娜', '电话', '来电咨询', '已接通', `第 ${i} 位客户说：选片的时间安排得很合适`] });
  }
  return reader;
}

/** Rows whose call times come as a CSV reader cuts them: views into a 100 K-character chunk of text, each time on three calls. */
function readerOfSlicedTimes(): GridReader {
  const reader = createGridReader({ file: 'calls.csv' }, CALLS, defaultSettings('photo-studio'), { keepRows: false });
  reader.row({ line: 1, cells: HEADER });
  const timeOf = (i: number): string => {
    const minute = Math.floor(i / 3);
    const day = String(1 + (Math.floor(minute / 1440) % 28)).padStart(2, '0');
    return `2025-11-${day} ${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
  };
  // A new chunk every 256 rows, as the file's text comes 64 KiB at a time (two-byte: it holds Chinese).
  for (let first = 1; first <= ROWS; first += 256) {
    const times = Array.from({ length: 256 }, (_, k) => timeOf(first + k));
    const chunk = '李'.repeat(100_000) + times.join('');
    times.forEach((time, k) => {
      const at = 100_000 + k * time.length;
      reader.row({ line: first + k + 1, cells: [`HF${pad(first + k)}`, 'C0001', chunk.slice(at, at + time.length), '李娜', '电话', '来电咨询', '已接通', ''] });
    });
  }
  return reader;
}

function endAndDrop(holder: { reader?: GridReader }): number {
  const read = holder.reader!.end();
  holder.reader = undefined;
  return read.issues.length;
}

/**
 * What ending and dropping a fresh reader frees, the least of three tries: whatever the test runner let go in between is
 * freed with it (a busy full run once measured 233 KB for a 200 KB bound), never less, so the least try is the reader's own.
 */
async function freedByDropping(make: () => GridReader): Promise<number> {
  let least = Infinity;
  for (let i = 0; i < 3; i++) {
    const holder: { reader?: GridReader } = { reader: make() };
    const held = await heapUsed();
    expect(endAndDrop(holder)).toBe(0);
    least = Math.min(least, held - await heapUsed());
  }
  return least;
}

describe('the memo of parsed cells', () => {
  it('is let go for columns whose texts do not repeat (customer ids, remarks), and the rows read the same', async () => {
    // Memos that keep their last 4096 texts hold ≈ 0.5 MB per such column; let go, only the repeated columns' few texts stay.
    expect(await freedByDropping(readerAfterRows)).toBeLessThan(200_000);
  });

  it('keeps its own copy of a long text, never the chunk of the file the text was cut from', async () => {
    // The memos' last 4096 texts and values are ≈ 1 MB in all; holding the chunks as well adds 200 KB per 256 rows (≈ 7.6 MB).
    expect(await freedByDropping(readerOfSlicedTimes)).toBeLessThan(2_000_000);
  });
});
