// Which sheet a CSV holds, from its file name or, failing that, from its header row.
import Papa from 'papaparse';
import { SHEETS, sheetForFileName } from '../schema';
import { detectDelimiter } from './csv-records';
import type { SheetSchema } from '../schema/types';
import { countHeaderMatches } from '../sheet/match-header';

/** The file name wins; otherwise the sheet whose headers the first row matches best, if at least half of it. */
export function detectSheet(fileName: string, text: string): SheetSchema | undefined {
  const byName = sheetForFileName(fileName);
  if (byName) return byName;
  const body = text.replace(/^\uFEFF/, '');
  const first = Papa.parse<string[]>(body, { preview: 1, skipEmptyLines: 'greedy', delimiter: detectDelimiter(body) });
  return detectSheetByHeaders('', first.data[0] ?? []);
}

/** A worksheet's sheet (a CSV file's, a workbook's tab): by its name, else by its header row matching at least half. */
export function detectSheetByHeaders(name: string, headers: readonly string[]): SheetSchema | undefined {
  const byName = name === '' ? undefined : sheetForFileName(name);
  if (byName) return byName;
  let best: { schema: SheetSchema; score: number } | undefined;
  for (const schema of SHEETS) {
    const score = countHeaderMatches(schema, headers);
    if (score > (best?.score ?? 0)) best = { schema, score };
  }
  return best && best.score * 2 >= headers.length ? best.schema : undefined;
}
