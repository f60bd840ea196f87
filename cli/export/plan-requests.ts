// Which ranges go into which values.batchGet: one request for the whole workbook unless its estimated answer passes the advised 2 MB.
import { quoteSheetName } from '../../shared/a1';

export interface SheetGrid {
  title: string;
  rowCount: number;
  columnCount: number;
}

export interface RangeRequest {
  title: string;
  /** A1 range: the whole sheet ("'客户档案'") or, for a sheet read in blocks, whole rows ("'客户档案'!1:40000"). */
  range: string;
  /** 1-based sheet row of the range's first row. */
  firstRow: number;
  rowCount: number;
  estimatedBytes: number;
}

export interface RequestLimits {
  /** Largest estimated answer per request; Google advises 2 MB. */
  maxResponseBytes: number;
  /** Estimated bytes one grid cell adds to the JSON answer (see DEFAULT_LIMITS). */
  bytesPerCell: number;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxResponseBytes: 2_000_000,
  // Measured on data/sample (6,100 rows, 95,000 grid cells; serial dates, Chinese text at 3 bytes a character):
  // the compact JSON answer (prettyPrint=false) is 7.3 bytes per grid cell, 10 per filled cell; 12 leaves room
  // for wordier shops. The grid counts empty rows too, which the API never sends, so the estimate errs high:
  // a workbook splits only above roughly 165,000 grid cells (2 MB / 12 B).
  bytesPerCell: 12,
};


function rangesOf(grid: SheetGrid, limits: RequestLimits): RangeRequest[] {
  const columns = Math.max(1, grid.columnCount);
  const rows = Math.max(1, grid.rowCount);
  const rowBytes = columns * limits.bytesPerCell;
  // A sheet too big for one request is read in blocks of rows, each within the limit (at least one row).
  const perRange = Math.max(1, Math.floor(limits.maxResponseBytes / rowBytes));
  if (perRange >= rows) return [{ title: grid.title, range: quoteSheetName(grid.title), firstRow: 1, rowCount: rows, estimatedBytes: rows * rowBytes }];
  const ranges: RangeRequest[] = [];
  for (let first = 1; first <= rows; first += perRange) {
    const count = Math.min(perRange, rows - first + 1);
    ranges.push({
      title: grid.title,
      range: `${quoteSheetName(grid.title)}!${first}:${first + count - 1}`,
      firstRow: first,
      rowCount: count,
      estimatedBytes: count * rowBytes,
    });
  }
  return ranges;
}

/** Ranges packed in sheet order into as few requests as keep each under the limit. */
export function planRequests(grids: readonly SheetGrid[], limits: RequestLimits = DEFAULT_LIMITS): RangeRequest[][] {
  const batches: RangeRequest[][] = [];
  let current: RangeRequest[] = [];
  let bytes = 0;
  for (const range of grids.flatMap((g) => rangesOf(g, limits))) {
    if (current.length > 0 && bytes + range.estimatedBytes > limits.maxResponseBytes) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(range);
    bytes += range.estimatedBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
