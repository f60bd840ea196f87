// Next id of a sheet: its prefix and one more than the highest number any existing id with that prefix carries.
import type { SheetName } from '../../shared/schema/types';

/** Prefixes and widths the sample workbook uses (回访 HF00001, 投诉 TS001 …). */
export const ID_FORMAT: Record<Exclude<SheetName, 'settings' | 'notes'>, { prefix: string; width: number }> = {
  customers: { prefix: 'C', width: 4 },
  calls: { prefix: 'HF', width: 5 },
  complaints: { prefix: 'TS', width: 3 },
  qaAudits: { prefix: 'ZJ', width: 5 },
  training: { prefix: 'PX', width: 3 },
  points: { prefix: 'JF', width: 5 },
};

/** Ids of other shapes are ignored; the number is padded to the widest seen, never narrower than the default. */
export function nextId(existing: readonly unknown[], prefix: string, width: number): string {
  const pattern = new RegExp(`^${prefix.replace(/[^A-Za-z0-9]/g, '\\$&')}(\\d+)$`);
  let max = 0;
  let widest = width;
  for (const value of existing) {
    const match = pattern.exec(String(value ?? '').trim());
    if (!match) continue;
    max = Math.max(max, Number(match[1]));
    widest = Math.max(widest, match[1]!.length);
  }
  return `${prefix}${String(max + 1).padStart(widest, '0')}`;
}
