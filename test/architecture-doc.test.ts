// docs/architecture.md (and its zh twin) cites only what exists: every backticked path is a file or folder of the project,
// every backticked function or type (`readGrid`, `buildReportModel()`) is declared in a source, so the doc cannot drift.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..');
const DOCS = ['docs/architecture.md', 'docs/zh/architecture.md'];
const SOURCES = ['shared', 'load', 'cli', 'site', 'addon', 'bin'];

const files = SOURCES.flatMap((folder) => readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(e.name) && !e.parentPath.includes('node_modules') && !e.parentPath.includes('dist'))
  .map((e) => join(e.parentPath, e.name)));
const names = new Set(files.map((f) => f.split('/').at(-1)!));
const text = files.map((f) => readFileSync(f, 'utf8')).join('\n');

/** What a backticked span names that does not exist, or undefined when it exists or names nothing checkable. */
function missing(span: string): string | undefined {
  const token = span.replace(/\(\)$/, '');
  if (token.includes('/') && /^[\w.[\]-]+\/[\w.[\]/-]*$/.test(token)) return existsSync(join(ROOT, token)) ? undefined : `path ${token}`;
  if (/^[\w-]+\.(ts|astro|mjs)$/.test(token)) return names.has(token) ? undefined : `file ${token}`;
  if (/^[a-z][a-zA-Z0-9]*[A-Z]\w*$/.test(token) || /^[A-Z][a-z]\w*$/.test(token)) {
    const declared = new RegExp(`\\b(?:function|const|let|class|interface|type)\\s+${token}\\b|\\b${token}\\??\\s*[:(]`);
    return declared.test(text) ? undefined : `name ${token}`;
  }
  return undefined;
}

describe('docs/architecture.md', () => {
  it.each([
    { description: 'a path that exists', input: 'shared/sheet/read-grid.ts', expected: undefined },
    { description: 'a path that does not', input: 'site/data/month-reports.ts', expected: 'path site/data/month-reports.ts' },
    { description: 'a function that exists', input: 'buildReportModel()', expected: undefined },
    { description: 'a function that does not', input: 'monthReport()', expected: 'name monthReport' },
    { description: 'a component that does not', input: 'NoSuchSection.astro', expected: 'file NoSuchSection.astro' },
  ])('tells $description', ({ input, expected }) => {
    expect(missing(input)).toBe(expected);
  });

  it.each(DOCS)('%s cites only paths and names that exist', (doc) => {
    const spans = [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
    expect(spans.flatMap((s) => missing(s) ?? [])).toEqual([]);
  });
});
