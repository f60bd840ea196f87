// The spreadsheet's tabs → the Kefu sheets they hold (by zh or en title or export name), or which ones are missing.
import { SHEETS, sheetForFileName } from '../../shared/schema';
import type { SheetName, SheetSchema } from '../../shared/schema/types';
import type { Bilingual } from './export-failure';
import type { SheetGrid } from './plan-requests';

export type MatchedSheets =
  | { ok: true; grids: Map<SheetName, SheetGrid> }
  | { ok: false; problem: Bilingual };

const names = (s: SheetSchema): string => `${s.zh} / ${s.en}`;

export function matchSheets(spreadsheetTitle: string, tabs: readonly SheetGrid[]): MatchedSheets {
  const found = new Map<SheetName, SheetGrid[]>();
  for (const tab of tabs) {
    const schema = sheetForFileName(tab.title);
    if (schema) found.set(schema.name, [...(found.get(schema.name) ?? []), tab]);
  }
  const titles = tabs.map((t) => `"${t.title}"`).join(', ') || '(none)';
  const titlesZh = tabs.map((t) => `“${t.title}”`).join('、') || '（无）';

  const twice = SHEETS.find((s) => (found.get(s.name)?.length ?? 0) > 1);
  if (twice) {
    const both = found.get(twice.name)!.map((t) => `"${t.title}"`).join(' and ');
    const bothZh = found.get(twice.name)!.map((t) => `“${t.title}”`).join('和');
    return { ok: false, problem: {
      en: `"${spreadsheetTitle}" has two ${twice.en} sheets, ${both}; rename or delete one so Kefu knows which to read`,
      zh: `“${spreadsheetTitle}”中有两张${twice.zh}表：${bothZh}；请改名或删除其中一张，以便确定读取哪一张`,
    } };
  }
  // An optional sheet (月度备注 / Notes) may be absent: older workbooks were set up without it.
  const missing = SHEETS.filter((s) => !s.optional && !found.has(s.name));
  if (missing.length > 0) {
    return { ok: false, problem: {
      en: `"${spreadsheetTitle}" has no ${missing.map((s) => `${s.en} (${s.zh})`).join(', ')} sheet${missing.length > 1 ? 's' : ''}; ` +
        `was it renamed? Name each sheet ${missing.map(names).join(', ')}. Sheets found: ${titles}`,
      zh: `“${spreadsheetTitle}”中缺少${missing.map((s) => `“${s.zh}”`).join('、')}表，是否被改了名？` +
        `请把表命名为 ${missing.map(names).join('、')}。现有的表：${titlesZh}`,
    } };
  }
  return { ok: true, grids: new Map([...found].map(([name, [grid]]) => [name, grid!])) };
}
