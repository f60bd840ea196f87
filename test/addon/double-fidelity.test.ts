// The double behaves like Google Sheets where the add-on depends on it: "" results are content, rows move with their formulas, cells are counted.
import { describe, expect, it } from 'vitest';
import { createDouble } from '../../doubles/sheets';

/** The globals an add-on sees, loosely typed for a test that drives them directly. */
type Any = any;

function sheetWith(rows: unknown[][], size?: { rows?: number }) {
  const double = createDouble();
  double.addSheet('S', rows, size);
  double.addSheet('T');
  const { SpreadsheetApp } = double.globals() as Any;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return { double, ss, sheet: ss.getSheetByName('S'), other: ss.getSheetByName('T') };
}

describe('a formula\'s "" result is content, as in Sheets', () => {
  const cases = [
    { description: 'an array formula over C2:C50 in row 2 fills 49 rows with ""', formula: '=ARRAYFORMULA(IF(A2:A50="","",A2:A50*2))', at: 2, lastRow: 50 },
    { description: 'an open range runs to the sheet\'s last row', formula: '=ARRAYFORMULA(IF(A2:A="","",A2:A*2))', at: 2, lastRow: 60 },
    { description: 'a header-cell formula with an empty blank branch stops at the last filled guard row', formula: '={"x";ARRAYFORMULA(IF(A2:A="",,A2:A*2))}', at: 1, lastRow: 4 },
    { description: 'a whole-column header formula with an empty blank branch stops at the last filled guard row', formula: '=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"x",IF(A:A="",,A:A*2)))', at: 1, lastRow: 4 },
    { description: 'a whole-column formula writing "" fills the sheet to its last row', formula: '=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"x",IF(A:A="","",A:A*2)))', at: 1, lastRow: 60 },
    // A sorted list (the hidden completion index) is no taller than the rows its FILTER keeps.
    { description: 'a header list over FILTER(…,A:A<>"") stops at the last filled row of A', formula: '=ARRAYFORMULA({"x";IFERROR(SORT(FILTER(A:A*2,A:A<>"")),)})', at: 1, lastRow: 4 },
    { description: 'a plain formula fills only its own cell', formula: '=A2*2', at: 2, lastRow: 4 },
  ];
  for (const { description, formula, at, lastRow } of cases) {
    it(description, () => {
      const { sheet } = sheetWith([['id', 'n'], [1], [2], [3]], { rows: 60 });
      sheet.getRange(at, 2).setFormula(formula);
      expect(sheet.getLastRow()).toBe(lastRow);
      expect(sheet.getDataRange().getNumRows()).toBe(lastRow);
      expect(sheet.getLastColumn()).toBe(2);
      expect(sheet.getRange(lastRow, 2).getValue()).toBe('');
    });
  }
});

describe('an array formula whose result would overwrite a typed value', () => {
  it('shows #REF! and fills nothing, as in Sheets', () => {
    const { sheet } = sheetWith([['id', 'n'], [1], [2], [3]], { rows: 60 });
    sheet.getRange('B2').setFormula('=ARRAYFORMULA(IF(A2:A50="","",A2:A50*2))');
    expect(sheet.getLastRow()).toBe(50);
    sheet.getRange('B7').setValue('typed over');
    expect(sheet.getRange('B2').getValue()).toBe('#REF!');
    expect(sheet.getLastRow()).toBe(7);
    sheet.getRange('B7').clearContent();
    expect(sheet.getRange('B2').getValue()).toBe('');
    expect(sheet.getLastRow()).toBe(50);
  });
});

describe('rows move with their formulas, validation and formats', () => {
  it('insertRowsBefore shifts cells down and every reference to the moved rows, in this sheet, other sheets and named ranges', () => {
    const { double, ss, sheet, other } = sheetWith([['h', '=SUM(A2:A10)'], [1, '=A2*2'], [2], [3]]);
    const rule = (double.globals() as Any).SpreadsheetApp.newDataValidation().requireNumberBetween(0, 9).build();
    sheet.getRange('A3').setDataValidation(rule).setNumberFormat('0.0');
    other.getRange('A1').setFormula("='S'!A3+'S'!A1");
    ss.setNamedRange('THREE', sheet.getRange('A3'));
    sheet.insertRowsBefore(3, 2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A12)');
    expect(sheet.getRange('B2').getFormula()).toBe('=A2*2');
    expect(sheet.getRange('A5').getValue()).toBe(2);
    expect(sheet.getRange('A5').getDataValidation()).toBe(rule);
    expect(sheet.getRange('A5').getNumberFormat()).toBe('0.0');
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
    expect(other.getRange('A1').getFormula()).toBe("='S'!A5+'S'!A1");
    expect(ss.getRangeByName('THREE').getA1Notation()).toBe('A5');
  });

  it('inserting above an open range moves its start, as Sheets does (A2:A becomes A3:A)', () => {
    const { sheet } = sheetWith([['={"x";ARRAYFORMULA(IF(A2:A="",,1))}']]);
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A1').getFormula()).toBe('={"x";ARRAYFORMULA(IF(A3:A="",,1))}');
  });

  it('inserting under the header leaves a whole column as it is (A:A has no row to shift), and the header formula shows its title', () => {
    const { sheet } = sheetWith([['=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"x",IF(A:A="",,1)))']]);
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange('A1').getFormula()).toBe('=ARRAYFORMULA(IF(SEQUENCE(ROWS(A:A))=1,"x",IF(A:A="",,1)))');
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });

  it('deleteRows moves cells up, shrinks ranges, and a deleted single cell becomes #REF!', () => {
    const { sheet, other } = sheetWith([['h', '=SUM(A2:A10)'], [1, '=ARRAYFORMULA(A2:A10*2)'], [2], [3]]);
    other.getRange('A1').setFormula("='S'!A3");
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A2:A8)');
    expect(sheet.getRange('A2').getValue()).toBe(3);
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(other.getRange('A1').getFormula()).toBe('=#REF!');
    expect(sheet.getMaxRows()).toBe(998);
  });

  it('sort moves whole cells: the formula of a data row travels with its row', () => {
    const { sheet } = sheetWith([['h'], ['c', '=ARRAYFORMULA(A2:A4&"!")'], ['a'], ['b']]);
    sheet.getRange('A2').setBackground('#ff0000');
    sheet.getRange('A2:B4').sort({ column: 1, ascending: true });
    expect(sheet.getRange('A2:A4').getValues()).toEqual([['a'], ['b'], ['c']]);
    expect(sheet.getRange('B4').getFormula()).toBe('=ARRAYFORMULA(A4:A6&"!")');
    expect(sheet.getRange('B2').getFormula()).toBe('');
    expect(sheet.getRange('A4').getBackground()).toBe('#ff0000');
  });
});

