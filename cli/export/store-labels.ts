// `--spreadsheet` / `--store` pairs → the stores to export, with labels checked to be safe folder names (load/store-list.ts holds the rule).
import type { Bilingual } from './export-failure';
import { labelProblem } from '../../load/store-list';
import { parseSpreadsheetId } from './spreadsheet-id';

export interface Store {
  /** Undefined for a single workbook exported without a label. */
  label?: string;
  spreadsheetId: string;
}

export type Stores = { ok: true; stores: Store[] } | { ok: false; problem: Bilingual };

export function pairStores(spreadsheets: readonly string[], labels: readonly string[]): Stores {
  if (spreadsheets.length === 0) {
    return { ok: false, problem: { en: 'name the spreadsheet to export with --spreadsheet <id or URL>', zh: '请用 --spreadsheet <ID 或地址> 指定要导出的表格' } };
  }
  if (spreadsheets.length > 1 || labels.length > 0) {
    if (labels.length !== spreadsheets.length) {
      return { ok: false, problem: {
        en: `give one --store <label> per --spreadsheet, in the same order (got ${spreadsheets.length} spreadsheets and ${labels.length} labels)`,
        zh: `每个 --spreadsheet 需要一个 --store <标签>，顺序一致（现有 ${spreadsheets.length} 个表格、${labels.length} 个标签）`,
      } };
    }
  }
  const stores: Store[] = [];
  const seen = new Map<string, string>();
  for (const [i, text] of spreadsheets.entries()) {
    const parsed = parseSpreadsheetId(text);
    if (!parsed.ok) return { ok: false, problem: parsed.problem };
    const label = labels[i];
    if (label !== undefined) {
      const problem = labelProblem(label);
      if (problem) return { ok: false, problem };
      // Folders named "North" and "north" are one folder on macOS and Windows.
      const other = seen.get(label.toLowerCase());
      if (other !== undefined) {
        return { ok: false, problem: { en: `store labels "${other}" and "${label}" would name the same folder; make them differ`, zh: `门店标签“${other}”与“${label}”会对应同一个文件夹，请改为不同的标签` } };
      }
      seen.set(label.toLowerCase(), label);
    }
    stores.push(label === undefined ? { spreadsheetId: parsed.id } : { label, spreadsheetId: parsed.id });
  }
  return { ok: true, stores };
}
