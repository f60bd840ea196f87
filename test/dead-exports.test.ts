// No dead code in the core and its Node-side edges: a name exported from shared/, load/, cli/ or site/ is used somewhere
// (its own file, another source, a test that pins its behaviour) — an export nothing names is deleted, not kept "for later".
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const CHECKED = ['shared', 'load', 'cli', 'site'];
const SEARCHED = [...CHECKED, 'addon', 'bin', 'bench', 'doubles', 'test', 'astro.config.mjs'];

function sources(folder: string): string[] {
  const path = join(ROOT, folder);
  if (/\.\w+$/.test(folder)) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(e.name) && !e.name.endsWith('.d.ts')
      && !e.parentPath.includes('node_modules') && !e.parentPath.includes('dist'))
    .map((e) => join(e.parentPath, e.name));
}

const count = (text: string, name: string): number => text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;

describe('exports', () => {
  it('every name exported from shared/, load/, cli/ and site/ is named somewhere besides its export', () => {
    const texts = new Map(SEARCHED.flatMap(sources).map((file) => [file, readFileSync(file, 'utf8')]));
    const dead: string[] = [];
    for (const file of CHECKED.flatMap(sources).filter((f) => f.endsWith('.ts'))) {
      const text = texts.get(file)!;
      for (const [, name] of text.matchAll(/^export (?:async )?(?:function|const|let|type|interface|class|enum)\s+(\w+)/gm)) {
        const used = count(text, name!) > 1 || [...texts].some(([other, t]) => other !== file && count(t, name!) > 0);
        if (!used) dead.push(`${relative(ROOT, file)}: ${name}`);
      }
    }
    expect(dead).toEqual([]);
  });
});
