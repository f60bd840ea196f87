// Privacy by construction: no customer name, phone, id, address, organisation, card number or free text from the sample reaches the built site.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadWorkbook } from '../../load/load-workbook';
import type { SheetName } from '../../shared/schema/types';
import { allFiles } from './site-pages';

const siteDir = inject('siteDir');
const workbook = loadWorkbook(['data/sample']);

const valuesOf = (sheet: SheetName, keys: readonly string[]): string[] =>
  (workbook.sheets[sheet]?.rows ?? []).flatMap((row) => keys.map((k) => row.values[k]))
    .filter((v): v is string | number => v !== undefined && v !== '').map((v) => String(v).trim());

/** People who work at the shop: the site shows them by name, so a customer who shares a staff name cannot be told apart. */
const staff = new Set([
  ...valuesOf('calls', ['agent']), ...valuesOf('qaAudits', ['agent', 'auditor']),
  ...valuesOf('training', ['trainee', 'mentor']), ...valuesOf('customers', ['assignedAgent', 'stageOwner']),
]);

const customerFields = valuesOf('customers', ['id', 'name', 'phone', 'address', 'organisation', 'memberCardNo']);
const freeText = [
  ...valuesOf('calls', ['comment', 'suggestion']),
  ...valuesOf('complaints', ['content', 'cause', 'solution', 'feedback']),
  ...valuesOf('points', ['note']),
];
const phonesAsDigits = valuesOf('customers', ['phone']).map((p) => p.replace(/\D/g, '')).filter((d) => d.length >= 7);
const secrets = [...new Set([...customerFields, ...freeText, ...phonesAsDigits])].filter((s) => s.length >= 2);
const sharedWithStaff = secrets.filter((s) => staff.has(s));
const needles = secrets.filter((s) => !staff.has(s));

describe('the built site and customer data', () => {
  it('has customer data to look for', () => {
    expect(workbook.unusable).toEqual([]);
    expect(needles.length).toBeGreaterThan(1000);
    // Only a name or two may coincide with a staff member's; if many did, the exclusion would hide a leak.
    expect(sharedWithStaff.length).toBeLessThan(5);
  });

  it('holds none of it in any file: HTML, JS, JSON or CSS', () => {
    const files = allFiles(siteDir);
    expect(files.some((f) => f.endsWith('.html'))).toBe(true);
    const hits: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const needle of needles) if (text.includes(needle)) hits.push(`${relative(siteDir, file)}: "${needle}"`);
    }
    if (hits.length > 0) console.error(`customer data in the site (first ${Math.min(hits.length, 10)} of ${hits.length}):\n${hits.slice(0, 10).join('\n')}`);
    expect(hits).toEqual([]);
  });
});
