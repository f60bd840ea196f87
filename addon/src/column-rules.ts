// What each column type asks of its cells in the sheet: number format, and data validation as plain data.
import { QA_CRITERION, type QaCriterion } from '../../shared/enums';
import { describeCriterion } from '../../shared/rules/qa-criterion';
import { allowedValues, type Column } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { phoneFormula } from './phone-rule';
import type { Lang } from './rpc-contract';


export type ValidationSpec =
  | { criteria: 'VALUE_IN_LIST'; values: [string[], boolean]; help: string }
  | { criteria: 'DATE_IS_VALID_DATE'; values: []; help: string }
  | { criteria: 'CHECKBOX'; values: []; help: string }
  | { criteria: 'CUSTOM_FORMULA'; values: [string]; help: string };

const HELP = {
  zh: {
    list: '请从下拉列表中选择。',
    date: '请填写日期，如 2026-11-03。',
    dateTime: '请填写日期和时间，如 2026-11-03 14:05。',
    checkbox: '勾选表示“是”。',
    phone: '请填写 11 位手机号、带区号的固定电话（如 010-12345678）或以 + 开头的国际号码。',
    integer: '请填写整数。',
    money: '请填写金额（最多两位小数）。',
  },
  en: {
    list: 'Choose a value from the list.',
    date: 'Enter a date, e.g. 2026-11-03.',
    dateTime: 'Enter a date and time, e.g. 2026-11-03 14:05.',
    checkbox: 'Ticked means yes.',
    phone: 'Enter an 11-digit mobile, a landline with its area code (e.g. 010-12345678) or an international number starting with +.',
    integer: 'Enter a whole number.',
    money: 'Enter an amount (at most 2 decimals).',
  },
} as const;

function bounds(ref: string, column: Column): string {
  return (column.min !== undefined ? `,${ref}>=${column.min}` : '') + (column.max !== undefined ? `,${ref}<=${column.max}` : '');
}

/** The validation for a column whose first data cell is ref (e.g. "C2"); none for text, ids and formula columns. */
export function validationOf(column: Column, ref: string, settings: Settings, lang: Lang): ValidationSpec | undefined {
  if (column.computed) return undefined;
  const help = HELP[lang];
  switch (column.type) {
    case 'enum':
      return { criteria: 'VALUE_IN_LIST', values: [allowedValues(column, settings).map((v) => v[lang]), true], help: help.list };
    case 'date':
      return { criteria: 'DATE_IS_VALID_DATE', values: [], help: help.date };
    case 'date-time':
      return { criteria: 'DATE_IS_VALID_DATE', values: [], help: help.dateTime };
    case 'boolean':
      return { criteria: 'CHECKBOX', values: [], help: help.checkbox };
    case 'phone':
      return { criteria: 'CUSTOM_FORMULA', values: [phoneFormula(ref)], help: help.phone };
    case 'integer': {
      // A QA criterion column explains itself: the reply limit, its penalty and whether it is critical (qa.rubric).
      const criterion = QA_CRITERION.find((c) => c.key === column.key)?.key as QaCriterion | undefined;
      return { criteria: 'CUSTOM_FORMULA', values: [`=OR(${ref}="",AND(ISNUMBER(${ref}),${ref}=INT(${ref})${bounds(ref, column)}))`],
        help: criterion ? describeCriterion(criterion, settings, lang) : help.integer };
    }
    case 'money':
      return { criteria: 'CUSTOM_FORMULA', values: [`=OR(${ref}="",AND(ISNUMBER(${ref}),ROUND(${ref},2)=${ref}${bounds(ref, column)}))`], help: help.money };
    default:
      return undefined;
  }
}

/** A validation already on the sheet, as getDataValidations gives it, compared with the one wanted. */
export function sameValidation(existing: GoogleAppsScript.Spreadsheet.DataValidation | null, wanted: ValidationSpec): boolean {
  if (!existing) return false;
  return String(existing.getCriteriaType()) === wanted.criteria
    && JSON.stringify(existing.getCriteriaValues()) === JSON.stringify(wanted.values)
    && existing.getAllowInvalid() === false
    && existing.getHelpText() === wanted.help;
}

export function buildValidation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (spec.criteria) {
    case 'VALUE_IN_LIST': builder.requireValueInList(spec.values[0], spec.values[1]); break;
    case 'DATE_IS_VALID_DATE': builder.requireDate(); break;
    case 'CHECKBOX': builder.requireCheckbox(); break;
    case 'CUSTOM_FORMULA': builder.requireFormulaSatisfied(spec.values[0]); break;
  }
  return builder.setAllowInvalid(false).setHelpText(spec.help).build();
}
