// Every sheet of a Kefu workbook, and how CSV file names map to them.
import { CALLS } from './calls';
import { COMPLAINTS } from './complaints';
import { CUSTOMERS } from './customers';
import { NOTES } from './notes';
import { POINTS } from './points';
import { QA_AUDITS } from './qa-audits';
import { SETTINGS_SHEET } from './settings-sheet';
import { TRAINING } from './training';
import type { SheetName, SheetSchema } from './types';

export * from './types';
export type { Call } from './calls';
export type { Complaint } from './complaints';
export { STAGE_TIME_COLUMN } from './complaints';
export type { Customer } from './customers';
export type { Note } from './notes';
export type { PointsEntry } from './points';
export type { QaAudit } from './qa-audits';
export type { SettingRow } from './settings-sheet';
export type { TrainingResult } from './training';
export { CALLS, COMPLAINTS, CUSTOMERS, NOTES, POINTS, QA_AUDITS, SETTINGS_SHEET, TRAINING };

/** In the order a workbook shows them; settings first so the rest can be read with it. */
export const SHEETS: readonly SheetSchema[] = [SETTINGS_SHEET, CUSTOMERS, CALLS, COMPLAINTS, QA_AUDITS, TRAINING, POINTS, NOTES];

export function sheetByName(name: SheetName): SheetSchema {
  return SHEETS.find((s) => s.name === name)!;
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\.csv$/i, '').replace(/[\s_]+/g, '-');
}

/**
 * The sheet a CSV file name stands for: its export name ("calls.csv"), the sheet's zh or en
 * title ("回访记录.csv", "Follow-up calls.csv"), with any "Workbook - " prefix Sheets adds.
 */
export function sheetForFileName(fileName: string): SheetSchema | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const candidates = [base, base.split(' - ').pop() ?? base].map(normalise);
  return SHEETS.find((s) =>
    candidates.some((c) => c === normalise(s.file) || c === normalise(s.zh) || c === normalise(s.en) || c === normalise(s.name)));
}
