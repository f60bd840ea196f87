// Data validation and conditional format rules of the double, with the builders SpreadsheetApp hands out.
import { counted, type Core } from './core';
import type { RangeDouble } from './spreadsheet';

export class DataValidationDouble {
  constructor(public _core: Core, public _type: string, public _values: unknown[], public _allowInvalid: boolean, public _help: string) {}
  getCriteriaType(): string { return this._type; }
  getCriteriaValues(): unknown[] { return JSON.parse(JSON.stringify(this._values)) as unknown[]; }
  getAllowInvalid(): boolean { return this._allowInvalid; }
  getHelpText(): string { return this._help; }
  copy(): DataValidationBuilderDouble {
    const b = new DataValidationBuilderDouble(this._core);
    b._type = this._type;
    b._values = [...this._values];
    b._allowInvalid = this._allowInvalid;
    b._help = this._help;
    return b;
  }
}
counted(DataValidationDouble, 'DataValidation');

export class DataValidationBuilderDouble {
  _type = '';
  _values: unknown[] = [];
  _allowInvalid = true;
  _help = '';
  constructor(public _core: Core) {}
  _set(type: string, values: unknown[]): DataValidationBuilderDouble { this._type = type; this._values = values; return this; }
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilderDouble { return this._set('VALUE_IN_LIST', [[...values], showDropdown]); }
  requireDate(): DataValidationBuilderDouble { return this._set('DATE_IS_VALID_DATE', []); }
  requireCheckbox(): DataValidationBuilderDouble { return this._set('CHECKBOX', []); }
  requireFormulaSatisfied(formula: string): DataValidationBuilderDouble { return this._set('CUSTOM_FORMULA', [formula]); }
  requireNumberBetween(a: number, b: number): DataValidationBuilderDouble { return this._set('NUMBER_BETWEEN', [a, b]); }
  requireNumberGreaterThanOrEqualTo(n: number): DataValidationBuilderDouble { return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  setAllowInvalid(allow: boolean): DataValidationBuilderDouble { this._allowInvalid = allow; return this; }
  setHelpText(text: string): DataValidationBuilderDouble { this._help = text; return this; }
  build(): DataValidationDouble {
    if (!this._type) throw new Error('Exception: You must specify a criteria type.');
    return new DataValidationDouble(this._core, this._type, this._values, this._allowInvalid, this._help);
  }
}
counted(DataValidationBuilderDouble, 'DataValidationBuilder');

export class BooleanConditionDouble {
  constructor(public _core: Core, public _type: string, public _values: unknown[], public _background: string | null) {}
  getCriteriaType(): string { return this._type; }
  getCriteriaValues(): unknown[] { return [...this._values]; }
  getBackground(): string | null { return this._background; }
}
counted(BooleanConditionDouble, 'BooleanCondition');

export class ConditionalFormatRuleDouble {
  constructor(public _core: Core, public _condition: BooleanConditionDouble, public _ranges: RangeDouble[]) {}
  getBooleanCondition(): BooleanConditionDouble { return this._condition; }
  getRanges(): RangeDouble[] { return [...this._ranges]; }
}
counted(ConditionalFormatRuleDouble, 'ConditionalFormatRule');

export class ConditionalFormatRuleBuilderDouble {
  _formula?: string;
  _background: string | null = null;
  _ranges: RangeDouble[] = [];
  constructor(public _core: Core) {}
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilderDouble { this._formula = formula; return this; }
  setBackground(color: string): ConditionalFormatRuleBuilderDouble { this._background = color; return this; }
  setRanges(ranges: RangeDouble[]): ConditionalFormatRuleBuilderDouble { this._ranges = [...ranges]; return this; }
  build(): ConditionalFormatRuleDouble {
    if (this._formula === undefined) throw new Error('Exception: A condition is required.');
    return new ConditionalFormatRuleDouble(this._core, new BooleanConditionDouble(this._core, 'CUSTOM_FORMULA', [this._formula], this._background), this._ranges);
  }
}
counted(ConditionalFormatRuleBuilderDouble, 'ConditionalFormatRuleBuilder');
