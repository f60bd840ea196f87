// A sheet's header row → where each schema column sits, with every header problem as an issue (one reader for every source).
import { issueAt, type Bilingual, type Issue, type Lang } from '../issue';
import type { Column, SheetSchema } from '../schema/types';
import { codePointName, HIDDEN_CHARACTER, INPUT_LIMITS } from './input-limits';
import { grouped } from '../plural';

export interface Header {
  /** Column index (0-based) → schema column; undefined for unknown, duplicate or blank headers. */
  columns: (Column | undefined)[];
  columnOf: Record<string, number>;
  issues: Issue[];
  lang: Lang;
}

/** Where issues of one sheet are: its file and, inside a workbook file, its worksheet. */
export interface SheetWhere {
  file: string;
  sheet?: string;
}

const norm = (text: string): string => text.trim().toLowerCase();
export const nameEn = (c: Column): string => `${c.en} (${c.zh})`;
export const nameZh = (c: Column): string => `${c.zh}（${c.en}）`;

/** A place in the sheet; `sheet` only when there is one, so a CSV issue stays as it was. */
export function placeIn(where: SheetWhere, line: number, column: number): { file: string; sheet?: string; line: number; column: number } {
  return where.sheet === undefined ? { file: where.file, line, column } : { file: where.file, sheet: where.sheet, line, column };
}

/** A header as a message quotes it: cut short, hidden characters as <U+XXXX>. */
function headerShown(name: string): string {
  const cut = name.length > 40 ? `${name.slice(0, 37)}…` : name;
  return cut.replace(new RegExp(HIDDEN_CHARACTER.source, 'g'), (c) => `<${codePointName(c)}>`);
}

/** zh or en title first, then the key (as CSV exports of other tools may use). */
export function matchColumn(schema: SheetSchema, name: string): Column | undefined {
  const wanted = norm(name);
  if (wanted === '') return undefined;
  return schema.columns.find((c) => norm(c.zh) === wanted || norm(c.en) === wanted)
    ?? schema.columns.find((c) => norm(c.key) === wanted);
}

/** The language most of a header row's Kefu names are in: zh when more match a Chinese name than not, else en. */
export function headerLanguage(schema: SheetSchema, names: readonly string[]): Lang {
  let balance = 0;
  for (const name of names) {
    const column = matchColumn(schema, name);
    if (column) balance += norm(column.zh) === norm(name) ? 1 : -1;
  }
  return balance > 0 ? 'zh' : 'en';
}

/** How many of a header row's names are this schema's columns (to tell which sheet a file holds). */
export function countHeaderMatches(schema: SheetSchema, names: readonly string[]): number {
  return names.filter((name) => matchColumn(schema, name) !== undefined).length;
}

/**
 * listLang overrides the header's language for naming allowed values (a CSV written from a sheet headed in another).
 * liveFix: for a live sheet, which may hold a person's own columns (not reported), how a missing column is added.
 */
