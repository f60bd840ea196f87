// 设置 — the Settings sheet: one row per setting, keyed by the dotted path in Settings.
import type { Column, RecordOf, SheetSchema } from './types';

const COLUMNS = [
  { key: 'key', zh: '设置项', en: 'Key', type: 'text', required: true, unique: true },
  { key: 'name', zh: '名称', en: 'Name', type: 'text' },
  { key: 'value', zh: '值', en: 'Value', type: 'text', prose: true },
] as const satisfies readonly Column[];

/** A row of this sheet as the reader types it: derived from the columns, so the two cannot drift. */
export type SettingRow = RecordOf<typeof COLUMNS>;

export const SETTINGS_SHEET: SheetSchema = {
  name: 'settings',
  file: 'settings.csv',
  zh: '设置',
  en: 'Settings',
  columns: COLUMNS,
};
