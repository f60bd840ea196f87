// stores.json read back: every label checked by the rule `--store` labels are written with, so no store folder lies outside the data folder.
import { cpSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoreFolders, readStoreList } from '../../../load/store-list';
import { runReport } from '../../../cli/report/run-report';
import { loadSiteData, readSiteEnv } from '../../../site/data/site-data';
import { scratch } from './helpers';
import { hasSample, SAMPLE } from '../../../doubles/sheets-api/served-workbook';

/** A data folder whose stores.json lists these labels, with an (empty) folder for each plain one. */
function chain(labels: readonly string[]): string {
  const folder = join(scratch(), 'chain');
  mkdirSync(folder);
  writeFileSync(join(folder, 'stores.json'), JSON.stringify(labels.map((label) => ({ label, spreadsheetId: 'x', exportedAt: '2026-02-01T00:00:00Z' }))));
  return folder;
}

describe('readStoreList', () => {
  const rejected: { description: string; labels: string[]; expected: string }[] = [
    { description: 'a label climbing out of the folder', labels: ['north', '../other'], expected: 'store label "../other" must start with a letter or digit' },
    { description: 'an absolute path', labels: ['/etc'], expected: 'store label "/etc" must start with a letter or digit' },
    { description: 'an empty label', labels: [''], expected: 'a store label cannot be empty' },
    { description: 'a dot', labels: ['.'], expected: 'store label "." must start' },
    { description: 'two dots', labels: ['..'], expected: 'store label ".." must start' },
    { description: 'a dot-name', labels: ['.hidden'], expected: 'store label ".hidden" must start' },
    { description: 'a name Windows reserves', labels: ['nul'], expected: 'store label "nul" is a name the system reserves' },
    { description: 'one folder twice', labels: ['North', 'north'], expected: 'the store label "north" is listed twice' },
  ];
  for (const { description, labels, expected } of rejected) {
    it(`rejects ${description}, naming the file and the label`, () => {
      const folder = chain(labels);
      const list = readStoreList(folder);
      expect(list.ok).toBe(false);
      if (list.ok) return;
      expect(list.problem.en).toContain(`${join(folder, 'stores.json')}: `);
      expect(list.problem.en).toContain(expected);
      expect(list.problem.zh).toContain(join(folder, 'stores.json'));
      expect(() => loadSiteData(readSiteEnv({ KEFU_DATA: folder }))).toThrow(expected);
    });
  }

  it('rejects a store folder that is a link leading out of the data folder', () => {
    const folder = chain(['north']);
    const elsewhere = scratch();
    symlinkSync(elsewhere, join(folder, 'north'));
    const list = readStoreList(folder);
    expect(list.ok ? '' : list.problem.en).toContain('the folder of store "north" leads outside');
  });

  it('accepts labels `--store` accepts, each folder inside the data folder', () => {
    const folder = chain(['north', '南京 店']);
    expect(readStoreList(folder)).toEqual({ ok: true, stores: [{ label: 'north', folder: join(folder, 'north') }, { label: '南京 店', folder: join(folder, '南京 店') }] });
    expect(readStoreList(scratch())).toEqual({ ok: true, stores: undefined });
  });
});

describe('kefu report --from a folder whose stores.json names "../other"', () => {
  it.skipIf(!hasSample())('exits 2 naming the file and the label, and never reads the folder outside', async () => {
    const parent = scratch();
    const folder = join(parent, 'chain');
    mkdirSync(folder);
    cpSync(SAMPLE, join(folder, 'north'), { recursive: true });
    cpSync(SAMPLE, join(parent, 'other'), { recursive: true });
    writeFileSync(join(folder, 'stores.json'), JSON.stringify([{ label: 'north' }, { label: '../other' }]));
    const err: string[] = [];
    const out: string[] = [];
    const exit = await runReport({ from: folder, out: join(parent, 'site'), lang: 'en' }, { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(exit).toBe(2);
    expect(err.join('\n')).toContain(`kefu report: ${join(folder, 'stores.json')}: store label "../other" must start with a letter or digit`);
    expect(out).toEqual([]);
  });
});

describe('readStoreFolders', () => {
  it('loads each store folder stores.json lists, in its order, with its label (stores.json read once for the check and the site)', () => {
    const folder = chain(['north', '南京 店']);
    const loaded: string[] = [];
    const read = readStoreFolders(folder, (f) => { loaded.push(f); return `workbook of ${f}`; });
    expect(read).toEqual({ ok: true, folders: [
      { label: 'north', folder: join(folder, 'north'), workbook: `workbook of ${join(folder, 'north')}` },
      { label: '南京 店', folder: join(folder, '南京 店'), workbook: `workbook of ${join(folder, '南京 店')}` },
    ] });
    expect(loaded).toEqual([join(folder, 'north'), join(folder, '南京 店')]);
  });

  it('loads the folder itself when it has no stores.json', () => {
    const folder = scratch();
    expect(readStoreFolders(folder, (f) => f.length)).toEqual({ ok: true, folders: [{ folder, workbook: folder.length }] });
  });

  it('loads nothing when stores.json cannot be trusted', () => {
    const folder = chain(['../other']);
    let loads = 0;
    const read = readStoreFolders(folder, () => ++loads);
    expect(read.ok ? '' : read.problem.en).toContain('store label "../other" must start with a letter or digit');
    expect(loads).toBe(0);
  });
});
