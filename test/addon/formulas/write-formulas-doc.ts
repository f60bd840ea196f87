// npm run docs:formulas: writes docs/formulas.md from the formula builders.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderFormulasDoc } from '../../../addon/src/formulas/formulas-doc';

writeFileSync(resolve(import.meta.dirname, '../../../docs/formulas.md'), renderFormulasDoc());
