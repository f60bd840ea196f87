// The highlight rules set-up adds: overdue follow-ups, dissatisfied calls, late complaints, trainees below the pass mark.
import { SATISFACTION } from '../../shared/enums';
import type { SheetName } from '../../shared/schema/types';
import { namedRange } from './formulas';
import type { SheetLayout } from './sheet-layout';
import { letter } from './sheet-layout';

export interface HighlightSpec {
  /** A1 of the rows it colours. */
  range: string;
  formula: string;
  background: string;
}

/** N("kefu") is 0, so it changes nothing; it marks the rules set-up owns, to replace them and leave others alone. */
export const MARK = 'N("kefu")=0';

const RED = '#f4cccc';
const ORANGE = '#fce5cd';

function rule(layout: SheetLayout, maxRows: number, key: string, test: (cell: string) => string, background: string): HighlightSpec | undefined {
  const column = layout.columnOf[key];
  if (column === undefined) return undefined;
  // From row 1, as the live formulas read whole columns: a range starting at row 2 would start at row 3 once a row is
  // inserted under the header, leaving the new row uncoloured. No test holds for a header text, so row 1 is never coloured.
  const cell = `$${letter(column)}1`;
  return { range: `A1:${letter(layout.width)}${maxRows}`, formula: `=AND(${MARK},${test(cell)})`, background };
}

const dissatisfied = SATISFACTION.find((s) => s.key === 'dissatisfied')!;

const RULES: Partial<Record<SheetName, (layout: SheetLayout, maxRows: number) => (HighlightSpec | undefined)[]>> = {
  customers: (l, n) => [rule(l, n, 'followUpOverdue', (c) => `${c}=TRUE`, RED)],
  calls: (l, n) => [rule(l, n, 'satisfaction', (c) => `OR(${c}="${dissatisfied.zh}",${c}="${dissatisfied.en}")`, RED)],
  complaints: (l, n) => [rule(l, n, 'slaBreached', (c) => `${c}=TRUE`, RED)],
  // Conditional formats cannot name another sheet's cells directly, so the named range goes through INDIRECT.
  training: (l, n) => [rule(l, n, 'score', (c) => `ISNUMBER(${c}),${c}<INDIRECT("${namedRange('training.passMark')}")`, ORANGE)],
};

export function highlightsOf(layout: SheetLayout, maxRows: number): HighlightSpec[] {
  return (RULES[layout.schema.name]?.(layout, maxRows) ?? []).filter((r): r is HighlightSpec => r !== undefined);
}

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

function describe(rule: Rule): HighlightSpec | undefined {
  const condition = rule.getBooleanCondition();
  const formula = condition?.getCriteriaValues()[0];
  if (!condition || typeof formula !== 'string' || !formula.includes(MARK)) return undefined;
  return { range: rule.getRanges().map((r) => r.getA1Notation()).join(','), formula, background: condition.getBackground() ?? '' };
}

/** The rules to set, or undefined when the sheet already has exactly the wanted Kefu rules. */
export function planHighlights(sheet: GoogleAppsScript.Spreadsheet.Sheet, wanted: readonly HighlightSpec[]): Rule[] | undefined {
  const existing = sheet.getConditionalFormatRules();
  const ours = existing.map(describe);
  const current = ours.filter((r): r is HighlightSpec => r !== undefined);
  if (JSON.stringify(current) === JSON.stringify(wanted)) return undefined;
  const others = existing.filter((_, i) => ours[i] === undefined);
  const built = wanted.map((w) => SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(w.formula).setBackground(w.background).setRanges([sheet.getRange(w.range)]).build());
  return [...others, ...built];
}
