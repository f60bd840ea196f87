// One spreadsheet → the values of each Kefu sheet: one spreadsheets.get, then as few values.batchGet requests as the size estimate allows.
import { SHEETS } from '../../shared/schema';
import type { SheetName } from '../../shared/schema/types';
import { ExportFailure } from './export-failure';
import { matchSheets } from './match-sheets';
import { planRequests, type RequestLimits } from './plan-requests';
import type { SheetsApi } from './sheets-client';

export interface SheetValues {
  /** The tab's title as the spreadsheet has it, e.g. "客户档案" or "Customers". */
  title: string;
  /** values[i] is sheet row i + 1; rows the API left out (blank) are undefined. */
  values: (unknown[] | undefined)[];
}

export interface WorkbookValues {
  title: string;
  sheets: Map<SheetName, SheetValues>;
  /** API requests made, retries not counted. */
  requests: number;
}

export async function readWorkbookValues(api: SheetsApi, spreadsheetId: string, limits: RequestLimits): Promise<WorkbookValues> {
  const spreadsheet = await api.getSpreadsheet(spreadsheetId);
  const matched = matchSheets(spreadsheet.title || spreadsheetId, spreadsheet.sheets);
  if (!matched.ok) throw new ExportFailure(matched.problem);
  // Only the sheets the workbook has: an optional one may be absent.
  const present = SHEETS.filter((s) => matched.grids.has(s.name));
  const grids = present.map((s) => matched.grids.get(s.name)!);
  const batches = planRequests(grids, limits);
  const sheets = new Map<SheetName, SheetValues>(present.map((s) => [s.name, { title: matched.grids.get(s.name)!.title, values: [] }]));
  const byTitle = new Map(present.map((s) => [matched.grids.get(s.name)!.title, sheets.get(s.name)!]));
  for (const batch of batches) {
    const answers = await api.batchGet(spreadsheetId, batch.map((r) => r.range));
    batch.forEach((request, i) => {
      const target = byTitle.get(request.title)!;
      answers[i]!.values.forEach((row, j) => {
        target.values[request.firstRow - 1 + j] = row;
      });
    });
  }
  return { title: spreadsheet.title, sheets, requests: 1 + batches.length };
}
