// The complaints sidebar: open complaints against the first-response clock, the first response, each next stage, and closing.
import { COMPLAINT_STAGE, matchEnum, type ComplaintStage } from '../../shared/enums';
import { complaintAgeHours, complaintFollowUpDue, firstResponseHoursLeft, firstResponseSla } from '../../shared/rules/complaint-sla';
import { COMPLAINTS, CUSTOMERS, STAGE_TIME_COLUMN, type Complaint } from '../../shared/schema';
import { recordsOf } from '../../shared/sheet/records';
import { getLanguage } from './language';
import { labels } from './labels';
import { withDocumentLock } from './lock';
import type { Lang, OpenComplaint, RpcResult } from './rpc-contract';
import { sheetValue } from './sheet-cell';
import { activeSpreadsheet, findSheet, readColumns, readWorkbook, type LiveSheet, type LiveWorkbook } from './workbook';

const LAST_STAGE = COMPLAINT_STAGE[COMPLAINT_STAGE.length - 1]!;

const MESSAGES = {
  zh: {
    noSheet: '找不到投诉登记表。请先运行“设置工作簿”。',
    unknown: (id: string) => `找不到投诉编号“${id}”。`,
    badStage: (stage: string) => `“${stage}”不是处理阶段。请使用：${COMPLAINT_STAGE.map((s) => s.zh).join('、')}。`,
    closed: (id: string) => `投诉“${id}”已结案。`,
    notLast: (id: string) => `投诉“${id}”还没到“${LAST_STAGE.zh}”阶段：请先逐步推进，再结案。`,
  },
  en: {
    noSheet: 'There is no complaints sheet. Run "Set up workbook" first.',
    unknown: (id: string) => `There is no complaint "${id}".`,
    badStage: (stage: string) => `"${stage}" is not a stage. Use one of: ${COMPLAINT_STAGE.map((s) => s.en).join(', ')}.`,
    closed: (id: string) => `Complaint "${id}" is already closed.`,
    notLast: (id: string) => `Complaint "${id}" has not reached "${LAST_STAGE.en}" yet: move it through the stages first, then close it.`,
  },
} as const;

/** Customer names by id: a header read and two column reads of the customers sheet. */
function customerNames(): Map<string, string> {
  const sheet = findSheet(activeSpreadsheet(), CUSTOMERS);
  if (!sheet) return new Map();
  const { id = [], name = [] } = readColumns(sheet, CUSTOMERS, ['id', 'name']);
  return new Map(id.map((v, i) => [String(v).trim(), String(name[i] ?? '').trim()]));
}

/** Unanswered first, the most overdue at the top (late first); answered ones after, oldest first. */
function byUrgency(a: OpenComplaint, b: OpenComplaint): number {
  const left = (c: OpenComplaint): number => c.hoursLeft ?? Number.POSITIVE_INFINITY;
  return left(a) - left(b) || b.ageHours - a.ageHours || (a.id < b.id ? -1 : 1);
}

export function listOpenComplaints(): OpenComplaint[] {
  const workbook = readWorkbook(activeSpreadsheet(), ['complaints']);
  const live = workbook.sheets.complaints;
  if (!live) return [];
  const { now } = workbook.clock;
  const open = recordsOf(live.read, 'complaints').filter((c) => c.id && c.receivedAt && !c.closedAt);
  const names = open.some((c) => c.customerId) ? customerNames() : new Map<string, string>();
  return open.map((c) => {
    const sla = firstResponseSla(c, workbook.settings, now);
    const hoursLeft = firstResponseHoursLeft(c, workbook.settings, now);
    const item: OpenComplaint = {
      id: c.id, receivedAt: c.receivedAt, category: c.category, stage: c.stage, content: c.content ?? '',
      ageHours: Math.floor(complaintAgeHours(c, now) ?? 0), slaBreached: sla === 'breached', sla,
    };
    const name = c.customerId ? names.get(c.customerId) : undefined;
    if (name) item.customerName = name;
    if (c.firstResponseAt) item.firstResponseAt = c.firstResponseAt;
    if (hoursLeft !== undefined) item.hoursLeft = hoursLeft;
    return item;
  }).sort(byUrgency);
}

