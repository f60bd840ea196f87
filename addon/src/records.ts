// logCall, registerComplaint and addCustomer: a sidebar's form checked with the shared parser, then appended under the lock.
import { parseValue } from '../../shared/sheet/parse-value';
import { describeCallDateProblem, findCallDateProblems } from '../../shared/rules/call-dates';
import { findQuietHourCall } from '../../shared/rules/quiet-hours';
import { CALLS, COMPLAINTS, CUSTOMERS, type Call } from '../../shared/schema';
import type { Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { appendRecord } from './append-row';
import { getLanguage } from './language';
import { labels } from './labels';
import { checkInput, columnOf } from './record-input';
import type { CallInput, ComplaintInput, Lang, NewCustomerInput, RpcIssue, RpcResult } from './rpc-contract';
import { activeSpreadsheet, clockOf, findSheet, readColumns, readSettingsSheet, type Clock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CALL_FIELDS = ['customerId', 'at', 'agent', 'channel', 'purpose', 'reached', 'satisfaction', 'serviceDate',
  'comment', 'promisedAnswerDate', 'nextContactDate', 'complaintId', 'stage'] as const;
const COMPLAINT_FIELDS = ['customerId', 'receivedAt', 'channel', 'category', 'content', 'stage'] as const;
const CUSTOMER_FIELDS = ['name', 'phone', 'consent', 'createdAt'] as const;

const MESSAGES = {
  zh: {
    noSheet: (name: string) => `找不到“${name}”表。请先运行“设置工作簿”。`,
    unknownCustomer: (id: string) => `客户编号“${id}”不在客户档案中。`,
    unknownComplaint: (id: string) => `投诉编号“${id}”不在投诉登记中。`,
    satisfactionUnreached: '未接通的回访不能记录满意度。',
    quietHours: (at: string, hours: string) => `已保存。但回访时间 ${at} 在客户休息时间 ${hours} 内：请尽量避免在客户休息时打扰客户。`,
    duplicatePhone: (phone: string, name: string, id: string) => `电话 ${phone} 已是客户“${name}”（${id}）的电话：请搜索并选择这位客户，不要重复建档。`,
  },
  en: {
    noSheet: (name: string) => `There is no "${name}" sheet. Run "Set up workbook" first.`,
    unknownCustomer: (id: string) => `Customer ID "${id}" is not in the customer archive.`,
    unknownComplaint: (id: string) => `Complaint ID "${id}" is not in the complaints register.`,
    satisfactionUnreached: 'Satisfaction can only be recorded for a call that reached the customer.',
    quietHours: (at: string, hours: string) => `Saved. But ${at} is inside the quiet hours ${hours}: try not to disturb customers while they rest.`,
    duplicatePhone: (phone: string, name: string, id: string) => `${phone} is already the phone of ${name} (${id}): search for and pick that customer instead of adding them twice.`,
  },
} as const;

const fail = (field: string, message: string): RpcResult => ({ ok: false, issues: [{ field, message }] });

/** The ids in one sheet's id column: a header read and one column read. */
function idsOf(ss: Spreadsheet, schema: SheetSchema): Set<string> | undefined {
  const sheet = findSheet(ss, schema);
  if (!sheet) return undefined;
  return new Set(readColumns(sheet, schema, ['id'])['id']!.map((id) => String(id).trim()).filter(Boolean));
}

function checkReference(ss: Spreadsheet, schema: SheetSchema, field: string, id: unknown, lang: Lang): RpcIssue | undefined {
  if (id === undefined) return undefined;
  const ids = idsOf(ss, schema);
  const m = MESSAGES[lang];
  if (!ids) return { field, message: m.noSheet(schema[lang]) };
  if (ids.has(String(id))) return undefined;
  return { field, message: schema === CUSTOMERS ? m.unknownCustomer(String(id)) : m.unknownComplaint(String(id)) };
}

/** What a saved record should still make the person think about; it never stops the save. */
type Warnings = (row: Row, settings: Settings, lang: Lang) => RpcIssue[];

function append(ss: Spreadsheet, clock: Clock, schema: SheetSchema, input: Record<string, unknown>, fields: readonly string[],
  references: readonly [string, SheetSchema][], extraIssues: (row: Row, lang: Lang, settings: Settings) => RpcIssue[],
  warningsOf: Warnings = () => []): RpcResult {
  const lang = getLanguage();
  const { settings } = readSettingsSheet(ss, clock);
  const sheet = findSheet(ss, schema);
  if (!sheet) return fail('', MESSAGES[lang].noSheet(schema[lang]));
  const check = checkInput(input, schema, fields, settings, lang);
  if (!check.ok) return check;
  const issues = [...extraIssues(check.row, lang, settings)];
  for (const [field, target] of references) {
    const issue = checkReference(ss, target, field, check.row[field], lang);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) return { ok: false, issues };
  const outcome = appendRecord(sheet, schema, check.row, settings, lang);
  if (outcome.ok) {
    const warnings = warningsOf(check.row, settings, lang);
    return warnings.length > 0 ? { ok: true, id: outcome.id, warnings } : { ok: true, id: outcome.id };
  }
  return fail('', outcome.reason === 'busy' ? labels(lang).busy : MESSAGES[lang].noSheet(schema[lang]));
}

export function logCall(input: CallInput): RpcResult {
  const ss = activeSpreadsheet();
  const clock = clockOf(ss);
  const at = input.at && String(input.at).trim() !== '' ? input.at : clock.now;
  return append(ss, clock, CALLS, { ...input, at }, CALL_FIELDS,
    [['customerId', CUSTOMERS], ['complaintId', COMPLAINTS]],
    (row, lang) => [
      ...(row['satisfaction'] !== undefined && row['reached'] !== 'reached'
        ? [{ field: 'satisfaction', message: MESSAGES[lang].satisfactionUnreached }] : []),
      // The dates validate-all checks (shared/rules/call-dates), so the sheet never holds what it would flag.
      ...findCallDateProblems(row as Partial<Call>).map((p) => {
        const column = CALLS.columns.find((c) => c.key === p.key)!;
        return { field: p.key, message: describeCallDateProblem(p, { zh: column.zh, en: column.en })[lang] };
      }),
    ],
    quietHoursWarning);
}

/** 001 "避免在客户休息时打扰客户": an outbound phone call logged inside the Settings' quiet hours is saved with a warning. */
function quietHoursWarning(row: Row, settings: Settings, lang: Lang): RpcIssue[] {
  const range = findQuietHourCall(row, settings);
  if (!range) return [];
  return [{ field: 'at', message: MESSAGES[lang].quietHours(String(row['at']).replace('T', ' ').slice(0, 16), `${range.from}-${range.to}`) }];
}

export function registerComplaint(input: ComplaintInput): RpcResult {
  const ss = activeSpreadsheet();
  const clock = clockOf(ss);
  return append(ss, clock, COMPLAINTS, { ...input, receivedAt: clock.now, stage: 'accept' }, COMPLAINT_FIELDS,
    [['customerId', CUSTOMERS]], () => []);
}

/**
 * The customer who already has this phone (both read by the shared phone rule, so 138-1234-5678 is 13812345678).
 * Refused rather than warned: a second archive row splits one person's calls, points and tier.
 */
function duplicatePhone(ss: Spreadsheet, row: Row, settings: Settings, lang: Lang): RpcIssue[] {
  const sheet = findSheet(ss, CUSTOMERS);
  if (!sheet || row['phone'] === undefined) return [];
  const columns = readColumns(sheet, CUSTOMERS, ['id', 'name', 'phone']);
  const phoneColumn = columnOf(CUSTOMERS, 'phone');
  const at = columns['phone']!.findIndex((cell) => {
    const parsed = parseValue(String(cell ?? ''), phoneColumn, settings);
    return parsed.ok && parsed.value === row['phone'];
  });
  if (at < 0) return [];
  return [{ field: 'phone', message: MESSAGES[lang].duplicatePhone(String(row['phone']), String(columns['name']![at] ?? ''), String(columns['id']![at] ?? '')) }];
}

/** 新建客户 from a sidebar: name and phone checked as the sheet checks them, 建档日期 today (as onEdit stamps it), appended under the lock. */
export function addCustomer(input: NewCustomerInput): RpcResult {
  const ss = activeSpreadsheet();
  const clock = clockOf(ss);
  const { name, phone, consent } = input ?? ({} as NewCustomerInput);
  return append(ss, clock, CUSTOMERS, { name, phone, consent: consent === true ? true : undefined, createdAt: clock.today },
    CUSTOMER_FIELDS, [], (row, lang, settings) => duplicatePhone(ss, row, settings, lang));
}
