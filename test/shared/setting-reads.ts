// Finds where the product reads a Settings key, by scanning source text: what settings-used.test.ts asks of every key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFile {
  path: string;
  text: string;
}

/** Where a key is parsed, written back or used to make sample data: none of that applies the rule it configures. */
export const NOT_A_USE: readonly string[] = [
  'shared/settings.ts', 'shared/csv/read-settings.ts', 'shared/csv/time-ranges.ts', 'addon/src/settings-sheet.ts', 'cli/sample/',
];

/** The product's sources: the core, the add-on, the command and the site. */
export function readProductSources(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(root, dir))) {
      const path = `${dir}/${name}`;
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (/\.(ts|astro|js|mjs|html)$/.test(name) && !NOT_A_USE.some((p) => path === p || path.startsWith(p))) {
        files.push({ path, text: readFileSync(join(root, path), 'utf8') });
      }
    }
  };
  for (const dir of ['shared', 'addon/src', 'cli', 'site']) walk(dir);
  return files;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** `.name`, `?.name` or `['name']`: one step of a property chain. */
const step = (name: string): string => `(?:\\??\\.${escape(name)}(?![\\w$-])|\\??\\.?\\[['"]${escape(name)}['"]\\])`;
const chain = (names: readonly string[]): string => names.map(step).join('');
/** What holds a Settings value: settings, this.settings, workbook.settings, s (the schemas' lists) — not w.complaints.followUp. */
const ROOT = '(?:[\\w$]*[sS]ettings|(?<![\\w$.])s)';
const fromRoot = (names: readonly string[]): string => ROOT + chain(names);

/** Comments say what code does; they read nothing. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + ' '.repeat(m.length - pre.length));
}

/** Index of every match of pattern in text. */
function indexes(text: string, pattern: string): number[] {
  return [...text.matchAll(new RegExp(pattern, 'g'))].map((m) => m.index);
}

/** Positions in one file's code that read the value at path (segments of a dotted key). */
function readsIn(code: string, path: readonly string[]): number[] {
  const found: number[] = [];
  const leaf = path.length - 1;
  // settings.followUp.quietHours, this.settings.qa.noBonusBelow, testDay['phone-manner']
  found.push(...indexes(code, fromRoot(path)));
  // The parent read by a computed key (settings.visitsPerYear[tier]) or handed whole to a function (reaches(f, settings.tier.vip)).
  if (leaf > 0) found.push(...indexes(code, `${fromRoot(path.slice(0, leaf))}\\s*(?:\\[(?!['"])|[),])`));
  // The key as text: a named range n('qa.pointsPerMonth'), or a template n(`tier.${tier}.spend`) matching it.
  const key = path.join('.');
  found.push(...indexes(code, `['"\`]${escape(key)}['"\`]`));
  for (const m of code.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
    const pattern = m[1]!.split(/\$\{[^}]*\}/).map(escape).join('[\\w-]+');
    if (pattern.includes('\\.') && new RegExp(`^${pattern}$`).test(key)) found.push(m.index);
  }
  // An alias of a prefix (const qa = settings.qa; qa.noBonusBelow) or a destructured name (const { testDay } = settings.training).
  for (let k = 1; k <= leaf; k++) {
    const source = `\\s*=\\s*(?:[\\w$]+\\??\\.)*${fromRoot(path.slice(0, k))}\\s*[;\\n]`;
    for (const m of code.matchAll(new RegExp(`(?:const|let|var)\\s+([\\w$]+)${source}`, 'g'))) {
      found.push(...aliasReads(code, m.index + m[0].length, m[1]!, path.slice(k)));
    }
    for (const m of code.matchAll(new RegExp(`(?:const|let|var)\\s*\\{([^}]*)\\}${source}`, 'g'))) {
      for (const binding of m[1]!.split(',')) {
        const [name, alias] = binding.split(':').map((s) => s.trim());
        if (name !== path[k]) continue;
        const local = alias || name!;
        const after = m.index + m[0].length;
        if (k === leaf) found.push(...indexes(code.slice(after), `(?<![\\w$.])${escape(local)}(?![\\w$])`).map((i) => after + i));
        else found.push(...aliasReads(code, after, local, path.slice(k + 1)));
      }
    }
  }
  return found;
}

/** Reads through a local name bound to an object: name.rest…, or name[…] when rest is one step. */
function aliasReads(code: string, from: number, name: string, rest: readonly string[]): number[] {
  const tail = code.slice(from);
  const own = `(?<![\\w$.])${escape(name)}`;
  const hits = indexes(tail, `${own}${chain(rest)}`);
  if (rest.length === 1) hits.push(...indexes(tail, `${own}\\s*\\[(?!['"])`));
  return hits.map((i) => from + i);
}

/** Top-level function (or const) declarations of a file, with where each starts and ends. */
function declarations(code: string): { name: string; start: number; end: number }[] {
  const starts = [...code.matchAll(/^(?:export\s+)?(?:async\s+)?(?:function\s*\*?\s*([\w$]+)|const\s+([\w$]+)\s*=)/gm)]
    .map((m) => ({ name: (m[1] ?? m[2])!, start: m.index }));
  return starts.map((d, i) => ({ ...d, end: starts[i + 1]?.start ?? code.length }));
}

/** A read inside a function nothing calls is no use: the function's name must appear outside its own body. */
function isLive(files: readonly { path: string; code: string }[], file: { path: string; code: string }, at: number): boolean {
  const holder = declarations(file.code).filter((d) => d.start <= at && at < d.end).pop();
  if (!holder) return true;
  const word = new RegExp(`(?<![\\w$])${escape(holder.name)}(?![\\w$])`, 'g');
  const outside = (f: { code: string }, skip?: { start: number; end: number }): boolean =>
    [...f.code.matchAll(word)].some((m) => !skip || m.index < skip.start || m.index >= skip.end);
  return outside(file, holder) || files.some((f) => f !== file && outside(f));
}

/** "path:line" of every live read of key (e.g. 'qa.noBonusBelow') in files. */
export function findSettingReads(key: string, files: readonly SourceFile[]): string[] {
  const coded = files.map((f) => ({ path: f.path, code: stripComments(f.text) }));
  const path = key.split('.');
  const places: string[] = [];
  for (const file of coded) {
    for (const at of [...new Set(readsIn(file.code, path))].sort((a, b) => a - b)) {
      if (isLive(coded, file, at)) places.push(`${file.path}:${file.code.slice(0, at).split('\n').length}`);
    }
  }
  return places;
}