type Change = (row: { values: Record<string, unknown>; bad: Record<string, unknown>; line: number }, live: LiveSheet,
  workbook: LiveWorkbook, stamp: (key: keyof Complaint) => void, lang: Lang) => RpcResult;

/** Finds an open complaint under the lock and applies one change; `stamp` fills an empty time column with now. */
function changeComplaint(id: string, change: Change): RpcResult {
  const lang = getLanguage();
  const m = MESSAGES[lang];
  const outcome = withDocumentLock((): RpcResult => {
    const workbook = readWorkbook(activeSpreadsheet(), ['complaints']);
    const live = workbook.sheets.complaints;
    if (!live) return { ok: false, issues: [{ field: '', message: m.noSheet }] };
    const row = live.read.rows.find((r) => r.values['id'] === String(id).trim());
    if (!row) return { ok: false, issues: [{ field: 'id', message: m.unknown(String(id)) }] };
    if (row.values['closedAt'] !== undefined) return { ok: false, issues: [{ field: 'id', message: m.closed(String(id)) }] };
    const now = new Date();
    const stamp = (key: keyof Complaint): void => {
      const column = live.read.columnOf[key];
      if (column !== undefined && row.values[key] === undefined && row.bad[key] === undefined) live.sheet.getRange(row.line, column).setValue(now);
    };
    return change(row, live, workbook, stamp, lang);
  });
  return outcome.ok ? outcome.value : { ok: false, issues: [{ field: '', message: labels(lang).busy }] };
}

/** 首次响应: stamps the first-response time, unless one is recorded; the clock stops. */
export function respondToComplaint(id: string): RpcResult {
  return changeComplaint(id, (row, _live, _workbook, stamp) => {
    stamp('firstResponseAt');
    return { ok: true, id: String(row.values['id']) };
  });
}

/** Sets the stage and stamps that stage's time column with now (and the first response, if none was recorded). */
export function advanceComplaint(id: string, stage: string): RpcResult {
  const lang = getLanguage();
  const key = matchEnum(COMPLAINT_STAGE, String(stage ?? '')) as ComplaintStage | undefined;
  if (!key) return { ok: false, issues: [{ field: 'stage', message: MESSAGES[lang].badStage(String(stage)) }] };
  return changeComplaint(id, (row, live, workbook, stamp, rowLang) => {
    const stageColumn = COMPLAINTS.columns.find((c) => c.key === 'stage')!;
    live.sheet.getRange(row.line, live.read.columnOf['stage']!).setValue(sheetValue(key, stageColumn, workbook.settings, rowLang));
    stamp(STAGE_TIME_COLUMN[key]);
    // Moving a complaint on means someone answered the customer: the 24 h clock stops at the first move.
    stamp('firstResponseAt');
    return { ok: true, id: String(row.values['id']) };
  });
}

/** 结案 at the last stage: stamps the closing time; the follow-up call 001 asks for ("处理后有回访") is due by followUpDue, when there is a customer. */
export function closeComplaint(id: string): RpcResult {
  return changeComplaint(id, (row, _live, workbook, stamp, lang) => {
    if (row.values['stage'] !== LAST_STAGE.key) return { ok: false, issues: [{ field: 'stage', message: MESSAGES[lang].notLast(String(id)) }] };
    stamp('firstResponseAt');
    stamp('closedAt');
    // Without a customer there is no one to call back (complaintFollowUps owes nothing).
    if (row.values['customerId'] === undefined) return { ok: true, id: String(row.values['id']) };
    return { ok: true, id: String(row.values['id']), followUpDue: complaintFollowUpDue({ closedAt: workbook.clock.now }, workbook.settings)! };
  });
}
