// Checks what a sidebar sends (a call, a complaint) field by field with the shared parser; problems come back as data.
import { escapeFormula } from '../../shared/sheet/cell-text';
import { parseValue } from '../../shared/sheet/parse-value';
import type { Column, Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import type { Lang, RpcIssue } from './rpc-contract';

export type InputCheck = { ok: true; row: Row } | { ok: false; issues: RpcIssue[] };

const REQUIRED = { zh: '此项必填。', en: 'This is required.' } as const;
const COLON = { zh: '：', en: ': ' } as const;

/**
 * Reads each field named in `fields` into the schema column of the same key. Text from a sidebar is
 * text, never a formula, so it is parsed as its apostrophe-guarded form (and written that way).
 */
export function checkInput(input: Record<string, unknown>, schema: SheetSchema, fields: readonly string[],
  settings: Settings, lang: Lang): InputCheck {
  const issues: RpcIssue[] = [];
  const row: Row = {};
  for (const key of fields) {
    const column = schema.columns.find((c) => c.key === key)!;
    const raw = input[key];
    const text = raw === undefined || raw === null ? '' : String(raw);
    const parsed = parseValue(column.type === 'text' ? escapeFormula(text.trim()) : text, column, settings);
    if (!parsed.ok) issues.push({ field: key, message: `${column[lang]}${COLON[lang]}${lang === 'zh' ? parsed.messageZh : parsed.message}` });
    else if (parsed.value !== undefined) row[key] = parsed.value;
    else if (column.required) issues.push({ field: key, message: `${column[lang]}${COLON[lang]}${REQUIRED[lang]}` });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, row };
}

export function columnOf(schema: SheetSchema, key: string): Column {
  return schema.columns.find((c) => c.key === key)!;
}
