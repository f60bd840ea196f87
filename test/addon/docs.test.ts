// docs/addon.md stays true: every sheet and column the set-up creates, every menu item and both scopes are in it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEETS } from '../../shared/schema';

const ROOT = resolve(import.meta.dirname, '../..');
const doc = readFileSync(resolve(ROOT, 'docs/addon.md'), 'utf8');

describe('docs/addon.md', () => {
  it.each(SHEETS.map((s) => [s.zh, s]))('has a table for %s with every column in order', (_, schema) => {
    const heading = `### ${schema.zh} · ${schema.en} (\`${schema.file}\`)`;
    const start = doc.indexOf(heading);
    expect(start, heading).toBeGreaterThanOrEqual(0);
    const rows = doc.slice(start).split('\n').filter((l) => /^\| \d+ \|/.test(l)).slice(0, schema.columns.length);
    expect(rows.map((r) => r.split('|').slice(1, 5).map((x) => x.trim().replace(/ \*$/, '')))).toEqual(
      schema.columns.map((c, i) => [String(i + 1), c.zh, c.en, c.type]));
    schema.columns.forEach((c, i) => expect(rows[i]!.endsWith('| — |'), `${schema.name}.${c.key}`).toBe(!c.computed));
  });

  it('names the scopes of the manifest and every menu function', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'addon/appsscript.json'), 'utf8')) as { oauthScopes: string[] };
    for (const scope of manifest.oauthScopes) expect(doc).toContain(scope);
    for (const fn of ['showSetup', 'showLogCall', 'showComplaint', 'showFollowUps', 'showValidation', 'recalculate', 'exportCsv', 'showSettings', 'setLanguageZh']) {
      expect(doc).toContain(`\`${fn}\``);
    }
  });
});
