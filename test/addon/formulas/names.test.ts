// Named ranges, column letters, and the shape of every live formula: in the header cell, open ranges, no threshold or row count written in.
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { columnLetter, everyLiveFormula, headerOfFormula, liveFormulas, namedRange } from '../../../addon/src/formulas';
import { withHelpers } from '../../../addon/src/formulas/helpers';
import { DAY_SPAN } from '../../../addon/src/formulas/sorted-lookup';
import { SHEETS } from '../../../shared/schema';
import { SETTING_DESCRIPTORS } from '../../../shared/settings';
import { boundRanges } from './workbook';

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
      expect(liveFormulas(schema).map((f) => f.key)).toEqual(withHelpers(schema).columns.filter((c) => c.computed).map((c) => c.key));
    }
    expect(all.length).toBe(13); // 11 columns and 2 hidden helpers (回访完成日, 回访完成索引)
    expect(everyLiveFormula('en').map((f) => `${f.sheet}.${f.key}`)).toEqual(all.map((f) => `${f.sheet}.${f.key}`));
  });

  it('sits in its header cell as ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"header",IF(A:A="",,…))): whole columns, real blanks, parsing in HyperFormula once bounded', () => {
    for (const schema of SHEETS) {
      for (const f of liveFormulas(schema)) {
        const column = withHelpers(schema).columns[f.column - 1]!;
        expect(column.key).toBe(f.key);
        expect(f.a1).toBe(`${columnLetter(f.column - 1)}1`);
        expect(f.header).toBe(column.zh);
        // The completion index is a sorted list, not a value per row: its header, then the list.
        const list = f.key === 'completionIndex';
        expect(f.formula.startsWith(list ? `=ARRAYFORMULA({"${column.zh}";` : `=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"${column.zh}",IF(A:A="",,`)).toBe(true);
        expect(f.formula.endsWith(list ? '})' : ')))')).toBe(true);
        expect(headerOfFormula(f.formula)).toBe(column.zh);
        // Every range is a whole column: no row number anywhere (A2:A would start at A3:A after a row is inserted under the header).
        expect(f.formula.replace(/"(?:[^"]|"")*"/g, '""').match(/[A-Z]+\d+:[A-Z]+\d*/g), f.formula).toBeNull();
        expect(f.formula).not.toMatch(/SEQUENCE\(\d/);
        expect(f.what.length).toBeGreaterThan(5);
        expect(HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' }).validateFormula(boundRanges(f.formula, 10))).toBe(true);
      }
    }
  });

  it('writes the header in the sheet\'s language, or the header the sheet already has', () => {
    const customers = SHEETS.find((s) => s.name === 'customers')!;
    expect(liveFormulas(customers, { lang: 'en' }).find((f) => f.key === 'tier')!.formula).toMatch(/^=ARRAYFORMULA\(IF\(SEQUENCE\(ROWS\(A:A\)\)=1,"Tier",/);
    const kept = liveFormulas(customers, { headers: { tier: 'Tier "VIP"' } }).find((f) => f.key === 'tier')!;
    expect(kept.formula).toMatch(/^=ARRAYFORMULA\(IF\(SEQUENCE\(ROWS\(A:A\)\)=1,"Tier ""VIP""",IF/);
    expect(headerOfFormula(kept.formula)).toBe('Tier "VIP"');
    // The previous version's shape still reads as its header, so Recalculate and set-up recognise and replace it.
    expect(headerOfFormula('={"客户等级";ARRAYFORMULA(IF(A2:A="",,1))}')).toBe('客户等级');
    expect(headerOfFormula('=ARRAYFORMULA(IF(A2:A5001="","",1))')).toBeUndefined();
    expect(headerOfFormula('客户等级')).toBeUndefined();
  });

  it('bounds open ranges for HyperFormula, never inside a string', () => {
    expect(boundRanges(`=COUNTIF('回访记录'!B2:B,A2:A)+SUM($C$2:$C)&"A2:A"`, 300)).toBe(`=COUNTIF('回访记录'!B2:B301,A2:A301)+SUM($C$2:$C301)&"A2:A"`);
    expect(boundRanges(`=COUNTIF('回访记录'!B:B,A:A)+ROWS($C:$C)&"A:A"`, 300)).toBe(`=COUNTIF('回访记录'!B1:B301,A1:A301)+ROWS($C1:$C301)&"A:A"`);
  });

  it('reads thresholds only through named ranges: no number but 0, 1 and time units is written in', () => {
    for (const { formula } of all) {
      const stripped = formula
        .replace(/'[^']*'!/g, '')
        .replace(/\$?[A-Z]+\$?\d+(:\$?[A-Z]+\$?\d+)?/g, '')
        .replace(/KEFU_[A-Z0-9_]+/g, '')
        .replace(/CHAR\(\d+\)/g, '') // a character code (the rubric cell's line breaks), not a threshold
        .replace(/"[^"]*"/g, '');
      const numbers = stripped.match(/\d+(\.\d+)?/g) ?? [];
      // 0.5 is halfway between two whole numbers (a binary search's probe), DAY_SPAN the room a rank leaves for a day number.
      expect(numbers.filter((n) => !['0', '1', '3600', '86400', '0.5', String(DAY_SPAN)].includes(n)), formula).toEqual([]);
    }
  });

  it('quotes the other sheet by its title in the chosen language', () => {
    const customers = SHEETS.find((s) => s.name === 'customers')!;
    const doneAt = (lang: 'zh' | 'en') => liveFormulas(customers, { lang }).find((f) => f.key === 'followUpDoneAt')!.formula;
    // Whole columns: the calls sheet's column is as long as the calls sheet, whatever the customers sheet's length.
    expect(doneAt('zh')).toContain(`FILTER(UPPER(TRIM('回访记录'!B:B))&"",('回访记录'!B:B<>"")`);
    expect(doneAt('zh')).toContain(`,'回访记录'!P:P,1,TRUE())`);
    expect(doneAt('en')).toContain(`FILTER(UPPER(TRIM('Follow-up calls'!B:B))&"",('Follow-up calls'!B:B<>"")`);
  });
});

describe('ids in the sheet match ignoring letter case (as kefu check\'s duplicate rule does)', () => {
  it('counts a referrer written c0001 for the customer C0001; kefu check reports that reference (see check-workbook.test.ts)', async () => {
    const { buildWorkbook } = await import('./workbook');
    const { defaultSettings } = await import('../../../shared/settings');
    const customers = SHEETS.find((s) => s.name === 'customers')!;
    const wb = buildWorkbook(defaultSettings(), [{ schema: customers, rows: [{ id: 'C0001' }, { id: 'C0002', referrerId: 'c0001' }, { id: 'C0003', referrerId: 'C0001' }] }], { rows: 5 });
    expect(wb.column(customers, 'referrals', 3)).toEqual([2, 0, 0]);
  });
});
