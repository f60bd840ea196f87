// Checks across a whole workbook's sheets, after each was read: duplicates, references, consistency.
import type { Issue } from '../issue';
import type { Settings } from '../settings';
import type { SheetName } from '../schema/types';
import type { SheetRead } from '../csv/read-sheet';
import { findDuplicates } from './duplicates';
import { findBrokenReferences } from './references';
import { findInconsistencies } from './consistency';
import { findLateArchives } from './archive-build';

export function checkWorkbook(sheets: Partial<Record<SheetName, SheetRead>>, settings: Settings): Issue[] {
  return [
    ...Object.values(sheets).flatMap(findDuplicates),
    ...findBrokenReferences(sheets),
    ...findInconsistencies(sheets, settings),
    ...findLateArchives(sheets.customers, settings),
  ];
}
