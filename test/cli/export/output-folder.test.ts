// Output folders: Kefu replaces only a folder it built (manifest, nothing else inside), never a link, and says what is in the way.
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, type FolderKind } from '../../../cli/export/folder-manifest';
import { outFolderProblem, replaceFolder } from '../../../cli/export/safe-write';
import { runReport } from '../../../cli/report/run-report';
import { runSample } from '../../../cli/sample/run-sample';
import { FakeSheetsApi } from '../../../doubles/sheets-api/fake-sheets-api';
import { exportFrom, scratch } from './helpers';
import { servedWorkbook, typedWorkbook } from '../../../doubles/sheets-api/served-workbook';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, text: () => ({ out: out.join('\n'), err: err.join('\n') }) };
};

/** Apache's /var/www/html after a person has used it: a stock index.html, a git checkout, a blog and a contract. */
function apacheFolder(): string {
  const folder = join(scratch(), 'html');
  mkdirSync(join(folder, '.git'), { recursive: true });
  writeFileSync(join(folder, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(folder, 'blog'));
  writeFileSync(join(folder, 'blog', 'post.html'), '<p>mine</p>');
  writeFileSync(join(folder, 'contracts.txt'), 'signed');
  writeFileSync(join(folder, 'index.html'), '<h1>It works!</h1>');
  return folder;
}

function expectApacheIntact(folder: string): void {
  expect(readdirSync(folder).sort()).toEqual(['.git', 'blog', 'contracts.txt', 'index.html']);
  expect(readFileSync(join(folder, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
  expect(readFileSync(join(folder, 'blog', 'post.html'), 'utf8')).toBe('<p>mine</p>');
  expect(readFileSync(join(folder, 'contracts.txt'), 'utf8')).toBe('signed');
  expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('<h1>It works!</h1>');
}

const kefuSite = async (): Promise<string> => {
  const folder = join(scratch(), 'site');
  await replaceFolder(folder, 'site', async (temp) => {
    mkdirSync(join(temp, 'en'));
    writeFileSync(join(temp, 'index.html'), 'zh');
    writeFileSync(join(temp, 'en', 'index.html'), 'en');
    return true;
  });
  return folder;
};

describe('outFolderProblem', () => {
  const cases: { description: string; make: () => Promise<string>; kind?: FolderKind; expected: RegExp | undefined }[] = [
    { description: 'a folder that does not exist is fine', make: async () => join(scratch(), 'new'), expected: undefined },
    { description: 'an empty folder is fine', make: async () => scratch(), expected: undefined },
    { description: 'a site Kefu built is fine to rebuild', make: kefuSite, expected: undefined },
    { description: 'a site with a file dropped in is refused, naming it', make: async () => {
      const f = await kefuSite();
      writeFileSync(join(f, 'en', 'notes.txt'), 'x');
      return f;
    }, expected: /holds 1 item Kefu did not make \(en\/notes\.txt\)/ },
    { description: 'a site with a .git folder is refused', make: async () => {
      const f = await kefuSite();
      mkdirSync(join(f, '.git'));
      return f;
    }, expected: /\(\.git\/\)/ },
    { description: 'a .git folder is never Kefu\'s, even when a hand-edited manifest lists it', make: async () => {
      const f = scratch();
      mkdirSync(join(f, '.git'));
      writeFileSync(join(f, '.git', 'HEAD'), 'ref');
      writeFileSync(join(f, MANIFEST_FILE), JSON.stringify({ madeBy: 'kefu', version: 1, kind: 'site', files: ['.git/HEAD'] }));
      return f;
    }, expected: /holds 1 item Kefu did not make \(\.git\/\)/ },
    { description: 'a folder of CSVs without a manifest (an old or hand-made export) is refused', make: async () => {
      const f = scratch();
      writeFileSync(join(f, 'customers.csv'), '');
      return f;
    }, expected: /holds 1 item Kefu did not make \(customers\.csv\)/ },
    { description: 'a site is not replaced by an export', make: kefuSite, kind: 'export', expected: /holds a report site that Kefu built, not an export of CSV files/ },
    { description: 'a manifest from a newer Kefu is not trusted', make: async () => {
      const f = scratch();
      writeFileSync(join(f, MANIFEST_FILE), JSON.stringify({ madeBy: 'kefu', version: 2, kind: 'export', files: [] }));
      return f;
    }, expected: /newer Kefu \(manifest format 2; this one reads format 1\)/ },
    { description: 'a manifest that is not JSON counts as foreign', make: async () => {
      const f = scratch();
      writeFileSync(join(f, MANIFEST_FILE), 'not json');
      return f;
    }, expected: /\(\.kefu-manifest\.json\)/ },
    { description: 'a file is not a folder', make: async () => {
      const f = join(scratch(), 'file');
      writeFileSync(f, 'x');
      return f;
    }, expected: /is a file, not a folder/ },
    { description: 'many foreign items: the first five and how many in all', make: async () => {
      const f = scratch();
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) writeFileSync(join(f, `photo-${n}.jpg`), '');
      return f;
    }, expected: /holds 8 items Kefu did not make \(photo-1\.jpg, photo-2\.jpg, photo-3\.jpg, photo-4\.jpg, photo-5\.jpg … \(8 in all\)\)/ },
  ];
  for (const { description, make, kind, expected } of cases) {
    it(description, async () => {
      const folder = await make();
      const problem = outFolderProblem(folder, kind ?? 'site');
      if (expected === undefined) expect(problem).toBeUndefined();
      else {
        expect(problem?.en).toMatch(expected);
        expect(problem?.en).toContain(folder);
        expect(problem?.zh).toContain(folder);
      }
    });
  }

  it('says it in Chinese too, with the count', () => {
    const problem = outFolderProblem(apacheFolder(), 'site');
    expect(problem?.zh).toContain('中有 4 项不是 Kefu 生成的（.git/, blog/, contracts.txt, index.html）');
  });
});

describe('kefu report --out', () => {
  it("refuses Apache's folder holding an index.html it did not make: .git/, blog/ and contracts.txt survive", async () => {
    const folder = apacheFolder();
    const { io, text } = capture();
    const exit = await runReport({ from: 'data/sample', out: folder, lang: 'en' }, io);
    expect(exit).toBe(2);
    expect(text().err).toContain(`kefu report: ${folder} holds 4 items Kefu did not make (.git/, blog/, contracts.txt, index.html)`);
    expectApacheIntact(folder);
  });

  it('refuses a symbolic link, which stays a link to an untouched folder', async () => {
    const real = await kefuSite();
    const link = join(scratch(), 'public');
    symlinkSync(real, link);
    const { io, text } = capture();
    expect(await runReport({ from: 'data/sample', out: link, lang: 'zh' }, io)).toBe(2);
    expect(text().err).toContain(`${link} 是符号链接（指向 ${real}）`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(real, 'index.html'), 'utf8')).toBe('zh');
    await expect(replaceFolder(link, 'site', async () => true)).rejects.toThrow('is a symbolic link');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

describe('kefu export --out', () => {
  let fake: FakeSheetsApi;
  beforeAll(async () => {
    fake = await FakeSheetsApi.start();
    fake.add(servedWorkbook(typedWorkbook(), { spreadsheetId: 'kefu-test-sheet-0123456789' }));
  });
  afterAll(() => fake.close());

  it('writes a manifest of every file, exports again over its own folder, and refuses it once a file is added', async () => {
    const out = join(scratch(), 'exports');
    expect((await exportFrom(fake, { out })).exit).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8'));
    expect(manifest).toMatchObject({ madeBy: 'kefu', version: 1, kind: 'export' });
    expect(manifest.files).toEqual(readdirSync(out).filter((f) => f !== MANIFEST_FILE).sort());
    expect((await exportFrom(fake, { out })).exit).toBe(0);
    writeFileSync(join(out, 'contracts.txt'), 'signed');
    const run = await exportFrom(fake, { out });
    expect(run.exit).toBe(2);
    expect(run.err).toContain(`${out} holds 1 item Kefu did not make (contracts.txt)`);
    expect(run.gets).toBe(0);
    expect(readFileSync(join(out, 'contracts.txt'), 'utf8')).toBe('signed');
  });

  it("refuses Apache's folder before any request", async () => {
    const folder = apacheFolder();
    const run = await exportFrom(fake, { out: folder });
    expect(run.exit).toBe(2);
    expect(run.gets).toBe(0);
    expectApacheIntact(folder);
  });
});

describe('kefu sample', () => {
  const sample = async (folder: string, flags: { force?: boolean; lang?: 'en' | 'zh' } = {}) => {
    const { io, text } = capture();
    const exit = await runSample(folder, { customers: '40', ...flags }, io);
    return { exit, ...text() };
  };

  it('writes a manifest into a new folder and writes again over its own sample', async () => {
    const folder = join(scratch(), 'demo');
    expect((await sample(folder)).exit).toBe(0);
    const manifest = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8'));
    expect(manifest).toMatchObject({ madeBy: 'kefu', version: 1, kind: 'sample' });
    expect(manifest.files).toEqual(['calls.csv', 'complaints.csv', 'customers.csv', 'notes.csv', 'points.csv', 'qa-audits.csv', 'settings.csv', 'training.csv']);
    expect((await sample(folder)).exit).toBe(0);
  });

  it('refuses a folder of real exports without --force, in both languages, and changes nothing', async () => {
    const folder = scratch();
    writeFileSync(join(folder, 'customers.csv'), 'real customers');
    writeFileSync(join(folder, 'calls.csv'), 'real calls');
    for (const lang of ['en', 'zh'] as const) {
      const run = await sample(folder, { lang });
      expect(run.exit).toBe(2);
      expect(run.err).toContain(lang === 'en' ? `${folder} holds 2 items Kefu did not make (calls.csv, customers.csv)` : `${folder} 中有 2 项不是 Kefu 生成的`);
      expect(run.err).toContain('--force');
    }
    expect(readdirSync(folder).sort()).toEqual(['calls.csv', 'customers.csv']);
    expect(readFileSync(join(folder, 'customers.csv'), 'utf8')).toBe('real customers');
  });

  it('refuses an export Kefu made: a sample is not written over real data', async () => {
    const folder = join(scratch(), 'exports');
    await replaceFolder(folder, 'export', async (temp) => { writeFileSync(join(temp, 'customers.csv'), 'real'); return true; });
    const run = await sample(folder);
    expect(run.exit).toBe(2);
    expect(run.err).toContain('holds an export of CSV files that Kefu built, not a sample dataset');
    expect(readFileSync(join(folder, 'customers.csv'), 'utf8')).toBe('real');
  });

  it('with --force writes the eight sample files by name and deletes nothing else', async () => {
    const folder = scratch();
    writeFileSync(join(folder, 'customers.csv'), 'real customers');
    writeFileSync(join(folder, 'README.md'), 'mine');
    mkdirSync(join(folder, '.git'));
    const run = await sample(folder, { force: true });
    expect(run.exit).toBe(0);
    expect(readFileSync(join(folder, 'customers.csv'), 'utf8')).toMatch(/^客户编号/);
    expect(readFileSync(join(folder, 'README.md'), 'utf8')).toBe('mine');
    expect(existsSync(join(folder, '.git'))).toBe(true);
    // The folder is not Kefu's alone, so it gets no manifest: a later run without --force still asks.
    expect(existsSync(join(folder, MANIFEST_FILE))).toBe(false);
    expect((await sample(folder)).exit).toBe(2);
  });
});
