// docs/formulas.md is what the builders write today: regenerate it with npm run docs:formulas when this fails.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveFormulas } from '../../../addon/src/formulas';
import { renderFormulasDoc } from '../../../addon/src/formulas/formulas-doc';
import { SHEETS } from '../../../shared/schema';

const doc = readFileSync(resolve(import.meta.dirname, '../../../docs/formulas.md'), 'utf8');

describe('docs/formulas.md', () => {
  it('is up to date with the builders (npm run docs:formulas)', () => {
    expect(doc === renderFormulasDoc(), 'docs/formulas.md is stale: run npm run docs:formulas').toBe(true);
  });

  it('holds every live formula exactly, in both languages, with a line on what it computes', () => {
    for (const schema of SHEETS) {
      for (const lang of ['zh', 'en'] as const) {
        for (const f of liveFormulas(schema, { lang })) {
          expect(doc).toContain(`\n${f.formula}\n`);
          expect(doc).toContain(f.what);
        }
      }
    }
  });
});
