// The core below, the edges beside it: shared/ imports no edge, and no edge imports another (load/ is the Node-side loading cli/ and site/ share).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
/** What each top folder may import from the project (besides itself and packages). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  load: ['shared'],
  cli: ['shared', 'load'],
  site: ['shared', 'load'],
  addon: ['shared'],
};

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|js|astro)$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes('dist'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The top folder each relative import of a file lands in. */
function importedFolders(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((spec) => normalize(join(dirname(file), spec)).split(/[\\/]/)[0]!);
}

describe('what imports what', () => {
  it('finds the folder an import lands in (the scan itself can fail)', () => {
    expect(importedFolders('site/data/site-data.ts', "import { x } from '../../cli/load-workbook';\nimport y from './z';"))
      .toEqual(['cli', 'site']);
  });

  for (const [folder, allowed] of Object.entries(MAY_IMPORT)) {
    it(`${folder}/ imports only ${[folder, ...allowed].join(', ')}`, () => {
      const wrong = sources(folder).flatMap((file) => importedFolders(file, readFileSync(join(ROOT, file), 'utf8'))
        .filter((to) => to !== folder && !allowed.includes(to)).map((to) => `${file} → ${to}/`));
      expect(wrong).toEqual([]);
    });
  }
});
