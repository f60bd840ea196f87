// The CSV writer's formula guard: ASCII and full-width formula starters (＝ ＋ － ＠, read as formulas in Chinese locales) get an apostrophe.
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../shared/sheet/cell-text';
import { writeSheet } from '../../../shared/csv/write-sheet';
import { COMPLAINTS } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';

describe('escapeFormula', () => {
  const cases: { description: string; input: string; expected: string }[] = [
    { description: 'ASCII = gets an apostrophe', input: '=SUM(A1)', expected: "'=SUM(A1)" },
    { description: 'full-width ＝ gets an apostrophe', input: '＝SUM(A1)', expected: "'＝SUM(A1)" },
    { description: 'full-width ＋ gets an apostrophe', input: '＋cmd', expected: "'＋cmd" },
    { description: 'full-width － gets an apostrophe', input: '－1+1', expected: "'－1+1" },
    { description: 'full-width ＠ gets an apostrophe', input: '＠SUM(A1)', expected: "'＠SUM(A1)" },
    { description: 'an already guarded full-width sign gains one more', input: "'＝x", expected: "''＝x" },
    { description: 'a full-width sign later in the text is left alone', input: '价格＝100', expected: '价格＝100' },
    { description: 'plain Chinese text is left alone', input: '客户满意', expected: '客户满意' },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => {
      expect(escapeFormula(input)).toBe(expected);
      expect(unescapeFormula(escapeFormula(input))).toBe(input);
    });
  }
});

describe('writeSheet', () => {
  it('writes a complaint text starting with ＝ guarded, so a spreadsheet shows it as text', () => {
    const settings = defaultSettings();
    const summary = COMPLAINTS.columns.find((c) => c.type === 'text')!;
    const csv = writeSheet([{ [summary.key]: '＝HYPERLINK("http://x","点我")' }], COMPLAINTS, settings, 'zh');
    const line = csv.split('\r\n')[1]!;
    expect(line).toContain(`"'＝HYPERLINK(""http://x"",""点我"")"`);
  });
});
