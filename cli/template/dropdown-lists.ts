// The dropdown lists of a workbook: fixed vocabularies as written labels, Settings lists as formulas that split the Settings cell.
import type { EnumValue } from '../../shared/enums';
import type { Bilingual, Lang } from '../../shared/issue';
import { SHEETS, type Column } from '../../shared/schema';
import { SETTING_DESCRIPTORS, type Settings } from '../../shared/settings';
import { namedRange } from './row-context';

/** One column of the hidden Lists sheet: a header, then a cell per item (a label, or a formula giving one). */
export interface DropdownList {
  /** The named range the data validation reads: the list's cells. */
  name: string;
  header: string;
  items: ({ value: string } | { formula: string })[];
}

/** The hidden sheet holding the lists; the reader ignores a sheet it does not know. */
export const LISTS_SHEET: Bilingual = { zh: '下拉列表', en: 'Lists' };

/** Items a Settings list shows in its dropdown; a longer list needs this bound raised. */
export const SETTINGS_LIST_ITEMS = 30;
/** Characters an item may have: each ";" is widened to this many spaces so MID can cut item n out (Excel 2016 has no TEXTSPLIT). */
const ITEM_WIDTH = 200;

const BOOLEAN_WORDS: Record<Lang, [string, string]> = { zh: ['是', '否'], en: ['yes', 'no'] };

/** Item n (1-based) of a Settings list cell, in lang: "到店 / walk-in" gives 到店 in zh and walk-in in en, like listItem. */
function itemFormula(settingKey: string, n: number, lang: Lang): string {
  let cell = `SUBSTITUTE(${namedRange(settingKey)},CHAR(13),"")`;
  for (const separator of ['"；"', '"、"', 'CHAR(10)']) cell = `SUBSTITUTE(${cell},${separator},";")`;
  const item = `TRIM(MID(SUBSTITUTE(${cell},";",REPT(" ",${ITEM_WIDTH})),${(n - 1) * ITEM_WIDTH + 1},${ITEM_WIDTH}))`;
  return lang === 'zh'
    ? `TRIM(LEFT(${item},FIND("/",${item}&"/")-1))`
    : `IF(ISNUMBER(FIND("/",${item})),TRIM(MID(${item},FIND("/",${item})+1,${ITEM_WIDTH})),${item})`;
}

/** The Settings list a column's values come from (lists.sources …), found by asking the column for its list. */
function settingsListOf(column: Column, settings: Settings): string | undefined {
  if (typeof column.values !== 'function') return undefined;
  const list = column.values(settings);
  const entry = Object.entries(settings.lists).find(([, items]) => items === list);
  return entry ? `lists.${entry[0]}` : undefined;
}

export interface Dropdowns {
  lists: DropdownList[];
  /** The named range of the list a column's dropdown reads, by "sheet.column". */
  nameOf: Map<string, string>;
}

/** Every list the workbook's dropdowns read, each once: Settings lists, fixed vocabularies and yes/no. */
export function planDropdowns(settings: Settings, lang: Lang): Dropdowns {
  const lists: DropdownList[] = [];
  const nameOf = new Map<string, string>();
  const byVocabulary = new Map<readonly EnumValue[], string>();
  const add = (list: DropdownList): string => {
    if (!lists.some((l) => l.name === list.name)) lists.push(list);
    return list.name;
  };
  for (const schema of SHEETS) {
    for (const column of schema.columns) {
      if (column.computed) continue;
      const place = `${schema.name}.${column.key}`;
      if (column.type === 'boolean') {
        nameOf.set(place, add({ name: namedRange('list.yes-no'), header: lang === 'zh' ? '是/否' : 'yes/no', items: BOOLEAN_WORDS[lang].map((value) => ({ value })) }));
        continue;
      }
      if (column.type !== 'enum' || !column.values) continue;
      const key = settingsListOf(column, settings);
      if (key) {
        const descriptor = SETTING_DESCRIPTORS.find((d) => d.key === key)!;
        nameOf.set(place, add({
          name: namedRange(`list.${key.slice('lists.'.length)}`),
          header: descriptor[lang],
          items: Array.from({ length: SETTINGS_LIST_ITEMS }, (_, i) => ({ formula: itemFormula(key, i + 1, lang) })),
        }));
        continue;
      }
      const vocabulary = column.values as readonly EnumValue[];
      const known = byVocabulary.get(vocabulary);
      if (known) {
        nameOf.set(place, known);
        continue;
      }
      const name = add({ name: namedRange(`list.${schema.name}.${column.key}`), header: column[lang], items: vocabulary.map((v) => ({ value: v[lang] })) });
      byVocabulary.set(vocabulary, name);
      nameOf.set(place, name);
    }
  }
  return { lists, nameOf };
}
