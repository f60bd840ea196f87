// `kefu check` refuses ids starting with "-" (-A1, -1-1): a spreadsheet reads them as a minus or a formula.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../cli/check';

/** data/sample's customers.csv with its first customer's id replaced. */
function customersWithId(id: string): string {
  const lines = readFileSync('data/sample/customers.csv', 'utf8').split('\r\n').slice(0, 2);
  lines[1] = lines[1]!.replace(/^C0001,/, `${id},`);
  const file = join(mkdtempSync(join(tmpdir(), 'kefu-ids-')), 'customers.csv');
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

describe('kefu check: an id starting with "-"', () => {
  const cases = [
    { description: 'a minus before a letter', input: '-A1', expected: 'customers.csv:2:1: Customer ID (客户编号): "-A1" can\'t be an id: it starts with "-"' },
    { description: 'a minus before digits', input: '-1-1', expected: 'customers.csv:2:1: Customer ID (客户编号): "-1-1" can\'t be an id: it starts with "-"' },
  ];
  for (const { description, input, expected } of cases) {
    it(`is a problem: ${description}`, () => {
      const out: string[] = [];
      const exit = runCheck([customersWithId(input)], { json: false, lang: 'en' }, { out: (t) => out.push(t), err: () => undefined });
      expect(exit).toBe(1);
      expect(out.join('\n')).toContain(expected);
    });
  }
  it('an id with "-" inside is still fine', () => {
    const exit = runCheck([customersWithId('C-0001')], { json: false, lang: 'en' }, { out: () => undefined, err: () => undefined });
    expect(exit).toBe(0);
  });
});
