// `kefu report` ends by saying how to preview the built site and where publishing is explained, in the chosen language.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';

describe('kefu report next step', () => {
  it('prints a preview command for the built folder and the publishing guide, in Chinese under --lang zh', async () => {
    const site = join(mkdtempSync(join(tmpdir(), 'kefu-report-next-')), 'site');
    const err: string[] = [];
    const exit = await main(['report', '--from', 'data/sample', '--out', site, '--lang', 'zh'], { out: () => undefined, err: (t) => err.push(t) }, {});
    expect(exit).toBe(0);
    const last = err.at(-1)!;
    expect(last).toMatch(/^下一步：预览 /);
    expect(last).toContain(`KEFU_OUT=${site} npm run preview`);
    expect(last).toContain('docs/export-and-publish.md');
  }, 180_000);
});
