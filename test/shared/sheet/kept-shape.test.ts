// A kept row holds every column the header matched, undefined where its cell is empty (one shape per sheet: compact rows in V8);
// a row that is not kept holds only what was read.
import { describe, expect, it } from 'vitest';
import { CUSTOMERS } from '../../../shared/schema';
import type { Row } from '../../../shared/schema/types';
import { defaultSettings } from '../../../shared/settings';
import { readGrid } from '../../../shared/sheet/read-grid';

const HEADER = ['客户编号', '客户姓名', '联系电话', '地址', '首次到店', '本年消费'];
const rows = [
  { line: 1, cells: HEADER },
  { line: 2, cells: ['C0001', '陶芳', '18177497051', '', '2022-07-01', '0'] },
  { line: 3, cells: ['C0002', '张蕾然', '15220928975', '杭州市钱塘区学林街23号', '', '1200'] },
];
const read = (keepRows: boolean): { kept: Row[]; passed: Row[] } => {
  const passed: Row[] = [];
  const sheet = readGrid(rows, { file: 'customers.csv' }, CUSTOMERS, defaultSettings('photo-studio'), { keepRows, onRow: (r) => passed.push(r.values) });
  return { kept: sheet.rows.map((r) => r.values), passed };
};

describe('the shape of a read row', () => {
  it('kept: every matched column is an own key, in header order, undefined where the cell is empty', () => {
    const { kept } = read(true);
    const keys = ['id', 'name', 'phone', 'address', 'firstVisit', 'spendThisYear'];
    expect(kept.map((v) => Object.keys(v))).toEqual([keys, keys]);
    expect(kept[0]).toStrictEqual({ id: 'C0001', name: '陶芳', phone: '18177497051', address: undefined, firstVisit: '2022-07-01', spendThisYear: 0 });
    expect(kept[1]!.firstVisit).toBeUndefined();
  });

  it('not kept: only the cells read are keys', () => {
    const { kept, passed } = read(false);
    expect(kept).toEqual([]);
    expect(Object.keys(passed[0]!)).toEqual(['id', 'name', 'phone', 'firstVisit', 'spendThisYear']);
  });
});
