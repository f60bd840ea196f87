// Every way the site's data can be unusable throws DataProblem (an `astro build` prints it alone, no stack trace); the left-out note names the reading problems.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataProblem, loadSiteData, readSiteEnv } from '../../site/data/site-data';
import { words } from '../../site/i18n';

const dir = mkdtempSync(join(tmpdir(), 'kefu-data-problem-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DataProblem', () => {
  it.each([
    { description: 'a bad KEFU_MIN_GROUP', input: () => readSiteEnv({ KEFU_MIN_GROUP: 'five' }), expected: /KEFU_MIN_GROUP/ },
    {
      description: 'a stores.json that is not JSON',
      input: () => {
        const folder = mkdtempSync(join(dir, 'stores-'));
        writeFileSync(join(folder, 'stores.json'), '{');
        return loadSiteData(readSiteEnv({ KEFU_DATA: folder }));
      },
      expected: /stores\.json: is not valid JSON/,
    },
    {
      description: 'data with a problem',
      input: () => {
        const folder = join(dir, 'bad');
        cpSync('data/sample', folder, { recursive: true });
        writeFileSync(join(folder, 'customers.csv'), '客户编号,客户姓名,联系电话\nC0001,张\u202E敏,13812345678\n');
        return loadSiteData(readSiteEnv({ KEFU_DATA: folder }));
      },
      expected: /customers\.csv:2:2: Name \(客户姓名\): "张<U\+202E>敏" holds an invisible character/,
    },
  ])('is thrown for $description', ({ input, expected }) => {
    expect(input).toThrow(DataProblem);
    expect(input).toThrow(expected);
  });
});

describe('the left-out note words for the reading problems', () => {
  it.each(['bad-utf8', 'hidden-character', 'too-long'])('%s reads as words in both languages, not as its code', (code) => {
    expect(words('zh').issueWords(code)).toMatch(/[\u4e00-\u9fff]/);
    expect(words('en').issueWords(code)).not.toBe(code.replace(/-/g, ' '));
  });
});
