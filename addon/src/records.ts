// logCall and registerComplaint: a sidebar's form checked with the shared parser, then appended under the lock.
import { describeCallDateProblem, findCallDateProblems } from '../../shared/rules/call-dates';
import { findQuietHourCall } from '../../shared/rules/quiet-hours';
import { CALLS, COMPLAINTS, CUSTOMERS, type Call } from '../../shared/schema';
import type { Row, SheetSchema } from '../../shared/schema/types';
import type { Settings } from '../../shared/settings';
import { appendRecord } from './append-row';
import { getLanguage } from './language';
import { labels } from './labels';
import { checkInput } from './record-input';
import type { CallInput, ComplaintInput, Lang, RpcIssue, RpcResult } from './rpc-contract';
import { activeSpreadsheet, clockOf, findSheet, readColumns, readSettingsSheet, type Clock } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const CALL_FIELDS = ['customerId', 'at', 'agent', 'channel', 'purpose', 'reached', 'satisfaction', 'serviceDate',
  'comment', 'promisedAnswerDate', 'nextContactDate', 'complaintId'] as const;
const COMPLAINT_FIELDS = ['customerId', 'receivedAt', 'channel', 'category', 'content', 'stage'] as const;

const MESSAGES = {
  zh: {
    noSheet: (name: string) => `找不到“${name}”表。请先运行“设置工作簿”。`,
    unknownCustomer: (id: string) => `客户编号“${id}”不在客户档案中。`,
    unknownComplaint: (id: string) => `投诉编号“${id}”不在投诉登记中。`,
    satisfactionUnreached: '未接通的回访不能记录满意度。',
    quietHours: (at: string, hours: string) => `已保存。但回访时间 ${at} 在客户休息时间 ${hours} 内：请尽量避免在客户休息时打扰客户。`,
  },
  en: {
    noSheet: (name: string) => `There is no "${name}" sheet. Run "Set up workbook" first.`,
    unknownCustomer: (id: string) => `Customer ID "${id}" is not in the customer archive.`,
    unknownComplaint: (id: string) => `Complaint ID "${id}" is not in the complaints register.`,
    satisfactionUnreached: 'Satisfaction can only be recorded for a call that reached the customer.',
    quietHours: (at: string, hours: string) => `Saved. But ${at} is inside the quiet hours ${hours}: try not to disturb customers while they rest.`,
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
  references: readonly [string, SheetSchema][], extraIssues: (row: Record<string, unknown>, lang: Lang) => RpcIssue[],
  warningsOf: Warnings = () => []): RpcResult {
  const lang = getLanguage();
  const { settings } = readSettingsSheet(ss, clock);
  const sheet = findSheet(ss, schema);
  if (!sheet) return fail('', MESSAGES[lang].noSheet(schema[lang]));
  const check = checkInput(input, schema, fields, settings, lang);
  if (!check.ok) return check;
  const issues = [...extraIssues(check.row, lang)];
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
