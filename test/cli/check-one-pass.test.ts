// `kefu check` reads in one pass and keeps no rows (issue 13 item 2): the same issues, warnings and row counts as a read that keeps them.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../load/load-workbook';

const sample = fileURLToPath(new URL('../../data/sample/', import.meta.url));
const quirky = fileURLToPath(new URL('../fixtures/quirky/', import.meta.url));

describe('loadWorkbook without rows', () => {
  it.each([['the sample shop', sample], ['the quirky files', quirky]])('%s: no row is kept, every finding is the same', (_name, folder) => {
    const kept = loadWorkbook([folder]);
    const streamed = loadWorkbook([folder], { keepRows: false });
    for (const [name, sheet] of Object.entries(streamed.sheets)) {
      // Settings are read whole before anything else (their rows are the Settings).
      if (name !== 'settings') expect(sheet.rows, name).toEqual([]);
      expect(sheet.rowCount, name).toBe(kept.sheets[name as keyof typeof kept.sheets]!.rows.length);
    }
    expect(streamed.issues).toEqual(kept.issues);
    expect(streamed.warnings).toEqual(kept.warnings);
    expect(streamed.unusable).toEqual(kept.unusable);
    expect(Object.keys(streamed.sheets)).toEqual(Object.keys(kept.sheets));
  });

  it('the sample has rows to keep (so the test above means something)', () => {
    expect(loadWorkbook([sample]).sheets.calls!.rows.length).toBeGreaterThan(100);
  });
});
