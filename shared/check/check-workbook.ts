// Checks across a whole workbook's sheets, after each was read: duplicates, references, consistency.
import type { Issue } from '../issue';
import type { Settings } from '../settings';
import type { SheetName } from '../schema/types';
import type { SheetRead } from '../sheet/sheet-read';
import { findDuplicates } from './duplicates';
import { findBrokenReferences } from './references';
import { findInconsistencies } from './consistency';
import { findQuietHourCalls } from './quiet-hours';
import { findPointsRateMismatches } from './points-rates';
import { findLateArchives } from './archive-build';
import { findBadNoteMonths } from './notes';

export function checkWorkbook(sheets: Partial<Record<SheetName, SheetRead>>, settings: Settings): Issue[] {
  return [
    ...Object.values(sheets).flatMap(findDuplicates),
    ...findBrokenReferences(sheets),
    ...findInconsistencies(sheets, settings),
    ...(sheets.calls ? findQuietHourCalls(sheets.calls, settings) : []),
    ...(sheets.points ? findPointsRateMismatches(sheets.points, settings) : []),
    ...findLateArchives(sheets.customers, settings),
    ...(sheets.notes ? findBadNoteMonths(sheets.notes) : []),
  ];
}
