// Column widths that fit Chinese text: Excel measures in widths of "0", and a Chinese character takes two.
import type { Column } from '../../shared/schema';

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += WIDE.test(c) ? 2 : 1;
  return width;
}

/** Room for what a cell of each type usually holds: 2026-11-03 14:05, 13812345678, a short Chinese comment. */
const CONTENT_WIDTH: Partial<Record<Column['type'], number>> = { date: 11, 'date-time': 17, phone: 14, id: 10, money: 10, enum: 12 };
const PROSE_WIDTH = 30;
const MARGIN = 2;
const WIDEST = 60;

/** The width of a column: its header in either language (the other shows in the note) or its usual content, whichever is wider. */
export function columnWidth(column: Column, lang: 'zh' | 'en'): number {
  const content = column.prose ? PROSE_WIDTH : CONTENT_WIDTH[column.type] ?? 8;
  return Math.min(WIDEST, Math.max(displayWidth(column[lang]), content) + MARGIN);
}
