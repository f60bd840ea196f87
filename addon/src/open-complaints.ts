// The complaints sidebar: open complaints by age against the first-response limit, and moving one to its next stage.
import { COMPLAINT_STAGE, matchEnum, type ComplaintStage } from '../../shared/enums';
import { firstResponseSla, complaintAgeHours } from '../../shared/rules/complaint-sla';
import { COMPLAINTS, STAGE_TIME_COLUMN } from '../../shared/schema';
import { recordsOf } from '../../shared/sheet/records';
import { getLanguage } from './language';
import { labels } from './labels';
import { withDocumentLock } from './lock';
import type { OpenComplaint, RpcResult } from './rpc-contract';
import { sheetValue } from './sheet-cell';
import { activeSpreadsheet, readWorkbook } from './workbook';

const MESSAGES = {
  zh: {
    noSheet: '找不到投诉登记表。请先运行“设置工作簿”。',
    unknown: (id: string) => `找不到投诉编号“${id}”。`,
    badStage: (stage: string) => `“${stage}”不是处理阶段。请使用：${COMPLAINT_STAGE.map((s) => s.zh).join('、')}。`,
    closed: (id: string) => `投诉“${id}”已结案。`,
  },
  en: {
    noSheet: 'There is no complaints sheet. Run "Set up workbook" first.',
    unknown: (id: string) => `There is no complaint "${id}".`,
    badStage: (stage: string) => `"${stage}" is not a stage. Use one of: ${COMPLAINT_STAGE.map((s) => s.en).join(', ')}.`,
    closed: (id: string) => `Complaint "${id}" is already closed.`,
  },
} as const;

export function listOpenComplaints(): OpenComplaint[] {
  const workbook = readWorkbook(activeSpreadsheet(), ['complaints']);
  const live = workbook.sheets.complaints;
  if (!live) return [];
  const now = workbook.clock.now;
  return recordsOf(live.read, 'complaints')
    .filter((c) => c.id && c.receivedAt && !c.closedAt)
    .map((c) => ({
      id: c.id,
      receivedAt: c.receivedAt,
      category: c.category,
      stage: c.stage,
      ageHours: Math.floor(complaintAgeHours(c, now) ?? 0),
      slaBreached: firstResponseSla(c, workbook.settings, now) === 'breached',
    }))
    .sort((a, b) => b.ageHours - a.ageHours || (a.id < b.id ? -1 : 1));
}

/** Sets the stage and stamps that stage's time column with now, unless it already holds a time. */
export function advanceComplaint(id: string, stage: string): RpcResult {
  const lang = getLanguage();
  const m = MESSAGES[lang];
  const key = matchEnum(COMPLAINT_STAGE, String(stage ?? '')) as ComplaintStage | undefined;
  if (!key) return { ok: false, issues: [{ field: 'stage', message: m.badStage(String(stage)) }] };
  const outcome = withDocumentLock((): RpcResult => {
    const workbook = readWorkbook(activeSpreadsheet(), ['complaints']);
    const live = workbook.sheets.complaints;
    if (!live) return { ok: false, issues: [{ field: '', message: m.noSheet }] };
    const row = live.read.rows.find((r) => r.values['id'] === String(id).trim());
    if (!row) return { ok: false, issues: [{ field: 'id', message: m.unknown(String(id)) }] };
    if (row.values['closedAt'] !== undefined) return { ok: false, issues: [{ field: 'id', message: m.closed(String(id)) }] };
    const { columnOf } = live.read;
    const stageColumn = COMPLAINTS.columns.find((c) => c.key === 'stage')!;
    live.sheet.getRange(row.line, columnOf['stage']!).setValue(sheetValue(key, stageColumn, workbook.settings, lang));
    const timeKey = STAGE_TIME_COLUMN[key];
    const timeColumn = columnOf[timeKey];
    if (timeColumn !== undefined && row.values[timeKey] === undefined && row.bad[timeKey] === undefined) {
      live.sheet.getRange(row.line, timeColumn).setValue(new Date());
    }
    return { ok: true, id: String(row.values['id']) };
  });
  return outcome.ok ? outcome.value : { ok: false, issues: [{ field: '', message: labels(lang).busy }] };
}
