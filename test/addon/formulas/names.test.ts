// Named ranges, column letters, and the shape of every live formula: bounded ranges, no threshold written in as a number.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { columnLetter, liveFormulas, MAX_ROWS, namedRange } from '../../../addon/src/formulas';
import { SHEETS } from '../../../shared/schema';
import { SETTING_DESCRIPTORS } from '../../../shared/settings';

describe('namedRange', () => {
  it.each([
    ['tier.vip.spend', 'KEFU_TIER_VIP_SPEND'],
    ['serviceCycleDays', 'KEFU_SERVICECYCLEDAYS'],
    ['followUp.postServiceDays', 'KEFU_FOLLOWUP_POSTSERVICEDAYS'],
    ['training.testDay.phone-manner', 'KEFU_TRAINING_TESTDAY_PHONE_MANNER'],
  ])('%s → %s', (key, name) => expect(namedRange(key)).toBe(name));

  it('gives every setting a distinct name HyperFormula accepts', () => {
    const names = SETTING_DESCRIPTORS.map((d) => namedRange(d.key));
    expect(new Set(names).size).toBe(names.length);
    const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    hf.addSheet('设置');
    for (const name of names) expect(hf.isItPossibleToAddNamedExpression(name, "='设置'!$C$2")).toBe(true);
  });
});

describe('columnLetter', () => {
  it.each([[0, 'A'], [25, 'Z'], [26, 'AA'], [27, 'AB'], [51, 'AZ'], [52, 'BA'], [701, 'ZZ'], [702, 'AAA']])('%i → %s', (i, letter) =>
    expect(columnLetter(i)).toBe(letter));
});

describe('liveFormulas', () => {
  const all = SHEETS.flatMap((schema) => liveFormulas(schema).map((f) => ({ sheet: schema.name, ...f })));

  it('gives one formula for each computed column, none for the others', () => {
    for (const schema of SHEETS) {
      expect(liveFormulas(schema).map((f) => f.key)).toEqual(schema.columns.filter((c) => c.computed).map((c) => c.key));
    }
    expect(all.length).toBe(11);
  });

  it('is an array formula blank where the id is blank, bounded at MAX_ROWS, parsing in HyperFormula', () => {
    for (const { formula } of all) {
      expect(formula).toMatch(/^=ARRAYFORMULA\(IF\(A2:A(\d+)="","",/);
      expect(formula).toContain(`A2:A${MAX_ROWS + 1}`);
      expect(formula).not.toMatch(/[A-Z]2:[A-Z]+(?![\d$])/); // no open-ended A2:A
      expect(HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' }).validateFormula(formula)).toBe(true);
    }
  });

  it('reads thresholds only through named ranges: no number but 0, 1 and time units is written in', () => {
    for (const { formula } of all) {
      const stripped = formula
        .replace(/'[^']*'!/g, '')
        .replace(/\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, '')
        .replace(/KEFU_[A-Z0-9_]+/g, '')
        .replace(/SEQUENCE\(\d+\)/g, '')
        .replace(/CHAR\(\d+\)/g, '') // a character code (the rubric cell's line breaks), not a threshold
        .replace(/"[^"]*"/g, '');
      const numbers = stripped.match(/\d+(\.\d+)?/g) ?? [];
      expect(numbers.filter((n) => !['0', '1', '3600', '86400'].includes(n)), formula).toEqual([]);
    }
  });

  it('quotes the other sheet by its title in the chosen language', () => {
    const customers = SHEETS.find((s) => s.name === 'customers')!;
    const overdue = (lang: 'zh' | 'en') => liveFormulas(customers, { lang }).find((f) => f.key === 'followUpOverdue')!.formula;
    expect(overdue('zh')).toContain(`'回访记录'!B2:B${MAX_ROWS + 1}`);
    expect(overdue('en')).toContain(`'Follow-up calls'!B2:B${MAX_ROWS + 1}`);
  });
});
