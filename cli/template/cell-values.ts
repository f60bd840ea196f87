// One typed value as an Excel cell holds it: dates as serial numbers, numbers as numbers, labels in the workbook's language.
import type { CellValue } from 'exceljs';
import { formatCell } from '../../shared/sheet/cell-text';
import { toEpochMs } from '../../shared/dates';
import type { Lang } from '../../shared/issue';
import type { Column } from '../../shared/schema';
import type { Settings } from '../../shared/settings';

const EXCEL_EPOCH_DAYS = 25_569; // 1970-01-01 as an Excel (1900 system) serial
const DAY_MS = 86_400_000;

/** Excel's serial of an ISO date or local date-time ("2026-11-03", "2026-11-03T14:05"), without any time zone. */
export function excelSerial(iso: string): number {
  return toEpochMs(iso) / DAY_MS + EXCEL_EPOCH_DAYS;
}

/** A value typed in (yes/no as 是/否 or yes/no, as the dropdown offers); undefined stays an empty cell. */
export function cellValueOf(value: unknown, column: Column, settings: Settings, lang: Lang): CellValue {
  if (value === undefined || value === null || value === '') return null;
  switch (column.type) {
    case 'date':
    case 'date-time': return excelSerial(String(value));
    case 'integer':
    case 'money': return Number(value);
    case 'boolean':
    case 'enum': return formatCell(value, column, settings, lang);
    default: return String(value);
  }
}

/** What a formula computed, as its cached result: a computed yes/no is a logical, as the formula gives it. */
export function resultOf(value: unknown, column: Column, settings: Settings, lang: Lang): string | number | boolean {
  if (column.type === 'boolean' && typeof value === 'boolean') return value;
  return (cellValueOf(value, column, settings, lang) as string | number | null) ?? '';
}
