// Export CSV: every sheet written by the shared writer (formula-looking text escaped) and offered as downloads in a dialog.
import { escapeFormula } from '../../shared/csv/cell-text';
import { writeSheet } from '../../shared/csv/write-sheet';
import { SHEETS } from '../../shared/schema';
import type { Row } from '../../shared/schema/types';
import { escapeHtml, labels } from './labels';
import type { Lang } from './rpc-contract';
import type { ValuesRow } from './read-values';
import type { LiveWorkbook } from './workbook';

export interface CsvFile {
  name: string;
  /** The sheet as the workbook names it. */
  sheet: string;
  rows: number;
  text: string;
}

/** A cell that failed to parse keeps what was typed, guarded so it cannot run as a formula in the CSV. */
function exportRow(row: ValuesRow, textKeys: ReadonlySet<string>): Row {
  const out: Row = { ...row.values };
  // Text cells are trimmed first, as the parser trims them, so a leading space cannot hide the sign.
  for (const [key, text] of Object.entries(row.bad)) out[key] = escapeFormula(textKeys.has(key) ? text.trim() : text);
  return out;
}

export function csvFiles(workbook: LiveWorkbook, lang: Lang): CsvFile[] {
  return SHEETS.flatMap((schema) => {
    const live = workbook.sheets[schema.name];
    // An optional sheet with nothing in it (月度备注 before any note) is not offered: there is nothing to export.
    if (!live || (schema.optional && live.read.rows.length === 0)) return [];
    const textKeys = new Set(schema.columns.filter((c) => c.type === 'text').map((c) => c.key));
    const rows = live.read.rows.map((r) => exportRow(r, textKeys));
    return [{ name: schema.file, sheet: live.sheet.getName(), rows: rows.length, text: writeSheet(rows, schema, workbook.settings, lang) }];
  });
}

/** A dialog of download links; data: URLs need no Blob, no Drive and no extra scope. */
export function exportDialogHtml(files: readonly CsvFile[], lang: Lang, base64: (text: string) => string): string {
  const t = labels(lang);
  const links = files.map((f) => `<li><a download="${escapeHtml(f.name)}" href="data:text/csv;charset=utf-8;base64,${base64(`\uFEFF${f.text}`)}">`
    + `${escapeHtml(f.name)}</a> <span>${escapeHtml(f.sheet)} · ${f.rows} ${escapeHtml(t.exportRows)}</span></li>`).join('\n');
  return `<!DOCTYPE html>
<html><head><base target="_top"><meta charset="utf-8">
<style>body{font:14px/1.6 Arial,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#202124}
li{margin:6px 0}span{color:#5f6368}</style></head><body>
<p>${escapeHtml(t.exportIntro)}</p>
<ul>
${links}
</ul>
</body></html>`;
}
