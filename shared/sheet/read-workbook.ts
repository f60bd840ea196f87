// A workbook read in the one order every source reads it: Settings first (with the defaults), then each sheet with them.
import type { Issue } from '../issue';
import type { SheetName } from '../schema/types';
import { defaultSettings, type Settings } from '../settings';
import { readSettings } from './read-settings';
import type { SheetRead } from './sheet-read';

/**
 * The order sheets are read in when the reader may choose, so most references point back to a sheet already read whole
 * (a call's customer, a call's complaint) and the points ledger is known before the customers' points are compared with it.
 */
export const SHEET_ORDER: readonly SheetName[] = ['settings', 'points', 'customers', 'complaints', 'calls', 'qaAudits', 'training', 'notes'];

export interface WorkbookRead<T> {
  settings: Settings;
  /** Problems in the Settings sheet's values (its cells' own issues are in its read). */
  settingsIssues: Issue[];
  /** Each sheet that was read, in the order read. */
  sheets: Partial<Record<SheetName, T>>;
}

/**
 * `names`: the sheets there are, read in this order after Settings. `readOne` reads one sheet (a CSV file, a live sheet, an
 * API values grid) with the Settings given, or gives undefined when it cannot; `readOf` is what it read.
 */
export function readSettingsFirst<T>(names: readonly SheetName[], readOne: (name: SheetName, settings: Settings) => T | undefined,
  readOf: (sheet: T) => SheetRead): WorkbookRead<T> {
  const sheets: Partial<Record<SheetName, T>> = {};
  const settingsSheet = names.includes('settings') ? readOne('settings', defaultSettings()) : undefined;
  const { settings, issues } = readSettings(settingsSheet === undefined ? undefined : readOf(settingsSheet));
  if (settingsSheet !== undefined) sheets.settings = settingsSheet;
  for (const name of names) {
    if (name === 'settings') continue;
    const sheet = readOne(name, settings);
    if (sheet !== undefined) sheets[name] = sheet;
  }
  return { settings, settingsIssues: issues, sheets };
}
