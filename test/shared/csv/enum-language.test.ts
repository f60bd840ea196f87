// A value not in a list is answered with the list in the language of the file's header row, whatever the message's language.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { readSettings } from '../../../shared/sheet/read-settings';
import { readSheet } from '../../../shared/csv/read-sheet';
import { formatIssue } from '../../../shared/issue';
import { CALLS, SETTINGS_SHEET } from '../../../shared/schema';
import { defaultSettings } from '../../../shared/settings';

const settings = defaultSettings();
const ZH_HEADER = '回访编号,客户编号,回访时间,客服,方式,回访目的,接通情况';
const EN_HEADER = 'Call ID,Customer ID,Date and time,Agent,Channel,Purpose,Reached';

const reachedIssue = (header: string, row: string) => {
  const read = readSheet(`${header}\n${row}\n`, 'calls.csv', CALLS, settings);
  const issue = read.issues.find((i) => i.code === 'not-in-list');
  expect(issue).toBeDefined();
  return issue!;
};

describe('allowed values in the header\'s language', () => {
  it.each([
    {
      description: 'a Chinese-headed sheet, message in English',
      input: { header: ZH_HEADER, row: 'K1,C1,2026-10-03 10:05,张敏,电话,服务后回访,接了', lang: 'en' as const },
      expected: 'calls.csv:2:7: Reached (接通情况): "接了" is not in the list. Use one of: 已接通, 无人接听, 稍后回电, 号码错误.',
    },
    {
      description: 'a Chinese-headed sheet, message in Chinese',
      input: { header: ZH_HEADER, row: 'K1,C1,2026-10-03 10:05,张敏,电话,服务后回访,接了', lang: 'zh' as const },
      expected: 'calls.csv:2:7: 接通情况（Reached）：“接了”不在可选列表中。请使用：已接通、无人接听、稍后回电、号码错误。',
    },
    {
      description: 'an English-headed sheet, message in Chinese',
      input: { header: EN_HEADER, row: 'K1,C1,2026-10-03 10:05,Zhang Min,phone,post-service,picked up', lang: 'zh' as const },
      expected: 'calls.csv:2:7: 接通情况（Reached）：“picked up”不在可选列表中。请使用：reached、no answer、call back later、wrong number。',
    },
    {
      description: 'an English-headed sheet, message in English',
      input: { header: EN_HEADER, row: 'K1,C1,2026-10-03 10:05,Zhang Min,phone,post-service,picked up', lang: 'en' as const },
      expected: 'calls.csv:2:7: Reached (接通情况): "picked up" is not in the list. Use one of: reached, no answer, call back later, wrong number.',
    },
  ])('$description', ({ input, expected }) => {
    expect(formatIssue(reachedIssue(input.header, input.row), input.lang)).toBe(expected);
  });

  it('kefu check --lang en lists the Chinese values for a Chinese-headed file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-enum-lang-'));
    writeFileSync(join(dir, 'calls.csv'), `${ZH_HEADER}\nK1,C1,2026-10-03 10:05,张敏,电话,服务后回访,接了\n`);
    const out: string[] = [];
    await main(['check', join(dir, 'calls.csv'), '--lang', 'en'], { out: (t) => out.push(t), err: () => undefined }, {});
    expect(out.join('\n')).toContain('Use one of: 已接通, 无人接听, 稍后回电, 号码错误.');
  });

  it.each([
    { description: 'a Chinese-headed Settings sheet, in English', input: { header: '设置项,名称,值', lang: 'en' as const }, expected: 'should be one of 影楼, 汽车售后, 诊所, 网店, not "花店"' },
    { description: 'an English-headed Settings sheet, in Chinese', input: { header: 'Key,Name,Value', lang: 'zh' as const }, expected: '应为 photo studio、car service、clinic、online shop 之一，而不是"花店"' },
  ])('names the business types in the Settings header\'s language: $description', ({ input, expected }) => {
    const read = readSheet(`${input.header}\nbusinessType,业务类型,花店\n`, 'settings.csv', SETTINGS_SHEET, settings);
    const [issue] = readSettings(read).issues;
    expect(formatIssue(issue!, input.lang)).toContain(expected);
  });
});