describe('formula text as Sheets stores it', () => {
  const cases = [
    { description: 'function names and references in upper case', input: '=sum(a1:b2)+arrayformula(if(c2:c="",,1))', expected: '=SUM(A1:B2)+ARRAYFORMULA(IF(C2:C="",,1))' },
    { description: 'text in quotes kept as typed', input: '=if(a1="abc","x y",counta(b1))', expected: '=IF(A1="abc","x y",COUNTA(B1))' },
    { description: 'named ranges and sheet titles kept', input: "=KEFU_TIER_VIP_SPEND+'回访记录'!b2", expected: "=KEFU_TIER_VIP_SPEND+'回访记录'!B2" },
  ];
  for (const { description, input, expected } of cases) {
    it(description, () => {
      const { sheet } = sheetWith([]);
      sheet.getRange('D1').setFormula(input);
      expect(sheet.getRange('D1').getFormula()).toBe(expected);
      expect(sheet.getRange('D1').getFormulas()).toEqual([[expected]]);
    });
  }
});

describe('cells read and written are counted', () => {
  it('counts every cell a range read or write moves, whatever the call', () => {
    const { double, sheet } = sheetWith([['a', 'b'], [1, 2]]);
    double.resetCalls();
    sheet.getRange(1, 1, 10, 3).getValues();
    sheet.getRange('A1:B2').getFormulas();
    sheet.getRange(5, 1, 2, 2).setValues([[1, 2], [3, 4]]);
    sheet.getRange('C1:C4').setNumberFormat('@');
    expect(double.cells).toEqual({ read: 34, written: 8 });
    double.resetCalls();
    expect(double.cells).toEqual({ read: 0, written: 0 });
  });

  it('flush runs a plugged-in formula engine, whose results getValues then shows', () => {
    const { double, ss, sheet } = sheetWith([['h'], [2], [3]]);
    sheet.getRange('B2').setFormula('=ARRAYFORMULA(A2:A3*10)');
    double.evaluate = (model) => {
      const s = model.sheets.find((x) => x.name === 'S')!;
      s.computed.set('2,2', 20);
      s.computed.set('3,2', 30);
    };
    expect(sheet.getRange('B2:B3').getValues()).toEqual([[''], ['']]);
    (double.globals() as Any).SpreadsheetApp.flush();
    expect(ss.getSheetByName('S').getRange('B2:B3').getValues()).toEqual([[20], [30]]);
  });
});

describe('getNextDataCell is Ctrl+arrow', () => {
  const cases = [
    { description: 'up from an empty bottom cell: the last filled cell above', from: 'A1000', direction: 'UP', expected: 'A5' },
    { description: 'up from a filled cell inside a block: the block\'s top', from: 'A5', direction: 'UP', expected: 'A4' },
    { description: 'down from the header over a gap: the block\'s end', from: 'A1', direction: 'DOWN', expected: 'A2' },
    { description: 'up in an empty column: the sheet\'s first row', from: 'C1000', direction: 'UP', expected: 'C1' },
    { description: 'an array formula\'s "" results count as filled', from: 'B1000', direction: 'UP', expected: 'B50' },
  ];
  for (const { description, from, direction, expected } of cases) {
    it(description, () => {
      const { double, sheet } = sheetWith([['id'], [1, '=ARRAYFORMULA(IF(A2:A50="","",1))'], [], [3], [4]]);
      const Direction = (double.globals() as Any).SpreadsheetApp.Direction;
      double.resetCalls();
      expect(sheet.getRange(from).getNextDataCell(Direction[direction]).getA1Notation()).toBe(expected);
      expect(double.cells).toEqual({ read: 0, written: 0 });
    });
  }
});
