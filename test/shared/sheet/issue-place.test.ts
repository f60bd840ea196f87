// formatIssue: a worksheet inside a workbook file prints as "file › sheet!C12"; a CSV issue prints as before.
import { describe, expect, it } from 'vitest';
import { formatIssue, issueAt, type Issue } from '../../../shared/issue';

const cases: { description: string; input: Issue; expected: string }[] = [
  { description: 'a CSV cell keeps file:line:column',
    input: issueAt({ file: 'calls.csv', line: 12, column: 3 }, 'x', 'bad', '坏'), expected: 'calls.csv:12:3: bad' },
  // The brief's own example: 客服.xlsx › 回访记录!C12.
  { description: 'a worksheet cell prints file › sheet!A1',
    input: issueAt({ file: '客服.xlsx', sheet: '回访记录', line: 12, column: 3 }, 'x', 'bad', '坏'), expected: '客服.xlsx › 回访记录!C12: bad' },
  { description: 'column 27 is AA',
    input: issueAt({ file: 'b.xlsx', sheet: 'Calls', line: 2, column: 27 }, 'x', 'bad', '坏'), expected: 'b.xlsx › Calls!AA2: bad' },
  { description: 'a whole row of a worksheet names the row only',
    input: issueAt({ file: 'b.xlsx', sheet: 'Calls', line: 5, column: 0 }, 'x', 'bad', '坏'), expected: 'b.xlsx › Calls!5: bad' },
  { description: 'a whole worksheet names the sheet',
    input: issueAt({ file: 'b.xlsx', sheet: 'Calls', line: 0, column: 0 }, 'x', 'bad', '坏'), expected: 'b.xlsx › Calls: bad' },
];

describe('formatIssue with a sheet', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    expect(formatIssue(input)).toBe(expected);
  });
  it('issueAt keeps no sheet key for a CSV place (JSON output unchanged)', () => {
    expect(Object.keys(issueAt({ file: 'a.csv', line: 1, column: 1 }, 'x', 'a', 'b'))).not.toContain('sheet');
  });
});
