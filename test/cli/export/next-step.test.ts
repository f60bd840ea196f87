// `kefu export` ends by saying what to run next with the exported folder, in the chosen language; a refused export does not.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSheetsApi } from '../../../doubles/sheets-api/fake-sheets-api';
import { exportFrom, scratch } from './helpers';
import { servedWorkbook, typedWorkbook } from '../../../doubles/sheets-api/served-workbook';

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

describe('kefu export names allowed values in the sheet\'s header language', () => {
  it.each([
    { description: 'an English-headed workbook, messages in Chinese', lang: 'en' as const, say: 'zh' as const, title: 'Follow-up calls', header: 'Reached',
      expected: '“picked up”不在可选列表中。请使用：reached、no answer、call back later、wrong number。' },
    { description: 'a Chinese-headed workbook, messages in English', lang: 'zh' as const, say: 'en' as const, title: '回访记录', header: '接通情况',
      expected: '"picked up" is not in the list. Use one of: 已接通, 无人接听, 稍后回电, 号码错误.' },
  ])('$description', async ({ lang, say, title, header, expected }) => {
    const api = await FakeSheetsApi.start();
    api.add(servedWorkbook(typedWorkbook(), { spreadsheetId: ID, lang, edit: (sheets) => {
      const calls = sheets.find((s) => s.title === title)!;
      calls.values[1]![calls.values[0]!.indexOf(header)] = 'picked up';
      return sheets;
    } }));
    try {
      const run = await exportFrom(api, { spreadsheet: [ID], out: join(scratch(), 'data'), lang: say });
      expect(run.exit).toBe(1);
      expect(run.out).toContain(expected);
    } finally {
      await api.close();
    }
  });
});
