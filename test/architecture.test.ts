// The core below, the edges beside it (docs/architecture.md): shared/ imports no edge, no edge imports another (load/ is
// the Node-side loading cli/ and site/ share), and the tools around them (bin/, bench/, doubles/) import no test.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
/** What each top folder may import from the project (besides itself, packages and root files such as package.json). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  load: ['shared'],
  cli: ['shared', 'load'],
  site: ['shared', 'load'],
  addon: ['shared'],
  bin: ['cli'],
  doubles: ['shared', 'load', 'cli', 'addon'],
  bench: ['shared', 'load', 'cli', 'site', 'addon', 'doubles'],
};

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js|astro)$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes('dist'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The top folder each relative import of a file lands in; an import of a file at the root (package.json) lands in none. */
function importedFolders(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((spec) => normalize(join(dirname(file), spec)).split(/[\\/]/))
    .filter((parts) => parts.length > 1).map((parts) => parts[0]!);
}

/** Each import of `file` that its folder may not make, as "file → folder/". */
function wrongImports(file: string, text: string): string[] {
  const folder = file.split('/')[0]!;
  const allowed = MAY_IMPORT[folder] ?? [];
  return importedFolders(file, text).filter((to) => to !== folder && !allowed.includes(to)).map((to) => `${file} → ${to}/`);
}

describe('what imports what', () => {
  // The scan itself can fail: each rule is seen to refuse what it must, and to let through what it may.
  const cases = [
    { description: 'an edge importing an edge', input: ['site/data/site-data.ts', "import { x } from '../../cli/load-workbook';\nimport y from './z';"], expected: ['site/data/site-data.ts → cli/'] },
    { description: 'the core importing an edge', input: ['shared/report/x.ts', "import { y } from '../../site/i18n';"], expected: ['shared/report/x.ts → site/'] },
    { description: 'the core importing the loader (type only)', input: ['shared/x.ts', "import type { Y } from '../load/y';"], expected: ['shared/x.ts → load/'] },
    { description: 'the add-on loading the command on demand', input: ['addon/src/x.ts', "const m = await import('../../cli/check');"], expected: ['addon/src/x.ts → cli/'] },
    { description: 'the bench importing a test helper', input: ['bench/sections/x.ts', "import { f } from '../../test/cli/export/helpers';"], expected: ['bench/sections/x.ts → test/'] },
    { description: 'a double importing a test', input: ['doubles/sheets/x.ts', "export * from '../../test/addon/y';"], expected: ['doubles/sheets/x.ts → test/'] },
    { description: 'the command reading package.json (a root file)', input: ['cli/main.ts', "import pkg from '../package.json' with { type: 'json' };"], expected: [] },
    { description: 'the bench importing the core, the site data and the doubles', input: ['bench/x.ts', "import a from '../shared/a';\nimport b from '../site/data/b';\nimport c from '../doubles/sheets';"], expected: [] },
  ];
  for (const { description, input: [file, text], expected } of cases) {
    it(`scan: ${description}`, () => {
      expect(wrongImports(file!, text!)).toEqual(expected);
    });
  }

  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder}/ imports only ${[folder, ...allowed].join(', ')}`, () => {
      const wrong = sources(folder).flatMap((file) => wrongImports(file, readFileSync(join(ROOT, file), 'utf8')));
      expect(wrong).toEqual([]);
    });
  }
});
