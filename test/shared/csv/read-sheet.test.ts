// readSheet: physical line numbers, BOM, zh/en/mixed headers, ragged and blank rows, header problems, empty files.
import { describe, expect, it } from 'vitest';
import { readSheet, type SheetRead } from '../../../shared/csv/read-sheet';
import { CALLS, CUSTOMERS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();
const customers = (text: string): SheetRead => readSheet(text, 'customers.csv', CUSTOMERS, settings);
const calls = (text: string): SheetRead => readSheet(text, 'calls.csv', CALLS, settings);
const places = (read: SheetRead): string[] => read.issues.map((i) => `${i.code}@${i.line}:${i.column}`);

const CALL_HEADER_EN = 'Call ID,Customer ID,Date and time,Agent,Channel,Purpose,Reached,Comment';
const call = (id: string, at: string, comment: string): string => `${id},C001,${at},Li,phone,post-service,reached,${comment}`;

describe('line numbers', () => {
  it('counts the physical line where each record starts, across quoted newlines (LF)', () => {
    const read = calls([
      CALL_HEADER_EN,
      call('K1', '2026-11-03 10:00', '"line one\nline two\nline three"'),
      call('K2', '2026-11-03 11:00', 'ok'),
      call('K3', 'not a time', 'ok'),
    ].join('\n'));
    expect(read.rows.map((r) => r.line)).toEqual([2, 5, 6]);
    expect(read.rows[0]!.values.comment).toBe('line one\nline two\nline three');
    expect(places(read)).toEqual(['bad-date-time@6:3']);
  });

  it('counts CRLF lines, quoted CRLF newlines and a trailing CRLF', () => {
    const read = calls([
      CALL_HEADER_EN,
      call('K1', '2026-11-03 10:00', '"a\r\nb"'),
      '',
      call('K2', '2026-13-03 11:00', 'ok'),
    ].join('\r\n') + '\r\n');
    expect(read.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(read.rows[0]!.values.comment).toBe('a\r\nb');
    expect(places(read)).toEqual(['bad-date-time@5:3']);
  });

  it('keeps counting after escaped quotes and quoted delimiters', () => {
    const read = calls([
      CALL_HEADER_EN,
      call('K1', '2026-11-03 10:00', '"she said ""hi,\nthere"""'),
      call('K2', 'bad', 'ok'),
    ].join('\n'));
    expect(read.rows[0]!.values.comment).toBe('she said "hi,\nthere"');
    expect(places(read)).toEqual(['bad-date-time@4:3']);
  });

  it('skips blank lines, and lines of empty fields, without issue but keeps counting them', () => {
    const read = calls(['', CALL_HEADER_EN, '', ' ', ',,,,', call('K1', '2026-11-03 10:00', 'ok'), '', ''].join('\n'));
    expect(read.rows.map((r) => r.line)).toEqual([6]);
    expect(read.issues).toEqual([]);
  });
});

describe('encodings and delimiters', () => {
  it('is not confused by a leading BOM', () => {
    const read = customers('\uFEFF客户编号,客户姓名,联系电话\r\nC001,王小明,13812345678\r\n');
    expect(read.issues).toEqual([]);
    expect(read.columnOf).toEqual({ id: 1, name: 2, phone: 3 });
    expect(read.rows).toEqual([{ line: 2, values: { id: 'C001', name: '王小明', phone: '13812345678' } }]);
  });

  it.each([['tab', '\t'], ['semicolon', ';']])('detects a %s delimiter', (_name, d) => {
    const read = customers([['Customer ID', 'Name', 'Phone', 'Address'], ['C001', 'Wang', '13812345678', 'No. 1, Road']]
      .map((r) => r.join(d)).join('\n'));
    expect(read.issues).toEqual([]);
    expect(read.rows[0]!.values).toEqual({ id: 'C001', name: 'Wang', phone: '13812345678', address: 'No. 1, Road' });
  });

  it('reports a quote that never closes', () => {
    const read = calls([CALL_HEADER_EN, call('K1', '2026-11-03 10:00', '"oops'), call('K2', '2026-11-03 10:00', 'ok')].join('\n'));
    expect(read.issues.map((i) => i.code)).toContain('bad-quotes');
    expect(read.issues.find((i) => i.code === 'bad-quotes')!.line).toBe(2);
  });
});

describe('headers', () => {
  it.each([
    ['zh', '客户编号,客户姓名,联系电话,同意回访'],
    ['en', 'Customer ID,Name,Phone,Consent to contact'],
    ['mixed, padded, any case', ' customer id ,客户姓名, PHONE,consent'],
    ['keys', 'id,name,phone,consent'],
  ])('matches %s headers', (_name, header) => {
    const read = customers(`${header}\nC001,王小明,138 1234 5678,是\n`);
    expect(read.issues).toEqual([]);
    expect(read.columnOf).toEqual({ id: 1, name: 2, phone: 3, consent: 4 });
    expect(read.rows[0]!.values).toEqual({ id: 'C001', name: '王小明', phone: '13812345678', consent: true });
  });

  it('reports an unknown header by name, listing the expected ones, and reads the rest', () => {
    const read = customers('客户编号,客户姓名,联系电话,微信号\nC001,王小明,13812345678,wxid_1\n');
    expect(places(read)).toEqual(['unknown-column@1:4']);
    expect(read.issues[0]!.message).toContain('"微信号"');
    expect(read.issues[0]!.message).toContain('Organisation');
    expect(read.issues[0]!.messageZh).toContain('“微信号”');
    expect(read.rows[0]!.values).toEqual({ id: 'C001', name: '王小明', phone: '13812345678' });
  });

  it('reports values under a blank header', () => {
    const read = customers('客户编号,客户姓名,联系电话,\nC001,王小明,13812345678,\nC002,李四,13912345678,lost\n');
    expect(places(read)).toEqual(['unknown-column@3:4']);
  });

  it('reports a duplicate column and reads only the first', () => {
    const read = customers('Customer ID,Name,Phone,联系电话\nC001,Wang,13812345678,13900000000\n');
    expect(places(read)).toEqual(['duplicate-column@1:4']);
    expect(read.rows[0]!.values.phone).toBe('13812345678');
    expect(read.columnOf.phone).toBe(3);
  });

  it('reports each missing required column at the header line, and no required cells for it', () => {
    const read = customers('客户编号,地址\nC001,北京\n');
    expect(places(read)).toEqual(['missing-column@1:0', 'missing-column@1:0']);
    expect(read.issues.map((i) => i.message).join(' ')).toMatch(/Name \(客户姓名\).*Phone \(联系电话\)/);
  });

  it('does not ask for optional columns', () => {
    expect(customers('客户编号,客户姓名,联系电话\nC001,王,13812345678\n').issues).toEqual([]);
  });
});

describe('rows', () => {
  const header = '客户编号,客户姓名,联系电话,地址';

  it('reports a row with more values than the header, and keeps the row', () => {
    const read = customers(`${header}\nC001,王小明,13812345678,北京,朝阳区\n`);
    expect(places(read)).toEqual(['ragged-row@2:5']);
    expect(read.issues[0]!.message).toMatch(/5 values .* 4 columns/);
    expect(read.rows[0]!.values).toEqual({ id: 'C001', name: '王小明', phone: '13812345678', address: '北京' });
  });

  it('ignores extra fields that are empty (a trailing comma loses nothing)', () => {
    expect(customers(`${header}\nC001,王小明,13812345678,北京,,\n`).issues).toEqual([]);
  });

  it('reports a row with fewer values, keeps its cells, and still wants required ones', () => {
    const read = customers(`${header}\nC001,王小明,13812345678\nC002,李四\n`);
    expect(places(read)).toEqual(['ragged-row@2:4', 'ragged-row@3:3', 'required@3:3']);
    expect(read.rows.map((r) => r.values)).toEqual([{ id: 'C001', name: '王小明', phone: '13812345678' }, { id: 'C002', name: '李四' }]);
  });

  it('names the column in both languages and leaves bad cells undefined', () => {
    const read = customers(`${header}\nC001,王小明,1.38123E+10,北京\n`);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ file: 'customers.csv', line: 2, column: 3, code: 'phone-damaged' });
    expect(read.issues[0]!.message).toMatch(/^Phone \(联系电话\): /);
    expect(read.issues[0]!.messageZh).toMatch(/^联系电话（Phone）：/);
    expect(read.rows[0]!.values).toEqual({ id: 'C001', name: '王小明', address: '北京' });
  });

  it('reports an empty required cell as required', () => {
    const read = customers(`${header}\nC001, ,13812345678,\n`);
    expect(places(read)).toEqual(['required@2:2']);
    expect(read.issues[0]!.message).toContain('Name (客户姓名)');
  });
});

describe('empty input', () => {
  it.each([['nothing', ''], ['a BOM', '\uFEFF'], ['blank lines', '\n\r\n  \n'], ['empty fields', ',,,\n']])(
    'reports %s as empty-file', (_name, text) => {
      const read = customers(text);
      expect(places(read)).toEqual(['empty-file@0:0']);
      expect(read.rows).toEqual([]);
    });

  it('reports a header with no rows as no-rows', () => {
    expect(places(customers('客户编号,客户姓名,联系电话\r\n\r\n'))).toEqual(['no-rows@0:0']);
  });

  it('never throws on junk', () => {
    for (const junk of ['"', '"""', '\0\0\0', 'a,"b\n', '\r\r\r', ',;\t"', '客户编号\n"']) {
      expect(() => customers(junk)).not.toThrow();
    }
  });
});
