// Issue 13 item 4: no `as unknown as` turns a row into a record; types come from the schemas (shared/report is the report model's, apart).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('no double casts', () => {
  it('shared/ (but shared/report), load/, cli/ and addon/ hold no "as unknown as"', () => {
    const found = ['shared', 'load', 'cli', 'addon'].flatMap((f) => sources(join(root, f)))
      .filter((path) => !relative(root, path).startsWith(join('shared', 'report')))
      .filter((path) => readFileSync(path, 'utf8').includes(' as unknown as '))
      .map((path) => relative(root, path));
    expect(found).toEqual([]);
  });

  it('shared/report holds one, in keyed-hash.ts (its hash state as words); rows are read by their schema types', () => {
    const found = sources(join(root, 'shared', 'report'))
      .filter((path) => readFileSync(path, 'utf8').includes(' as unknown as '))
      .map((path) => relative(join(root, 'shared', 'report'), path));
    expect(found).toEqual(['keyed-hash.ts']);
  });
});
