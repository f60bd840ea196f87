// `kefu export` ends by saying what to run next with the exported folder, in the chosen language; a refused export does not.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSheetsApi } from './fake-sheets-api';
import { exportFrom, scratch } from './helpers';
import { servedWorkbook, typedWorkbook } from './served-workbook';

const ID = 'kefu-test-sheet-0123456789';
let fake: FakeSheetsApi;

beforeAll(async () => {
  fake = await FakeSheetsApi.start();
  fake.add(servedWorkbook(typedWorkbook(), { spreadsheetId: ID }));
});
afterAll(() => fake.close());

describe('kefu export next step', () => {
  it.each([
    { lang: 'en' as const, expected: (out: string) => `Next: kefu summary ${out} for the month's figures · kefu report --from ${out} --out <site-folder> to build the report site` },
    { lang: 'zh' as const, expected: (out: string) => `下一步：kefu summary ${out} 查看月度数字 · kefu report --from ${out} --out <网站文件夹> 生成报告网站` },
  ])('ends a clean export with the summary and report commands ($lang)', async ({ lang, expected }) => {
    const out = join(scratch(), 'data');
    const run = await exportFrom(fake, { spreadsheet: [ID], out, lang });
    expect(run.exit).toBe(0);
    expect(run.err.split('\n').at(-1)).toBe(expected(out));
  });

  it('says nothing about a next step when the export fails', async () => {
    const run = await exportFrom(fake, { spreadsheet: ['no-such-spreadsheet-id'], out: join(scratch(), 'data'), lang: 'en' });
    expect(run.exit).toBe(2);
    expect(run.err).not.toContain('Next:');
  });
});
