// Ids that must exist in another sheet: a call's customer, a complaint follow-up's complaint, a referrer.
import { issueAt, type Issue } from '../issue';
import type { SheetName } from '../schema/types';
import type { SheetRead } from '../sheet/sheet-read';
import { header, placeOf } from './place';

/** Checks references into sheets that were read; a reference into an absent sheet cannot be judged. */
export function findBrokenReferences(sheets: Partial<Record<SheetName, SheetRead>>): Issue[] {
  const ids = new Map<SheetName, Set<string>>();
  const idsOf = (name: SheetName): Set<string> | undefined => {
    const target = sheets[name];
    if (!target) return undefined;
    if (!ids.has(name)) ids.set(name, new Set(target.rows.map((r) => String(r.values['id'] ?? ''))));
    return ids.get(name);
  };
  const issues: Issue[] = [];
  for (const read of Object.values(sheets)) {
    for (const column of read.schema.columns.filter((c) => c.references)) {
      const target = idsOf(column.references!);
      if (!target) continue;
      const targetSheet = sheets[column.references!]!;
      const name = header(read, column.key);
      // Ids are unique ignoring case (duplicates.ts) and the sheet's COUNTIF matches them ignoring case; a reference must match exactly.
      const byCase = new Map([...target].map((id) => [id.trim().toLowerCase(), id]));
      for (const row of read.rows) {
        const value = row.values[column.key];
        if (value === undefined || target.has(String(value))) continue;
        const meant = byCase.get(String(value).trim().toLowerCase());
        if (meant !== undefined) {
          issues.push(issueAt(placeOf(read, row, column.key), 'unknown-reference',
            `${name.en} "${value}" differs from ${targetSheet.schema.en} id "${meant}" only in letter case; write it exactly as "${meant}"`,
            `${name.zh}"${value}"与${targetSheet.schema.zh}中的编号"${meant}"只差大小写，请写成"${meant}"`));
          continue;
        }
        issues.push(issueAt(placeOf(read, row, column.key), 'unknown-reference',
          `${name.en} "${value}" is not in the ${targetSheet.schema.en} sheet (${targetSheet.schema.zh}); add that row there or correct the id`,
          `${name.zh}"${value}"在${targetSheet.schema.zh}表中不存在，请先在那里登记或更正编号`));
      }
    }
  }
  return issues;
}