export function readHeader(cells: readonly string[], line: number, where: SheetWhere, schema: SheetSchema, listLang: Lang | undefined,
  liveFix?: Bilingual): Header {
  const columns: (Column | undefined)[] = [];
  const columnOf: Record<string, number> = {};
  const issues: Issue[] = [];
  const unknown: { name: string; at: number }[] = [];
  cells.forEach((cell, i) => {
    const name = cell.trim();
    const column = matchColumn(schema, name);
    columns.push(undefined);
    if (name === '') return;
    if (!column) {
      unknown.push({ name, at: i + 1 });
      return;
    }
    const first = columnOf[column.key];
    if (first !== undefined) {
      issues.push(issueAt(placeIn(where, line, i + 1), 'duplicate-column',
        `${nameEn(column)} appears twice, in columns ${first} and ${i + 1}; only the first is read. Delete or rename the other.`,
        `${nameZh(column)}出现了两次（第 ${first} 列和第 ${i + 1} 列），只读取第一列。请删除或改名另一列。`));
      return;
    }
    columnOf[column.key] = i + 1;
    columns[i] = column;
  });
  const absent = schema.columns.filter((c) => columnOf[c.key] === undefined);
  const hint = absent.length > 0 ? absent : schema.columns;
  const listEn = hint.slice(0, 6).map((c) => c.en).join(', ') + (hint.length > 6 ? ', …' : '');
  const listZh = hint.slice(0, 6).map((c) => c.zh).join('、') + (hint.length > 6 ? '……' : '');
  const expected = absent.length > 0 ? ['Headers not yet in the file', '文件中还缺少的表头'] : ['Expected headers', '应有的表头'];
  const listed = INPUT_LIMITS.unknownColumnsListed;
  if (liveFix) unknown.length = 0;
  if (unknown.length > listed) {
    // A header thousands of columns wide is one problem, not thousands of lines.
    const names = unknown.slice(0, listed).map((u) => headerShown(u.name));
    const namesEn = names.map((n) => `"${n}"`).join(', ');
    const namesZh = names.map((n) => `“${n}”`).join('、');
    issues.push(issueAt(placeIn(where, line, unknown[0]!.at), 'unknown-column',
      `The header has ${grouped(cells.length)} columns; ${grouped(unknown.length)} are not columns of ${schema.en} (${schema.zh}), so their values are not read: ` +
        `${namesEn} and ${grouped(unknown.length - listed)} more. Delete them, or check this is the right file. ${expected[0]}: ${listEn}.`,
      `表头有 ${grouped(cells.length)} 列，其中 ${grouped(unknown.length)} 列不是“${schema.zh}”表的列，这些列的内容不会被读取：` +
        `${namesZh} 等（另有 ${grouped(unknown.length - listed)} 列）。请删除它们，或确认选对了文件。${expected[1]}：${listZh}。`));
    unknown.length = 0;
  }
  for (const { name, at } of unknown) {
    issues.push(issueAt(placeIn(where, line, at), 'unknown-column',
      `The header "${headerShown(name)}" (column ${at}) is not a column of ${schema.en} (${schema.zh}), so its values are not read. ` +
        `Rename it or delete the column. ${expected[0]}: ${listEn}.`,
      `表头“${headerShown(name)}”（第 ${at} 列）不是“${schema.zh}”表的列，这一列的内容不会被读取。请改名或删除该列。${expected[1]}：${listZh}。`));
  }
  for (const column of absent.filter((c) => c.required)) {
    const fix = liveFix ?? { en: 'Add a column with that header.', zh: '请添加这一列。' };
    issues.push(issueAt(placeIn(where, line, 0), 'missing-column',
      `The required column ${nameEn(column)} is missing. ${fix.en}`, `缺少必填列${nameZh(column)}。${fix.zh}`));
  }
  return { columns, columnOf, issues, lang: listLang ?? headerLanguage(schema, cells) };
}

/**
 * Values under a blank header would be lost: reported once per such column, at the first row holding one.
 * Fed the data rows one by one; `issues()` gives them in column order.
 */
export function unheadedValues(header: readonly string[], where: SheetWhere): { see(line: number, cells: readonly string[]): void; issues(): Issue[] } {
  let waiting: number[] = [];
  header.forEach((name, i) => {
    if (name.trim() === '') waiting.push(i);
  });
  const found: (Issue | undefined)[] = [];
  return {
    see(line, cells) {
      if (waiting.length === 0) return;
      let changed = false;
      for (const i of waiting) {
        // waiting is ascending: past the row's last value nothing can be found (a header of 100,000 blank columns stays cheap).
        if (i >= cells.length) break;
        if (cells[i]!.trim() === '') continue;
        changed = true;
        found[i] = issueAt(placeIn(where, line, i + 1), 'unknown-column',
          `Column ${i + 1} has values but no header, so they are not read. Give it a header or delete the column.`,
          `第 ${i + 1} 列有内容但没有表头，这些内容不会被读取。请填写表头或删除该列。`);
      }
      if (changed) waiting = waiting.filter((i) => found[i] === undefined);
    },
    issues: () => found.filter((i): i is Issue => i !== undefined),
  };
}
