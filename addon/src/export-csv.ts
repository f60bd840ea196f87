// Export CSV: a dialog whose page fetches each sheet's CSV in chunks through google.script.run and saves it as a Blob (a data: URL breaks near 2 MiB).
import { escapeFormula } from '../../shared/sheet/cell-text';
import { writeSheet } from '../../shared/csv/write-sheet';
import { SETTINGS_SHEET, SHEETS } from '../../shared/schema';
import type { Row, SheetName, SheetSchema } from '../../shared/schema/types';
import { escapeHtml, labels } from './labels';
import { readValues, type ValuesRow } from './read-values';
import type { Lang } from './rpc-contract';
import { clockOf, dataExtent, findSheet, readSettingsSheet } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sheet rows per chunk: at a few hundred bytes a row a chunk stays near 1 MB, well inside what one
 * google.script.run answer carries, and each call reads only its own rows.
 */
export const CHUNK_ROWS = 2000;

export interface CsvExportFile {
  key: SheetName;
  /** File name, e.g. customers.csv. */
  name: string;
  /** The sheet as the workbook names it. */
  sheet: string;
  rows: number;
  chunks: number;
}

/** A cell that failed to parse keeps what was typed, guarded so it cannot run as a formula in the CSV. */
function exportRow(row: ValuesRow, textKeys: ReadonlySet<string>): Row {
  const out: Row = { ...row.values };
  // Text cells are trimmed first, as the parser trims them, so a leading space cannot hide the sign.
  for (const [key, text] of Object.entries(row.bad)) out[key] = escapeFormula(textKeys.has(key) ? text.trim() : text);
  return out;
}

const textKeysOf = (schema: SheetSchema): Set<string> => new Set(schema.columns.filter((c) => c.type === 'text').map((c) => c.key));

/** The files to offer: every Kefu sheet present, with its data rows (down to the last id) and chunks. Reads headers and id columns only. */
export function csvExportPlan(ss: Spreadsheet): CsvExportFile[] {
  return SHEETS.flatMap((schema) => {
    const sheet = findSheet(ss, schema);
    if (!sheet) return [];
    const rows = schema === SETTINGS_SHEET ? Math.max(sheet.getLastRow() - 1, 0) : dataExtent(sheet, schema).lastIdRow - 1;
    const chunks = schema === SETTINGS_SHEET ? 1 : Math.max(1, Math.ceil(rows / CHUNK_ROWS));
    // An optional sheet with nothing in it (月度备注 before any note) is not offered: there is nothing to export.
    if (schema.optional && rows === 0) return [];
    return [{ key: schema.name, name: schema.file, sheet: sheet.getName(), rows, chunks }];
  });
}

/**
 * Chunk `index` of a sheet's CSV: its header only in chunk 0, then sheet rows 2 + index × CHUNK_ROWS onwards.
 * The chunks of one file joined are the whole CSV. An unknown sheet or index gives "".
 */
export function csvChunk(ss: Spreadsheet, key: string, index: number, lang: Lang): string {
  const schema = SHEETS.find((s) => s.name === key);
  const sheet = schema ? findSheet(ss, schema) : null;
  if (!schema || !sheet || !Number.isSafeInteger(index) || index < 0) return '';
  const clock = clockOf(ss);
  const { settings, live } = readSettingsSheet(ss, clock);
  let rows: ValuesRow[];
  if (schema === SETTINGS_SHEET) {
    if (index > 0 || !live) return '';
    rows = live.read.rows;
  } else {
    const { header, lastIdRow } = dataExtent(sheet, schema);
    const first = 2 + index * CHUNK_ROWS;
    const last = Math.min(lastIdRow, first + CHUNK_ROWS - 1);
    if (index > 0 && last < first) return '';
    const values = last >= first && header.length > 0 ? sheet.getRange(first, 1, last - first + 1, header.length).getValues() : [];
    rows = readValues([header, ...values], sheet.getName(), schema, settings, clock.wallClockOf).rows;
  }
  const textKeys = textKeysOf(schema);
  const text = writeSheet(rows.map((r) => exportRow(r, textKeys)), schema, settings, lang);
  // The header is one line (titles hold no line break): later chunks carry rows only.
  return index === 0 ? text : text.slice(text.indexOf('\r\n') + 2);
}

/** The dialog: a button per file; its script fetches the chunks in order and saves them as one Blob with a BOM. */
export function exportDialogHtml(files: readonly CsvExportFile[], lang: Lang): string {
  const t = labels(lang);
  const items = files.map((f, i) => `<li><button type="button" onclick="kefuDownload(${i})">${escapeHtml(f.name)}</button> `
    + `<span>${escapeHtml(f.sheet)} · ${f.rows} ${escapeHtml(t.exportRows)}</span> <span id="status-${i}" role="status"></span></li>`).join('\n');
  // JSON in a script: "<" escaped so a sheet name cannot close the tag.
  const data = JSON.stringify(files.map((f) => ({ key: f.key, name: f.name, chunks: f.chunks }))).replace(/</g, '\\u003c');
  const failed = JSON.stringify(t.exportFailed).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><base target="_top"><meta charset="utf-8"><title>${escapeHtml(t.titleExport)}</title>
<style>body{font:14px/1.6 Arial,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#202124}h1{font-size:18px;margin:0 0 8px}
li{margin:6px 0}span{color:#5f6368}button{min-height:36px;padding:6px 12px;font:inherit}</style></head><body><main>
<h1>${escapeHtml(t.titleExport)}</h1>
<p>${escapeHtml(t.exportIntro)}</p>
<ul>
${items}
</ul>
</main>
<script>
var FILES = ${data};
function kefuSave(file, parts) {
  var url = URL.createObjectURL(new Blob(parts, { type: 'text/csv;charset=utf-8' }));
  var a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
}
function kefuDownload(i) {
  var file = FILES[i];
  var status = document.getElementById('status-' + i);
  var parts = ['\\uFEFF'];
  function next(k) {
    status.textContent = (k + 1) + ' / ' + file.chunks;
    google.script.run
      .withSuccessHandler(function (text) {
        parts.push(text);
        if (k + 1 < file.chunks) next(k + 1);
        else { status.textContent = '✓'; kefuSave(file, parts); }
      })
      .withFailureHandler(function (error) { status.textContent = ${failed} + ' ' + (error && error.message ? error.message : error); })
      .exportCsvChunk(file.key, k);
  }
  next(0);
}
</script>
</body></html>`;
}
