// 设置 — the Settings sheet: one row per setting, keyed by the dotted path in Settings.
import type { SheetSchema } from './types';

export interface SettingRow {
  key: string;
  name?: string;
  value?: string;
}

export const SETTINGS_SHEET: SheetSchema = {
  name: 'settings',
  file: 'settings.csv',
  zh: '设置',
  en: 'Settings',
  columns: [
    { key: 'key', zh: '设置项', en: 'Key', type: 'text', required: true, unique: true },
    { key: 'name', zh: '名称', en: 'Name', type: 'text' },
    { key: 'value', zh: '值', en: 'Value', type: 'text', prose: true },
  ],
};
